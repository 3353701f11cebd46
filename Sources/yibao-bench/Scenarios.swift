/// The terminal every program gets: 80 x 24, xterm, UTF-8, no inherited store settings.
struct TerminalSetup {
    var columns = 80
    var rows = 24
    var home: String
    var settleMs = 30
    /// Added to the environment (the UTF-8 lines reference sets `NCURSES_NO_UTF8_ACS=1`).
    var extra: [String: String] = [:]

    var environment: [String: String] {
        [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": home,
            "PATH": "/usr/local/bin:/usr/bin:/bin", "XDG_DATA_HOME": home + "/xdg",
        ].merging(extra) { $1 }
    }

    func start(_ executable: String, _ arguments: [String]) throws(BenchError) -> PtyProcess {
        try PtyProcess(
            executable: executable, arguments: arguments, environment: environment, columns: columns, rows: rows)
    }

    func wait(_ markers: [String]) -> Wait { Wait(markers: markers, settleMs: settleMs) }
}

/// Yibao, driven through every screen as a person would: the first Home screen, a cursor move, Balance
/// and a page of its ledger, a screen change, the other screens, and a payer moved in the order screen.
struct YibaoScenario {
    let binary: String
    let storePath: String
    let date: String
    let terminal: TerminalSetup

    /// Text that says a screen is complete: the hint bar is drawn last, and it says Quit on Home and
    /// Back on every other screen.
    static let home = ["Quit"]
    static let inner = ["Back"]

    func run(as subject: String, into samples: inout Samples) throws(BenchError) {
        let app = try terminal.start(binary, ["--store", storePath, "--lang", "en", "--date", date])
        defer { app.stop() }
        func key(_ name: String, _ markers: [String], _ what: String) throws(BenchError) -> Burst {
            let sent = app.press(name)
            return try app.answer(since: sent, wait: terminal.wait(markers), what: "\(subject): \(what)")
        }
        samples.add(
            subject, "first_screen",
            try app.answer(since: app.startedAt, wait: terminal.wait(Self.home), what: "\(subject): first Home screen"))
        samples.add(subject, "cursor_move", try key("Down", [], "Down on Home"))
        _ = try key("Up", [], "Up on Home")
        samples.add(subject, "balance", try key("1", Self.inner, "1 (Balance) on Home"))
        samples.add(subject, "ledger_page", try key("PgDn", [], "PgDn on Balance"))
        _ = try key("Esc", Self.home, "Esc on Balance")
        samples.add(subject, "screen_change", try key("2", Self.inner, "2 (Relatives) on Home"))
        samples.add(subject, "back_home", try key("Esc", Self.home, "Esc on Relatives"))
        _ = try key("4", Self.inner, "4 (Withdrawal rules) on Home")
        _ = try key("Esc", Self.home, "Esc on Withdrawal rules")
        _ = try key("?", Self.inner, "? (Help) on Home")
        _ = try key("Esc", Self.home, "Esc on Help")
        _ = try key("3", Self.inner, "3 (Payer order) on Home")
        samples.add(subject, "payer_move", try key("d", [], "D (move payer later) on Payer order"))
        guard let peak = app.peakMemoryKiB() else {
            throw BenchError("\(subject): could not read the peak memory (VmHWM) of the running app")
        }
        samples.add(subject, "peak_memory_kib", Double(peak))
    }
}

/// The same yibao with its box lines sent as UTF-8 (three bytes a cell), as every build before the
/// line-drawing set did: ncurses does so by itself when `NCURSES_NO_UTF8_ACS=1`. Only bytes are taken
/// from it (they do not depend on the machine's load): the slow-link targets compare against them.
struct UTF8LinesScenario {
    let binary: String
    let storePath: String
    let date: String
    let terminal: TerminalSetup

    func run(as subject: String, into samples: inout Samples) throws(BenchError) {
        var setup = terminal
        setup.extra["NCURSES_NO_UTF8_ACS"] = "1"
        let app = try setup.start(binary, ["--store", storePath, "--lang", "en", "--date", date])
        defer { app.stop() }
        func key(_ name: String, _ markers: [String], _ what: String) throws(BenchError) -> Burst {
            let sent = app.press(name)
            return try app.answer(since: sent, wait: setup.wait(markers), what: "\(subject): \(what)")
        }
        let first = try app.answer(
            since: app.startedAt, wait: setup.wait(YibaoScenario.home), what: "\(subject): first Home screen")
        samples.add(subject, "first_screen_bytes", Double(first.bytes))
        samples.add(subject, "screen_change_bytes", Double(try key("2", YibaoScenario.inner, "2 on Home").bytes))
        samples.add(subject, "back_home_bytes", Double(try key("Esc", YibaoScenario.home, "Esc on Relatives").bytes))
    }
}

/// `dialog --menu`, the classic C ncurses tool: its first menu, one cursor move, its memory.
struct DialogScenario {
    let binary: String
    let terminal: TerminalSetup

    func run(into samples: inout Samples) throws(BenchError) {
        let arguments = [
            "--menu", "Choose", "16", "50", "8", "1", "Balance", "2", "Relatives", "3", "Payer order", "4",
            "Withdrawal rules",
        ]
        let app = try terminal.start(binary, arguments)
        defer { app.stop() }
        samples.add(
            Subject.dialog, "first_screen",
            try app.answer(since: app.startedAt, wait: terminal.wait(["Cancel"]), what: "dialog: first menu"))
        let sent = app.press("Down")
        samples.add(
            Subject.dialog, "cursor_move", try app.answer(since: sent, wait: terminal.wait([]), what: "dialog: Down"))
        guard let peak = app.peakMemoryKiB() else { throw BenchError("dialog: could not read its peak memory") }
        samples.add(Subject.dialog, "peak_memory_kib", Double(peak))
    }
}

/// The floor: a bare process that prints one line (the shell's built-in `echo`), then waits for a
/// line so its memory can be read while it runs. No program can show anything sooner.
struct FloorScenario {
    let terminal: TerminalSetup
    static let binary = "/bin/sh"

    func run(into samples: inout Samples) throws(BenchError) {
        let app = try terminal.start(Self.binary, ["-c", "echo ready; read reply"])
        defer { app.stop() }
        samples.add(
            Subject.floor, "first_screen",
            try app.answer(since: app.startedAt, wait: terminal.wait(["ready"]), what: "floor: sh -c echo"))
        // Read while it runs: after a spawn, wait4's maximum counts the parent's memory too.
        guard let peak = app.peakMemoryKiB() else { throw BenchError("floor: could not read its peak memory") }
        samples.add(Subject.floor, "peak_memory_kib", Double(peak))
        app.send([0x0D])
        app.waitForExit(timeoutMs: 2000)
    }
}

/// A floor that is a program of its own kind printing one line, then waiting for one: the Swift floor
/// is `yibao-bench` itself (Swift runtime, Foundation, GRDB loaded as Yibao loads them), the C floor
/// `yibao-c-home` (SQLite and ncurses loaded). What a program takes beyond its floor is its own work;
/// below it, only linking can help.
struct PrintLineScenario {
    static let flag = "--print-line"
    let subject: String
    let binary: String
    let terminal: TerminalSetup

    func run(into samples: inout Samples) throws(BenchError) {
        let app = try terminal.start(binary, [Self.flag])
        defer { app.stop() }
        samples.add(
            subject, "first_screen",
            try app.answer(since: app.startedAt, wait: terminal.wait(["ready"]), what: subject))
        guard let peak = app.peakMemoryKiB() else { throw BenchError("\(subject): could not read its peak memory") }
        samples.add(subject, "peak_memory_kib", Double(peak))
        app.send([0x0D])
        app.waitForExit(timeoutMs: 2000)
    }
}

/// `yibao-c-home`: Yibao's start to Home done in C with nothing else (the header, the inspection's
/// checks and Home's statements on one SQLite connection, the screen drawn by ncurses), on the typical
/// store: how much of Yibao's own start-up is the work itself (docs/performance.md, round eight).
struct CHomeScenario {
    let binary: String
    let storePath: String
    let date: String
    let terminal: TerminalSetup

    func run(into samples: inout Samples) throws(BenchError) {
        let app = try terminal.start(binary, ["--store", storePath, "--date", date])
        defer { app.stop() }
        samples.add(
            Subject.cHome, "first_screen",
            try app.answer(since: app.startedAt, wait: terminal.wait(YibaoScenario.home), what: "C Home"))
        guard let peak = app.peakMemoryKiB() else { throw BenchError("C Home: could not read its peak memory") }
        samples.add(Subject.cHome, "peak_memory_kib", Double(peak))
        _ = app.press("q")
        app.waitForExit(timeoutMs: 2000)
    }
}
