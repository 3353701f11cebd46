import Foundation

/// A real terminal for end-to-end tests: the real `yibao` binary in a detached tmux session on a
/// private socket, driven with `send-keys` and read with `capture-pane`.
public final class TmuxSession: Sendable {
    public let socket: String
    public let name = "yibao"
    public let directory: URL

    /// Whether tmux is installed (CI installs it; a developer machine may not have it).
    public static var isAvailable: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Starts `command` (a shell command line) in a `columns`×`rows` window with `environment`.
    public init(command: String, columns: Int = 80, rows: Int = 24, environment: [String: String] = [:], directory: URL) throws {
        socket = "yibao-e2e-\(UUID().uuidString.prefix(8))"
        self.directory = directory
        // NCURSES_NO_UTF8_ACS=1: box lines as UTF-8 characters, which capture-pane shows as they are (tmux
        // keeps line-drawing-set cells as their letters, `lqqk`); LineDrawingEndToEndTests turns it off.
        var env = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "", "NCURSES_NO_UTF8_ACS": "1"]
        for (k, v) in environment { env[k] = v }
        let exports = env.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        // `exec` so the program is the pane's only process; the pane stays after it exits so we can read it.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)",
                  "env \(exports) \(command); echo '[exited:'$?']'; sleep 30"])
        try tmux(["set-option", "-t", name, "status", "off"])
        try? tmux(["set-option", "-g", "escape-time", "0"])
    }

    public static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        try Spawn.runCombined(["tmux", "-L", socket] + arguments).output
    }

    /// Sends tmux key names (`Enter`, `Escape`, `Up`, `C-c`, `F1`) or literal text with `literal: true`.
    public func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + keys)
    }

    /// Sends raw bytes given as hex pairs (e.g. an `ESC O A` arrow), exactly as a terminal would.
    public func sendHex(_ hex: [String]) throws {
        try tmux(["send-keys", "-t", name, "-H"] + hex)
    }

    /// The visible screen as text.
    public func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", name])
    }

    public func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Polls the screen until `predicate` holds on a settled screen, or `timeout` seconds pass; returns
    /// the last screen. Settled means two captures in a row are the same: on a loaded machine tmux can
    /// be read while the program is still drawing, and half a dialog must not count as the dialog.
    @discardableResult
    public func waitFor(timeout: Double = 10, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            let current = try screen()
            let holds = predicate(current)
            if holds && current == last { return current }
            last = current
            usleep(holds ? 20_000 : 50_000)
        }
        throw TimedOut(screen: last)
    }

    /// Waits until `text` is on the screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 10) throws -> String {
        try waitFor(timeout: timeout) { $0.contains(text) }
    }

    /// Ends the session, and makes sure no program started for it outlives the test (one that ignored
    /// tmux's hang-up would otherwise linger).
    public func kill() {
        _ = try? tmux(["kill-server"])
        for pid in Self.processes(mentioning: directory.path) { Foundation.kill(pid, SIGKILL) }
    }

    /// PIDs of processes whose command line mentions `text`.
    public static func processes(mentioning text: String) -> [Int32] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> Int32? in
            guard let pid = Int32(entry), pid != getpid(),
                let data = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline")
            else { return nil }
            return String(decoding: data, as: UTF8.self).contains(text) ? pid : nil
        }
    }

    deinit { kill() }

    public struct TimedOut: Error, CustomStringConvertible {
        public let screen: String
        public var description: String { "timed out; the screen was:\n\(screen)" }
    }
}
