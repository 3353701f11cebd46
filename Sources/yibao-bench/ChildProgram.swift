import ChildSpawn
import Foundation

/// Runs a program to its end for the bench (making stores through `yibao`'s command line) through
/// `ChildSpawn`, never Foundation's `Process` (docs/DECISIONS.md). `PtyProcess` starts the programs
/// measured on a terminal.
enum ChildProgram {
    /// How a run ended: its exit status (128 + the signal that ended it) and its output and errors
    /// together.
    struct Ending {
        let status: Int32
        let output: String
    }

    /// Runs `executable ARGS` with exactly `environment`, `input` (when given) as its whole standard
    /// input (otherwise /dev/null), standard output and error captured together, and nothing else of
    /// the bench's open.
    static func run(_ executable: String, _ arguments: [String], environment: [String: String], input: String?)
        throws(BenchError) -> Ending
    {
        let folder = FileManager.default.temporaryDirectory.path + "/yibao-bench-run-" + UUID().uuidString
        let inputPath = folder + ".in"
        let outputPath = folder + ".out"
        defer {
            unlink(inputPath)
            unlink(outputPath)
        }
        if let input {
            guard FileManager.default.createFile(atPath: inputPath, contents: Data(input.utf8)) else {
                throw BenchError("cannot write \(inputPath)")
            }
        }
        let descriptors: [ChildSpawn.Descriptor] = [
            .open(0, path: input == nil ? "/dev/null" : inputPath, flags: O_RDONLY),
            .open(1, path: outputPath, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: 0o600),
            .copy(2, from: 1),
        ]
        let status: Int32
        do {
            status = ChildSpawn.waitForExit(
                try ChildSpawn.start([executable] + arguments, environment: environment, descriptors: descriptors))
        } catch {
            throw BenchError(error.description)
        }
        let output = String(decoding: FileManager.default.contents(atPath: outputPath) ?? Data(), as: UTF8.self)
        return Ending(status: status, output: output)
    }
}
