import Foundation
import TestSupport
import Testing

/// `Spawn`, the one way tests start programs (posix_spawn and waitpid, never Foundation's `Process`):
/// a child is written to, read from, signalled and waited for with a time limit.
@Suite("Starting programs with posix_spawn")
struct SpawnTests {
    @Test("a run gets its standard input and gives back its output, errors and exit code apart")
    func runToTheEnd() throws {
        let result = try Spawn.run(["/bin/sh", "-c", "cat; echo wrong >&2; exit 3"], input: "医保 in\n")
        #expect(result.status == 3)
        #expect(result.stdout == "医保 in\n")
        #expect(result.stderr == "wrong\n")
    }

    @Test("a child runs in the folder and with exactly the environment it is given, its program found on that PATH")
    func environmentAndFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yibao-spawn-\(UUID().uuidString)")
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tool = bin.appendingPathComponent("only-here")
        try "#!/bin/sh\npwd\necho \"$GREETING ${HOME:-no home}\"\n".write(to: tool, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: tool.path)
        let environment = ["PATH": bin.path + ":/usr/bin:/bin", "GREETING": "你好"]
        let elsewhere = try Spawn.run(["only-here"], environment: environment)
        #expect(elsewhere.stdout.hasSuffix("你好 no home\n"), "\(elsewhere.stderr)")
        let inFolder = try Spawn.run(["only-here"], environment: environment, directory: folder.path)
        #expect(inFolder.stdout == folder.path + "\n你好 no home\n", "\(inFolder.stderr)")
    }

    @Test("a started child reads what the test writes and the test reads its lines back, to the end")
    func conversation() throws {
        let child = try Spawn.Child(["/bin/cat"], input: .pipe, output: .pipe)
        try child.write("first\nsec")
        #expect(child.readLine(timeout: 10) == "first")
        #expect(child.readLine(timeout: 0.2) == nil, "half a line is not a line yet")
        try child.write("ond\n")
        #expect(child.readLine(timeout: 10) == "second")
        child.closeInput()
        #expect(child.readLine(timeout: 10) == nil)
        #expect(child.wait(timeout: 10) == Spawn.Child.Ending(code: 0, signal: nil))
    }

    @Test(
        "a child still running when the time is up is said to be running, then ends by the signal sent",
        arguments: [SIGKILL, SIGTERM])
    func signalled(signal: Int32) throws {
        let child = try Spawn.Child(["/bin/sleep", "60"])
        #expect(child.wait(timeout: 0.2) == nil)
        #expect(child.isRunning)
        child.signal(signal)
        let ending = try #require(child.wait(timeout: 10))
        #expect(ending.signal == signal && ending.code == nil)
        #expect(ending.status == 128 + signal)
        #expect(!child.isRunning)
    }

    @Test("a child has only standard input, output and error open, whatever the test holds open")
    func onlyThreeDescriptors() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)  // without close-on-exec: a child would inherit them
        defer { ends.forEach { close($0) } }
        let listed = try Spawn.run(["/bin/sh", "-c", "ls /proc/$$/fd"])
        #expect(listed.stdout.split(separator: "\n").sorted() == ["0", "1", "2"], "\(listed.stdout)")
    }

    @Test("forty children ending at the same moment are each seen to end, with their own exit code")
    func manyAtOnce() throws {
        let children = try (0..<40).map { n in try Spawn.Child(["/bin/sh", "-c", "sleep 0.2; exit \(n)"]) }
        let endings = children.map { $0.wait(timeout: 30) }
        #expect(endings.map { $0?.code } == (0..<40).map { Int32($0) })
    }
}
