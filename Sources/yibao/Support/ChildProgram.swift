import ChildSpawn
import Foundation

/// Starts another program from `yibao` (only `operator setup-kiosk` does) through `ChildSpawn`, never
/// Foundation's `Process` (docs/DECISIONS.md).
enum ChildProgram {
    /// Runs `command` (its first word found on PATH by `/usr/bin/env`) with this program's environment
    /// and standard input, output and error, and nothing else of this program's open; returns its exit
    /// status (128 + the signal that ended it).
    static func run(_ command: [String]) throws -> Int32 {
        fflush(nil)  // what was printed before comes before what the command prints
        return ChildSpawn.waitForExit(try ChildSpawn.start(["/usr/bin/env"] + command))
    }
}
