import Foundation
import TestSupport

/// A shell script run in the tmux pane around the app, for what a person sees after it ends: the
/// terminal's `stty -g` settings before and after, the exit status, and a prompt that must still work
/// (a `read` that only completes if the terminal is back in its cooked, echoing mode).
///
/// With `waitForGo`, the script waits for a file before starting the app, so a test can attach
/// `pipe-pane` first and record every byte the app sends to the terminal.
struct ShellScript {
    let directory: URL
    let name: String

    var scriptPath: String { directory.appendingPathComponent("\(name).sh").path }
    var goPath: String { directory.appendingPathComponent("\(name).go").path }
    var rawPath: String { directory.appendingPathComponent("\(name).raw").path }

    /// Writes the script: for each command line in `runs`, `stty -g` before and after, and the exit
    /// status as `[app-exited:N]` on the screen and in `<name>.rc<i>`. Then a prompt: `type> ` and
    /// `got:[…]` once a line is read.
    init(directory: URL, name: String = "session", runs: [String], waitForGo: Bool = false, epilogue: String? = nil)
        throws
    {
        self.directory = directory
        self.name = name
        var lines = ["#!/bin/sh", "cd \(TmuxSession.quote(directory.path))"]
        if waitForGo {
            lines.append("while [ ! -e \(TmuxSession.quote(goPath)) ]; do sleep 0.05; done")
        }
        for (i, run) in runs.enumerated() {
            lines.append("stty -g > \(name).stty-before\(i)")
            lines.append(run)
            lines.append("echo $? > \(name).rc\(i)")
            lines.append("stty -g > \(name).stty-after\(i)")
            lines.append("echo \"[app-exited:$(cat \(name).rc\(i))]\"")
        }
        if let epilogue { lines.append(epilogue) }
        lines.append("printf 'type> '")
        lines.append("read line")
        lines.append("echo \"got:[$line]\"")
        try (lines.joined(separator: "\n") + "\n").write(toFile: scriptPath, atomically: true, encoding: .utf8)
    }

    /// The command line tmux runs.
    var command: String { "sh " + TmuxSession.quote(scriptPath) }

    /// A quoted command line that starts `yibao` with these arguments.
    static func yibao(_ arguments: [String]) -> String {
        ([E2E.binary.path] + arguments).map(TmuxSession.quote).joined(separator: " ")
    }

    func read(_ suffix: String) -> String? {
        try? String(contentsOfFile: directory.appendingPathComponent("\(name).\(suffix)").path, encoding: .utf8)
    }

    /// The exit status of run `i`, once it has ended.
    func status(_ i: Int = 0) -> Int? {
        read("rc\(i)").flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// True when `stty -g` read the same settings before and after run `i`.
    func terminalRestored(_ i: Int = 0) -> (Bool, String) {
        let before = read("stty-before\(i)") ?? "?"
        let after = read("stty-after\(i)") ?? "!"
        return (before == after && !before.isEmpty, "before: \(before) after: \(after)")
    }

    /// Starts recording the pane's output bytes, then lets the script start the app.
    func recordAndGo(_ tmux: TmuxSession) throws {
        try tmux.tmux(["pipe-pane", "-o", "-t", tmux.name, "cat >> " + TmuxSession.quote(rawPath)])
        FileManager.default.createFile(atPath: goPath, contents: Data())
    }

    /// Every byte the app sent to the terminal so far (with `recordAndGo`).
    func rawOutput() -> Data { FileManager.default.contents(atPath: rawPath) ?? Data() }

    /// Checks that the shell's prompt works after the app: types a line and waits for it to be read.
    func expectPromptWorks(_ tmux: TmuxSession) throws {
        // capture-pane drops trailing spaces: wait for the prompt without its space.
        try tmux.waitFor("type>")
        try tmux.send("hello world", literal: true)
        try tmux.send("Enter")
        try tmux.waitFor("got:[hello world]")
    }
}

extension Data {
    /// Whether these bytes contain `needle` anywhere.
    func contains(bytes needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, count >= needle.count else { return false }
        return range(of: Data(needle)) != nil
    }
}
