import YibaoCore
import YibaoStore

/// A kiosk visit on the typical store: the welcome screen from start, the sign-in form, the signed-in
/// Home after the PIN (which includes the PIN's hashing, timed apart in-process), and signing out: the
/// full clear between visitors and the welcome screen drawn again (F10), in bytes.
struct KioskScenario {
    /// Neither PIN is among the common ones issue 15 refuses (1357 and 2468 were).
    static let pin = "7391"
    static let exitPin = "3917"
    /// The welcome screen's hint bar (drawn last) offers Enter as "Start".
    static let welcome = ["Start"]
    /// The sign-in form's hint bar.
    static let signIn = ["Back"]
    /// The signed-in Home: its hint bar offers F10 as "Sign out".
    static let home = ["Sign out"]

    let binary: String
    let storePath: String
    let config: String
    let date: String
    let terminal: TerminalSetup

    func run(into samples: inout Samples) throws(BenchError) {
        let subject = Subject.kiosk
        let app = try terminal.start(
            binary, ["kiosk", "--config", config, "--store", storePath, "--lang", "en", "--date", date])
        defer { app.stop() }
        func key(_ name: String, _ markers: [String], _ what: String) throws(BenchError) -> Burst {
            let sent = app.press(name)
            return try app.answer(since: sent, wait: terminal.wait(markers), what: "kiosk: \(what)")
        }
        samples.add(
            subject, "welcome",
            try app.answer(since: app.startedAt, wait: terminal.wait(Self.welcome), what: "kiosk: welcome screen"))
        samples.add(subject, "sign_in_form", try key("Enter", Self.signIn, "Enter on the welcome screen"))
        for character in StoreSpec.owner.id { app.press(String(character)) }
        app.press("Tab")
        for character in Self.pin { app.press(String(character)) }
        // Drain the echo of the typed keys so the next answer is the sign-in alone.
        _ = try app.answer(since: Clock.now(), wait: terminal.wait([]), what: "kiosk: typing the ID and PIN")
        samples.add(subject, "signed_in_home", try key("Enter", Self.home, "Enter with the PIN"))
        // F10 signs out at once: the whole terminal is cleared and the welcome screen drawn again.
        samples.add(subject, "sign_out_clear", try key("F10", Self.welcome, "F10 (sign out) on Home"))
        guard let peak = app.peakMemoryKiB() else { throw BenchError("kiosk: could not read its peak memory") }
        samples.add(subject, "peak_memory_kib", Double(peak))
    }

    /// The PIN check's own cost: one PBKDF2 at the default rounds, as the kiosk checks a PIN.
    static func hashing(into samples: inout Samples) {
        guard let pin = try? KioskPin(pin) else { return }
        let stored = PinHasher().hash(pin)
        let started = Clock.now()
        _ = PinHasher.verify(pin, against: stored)
        samples.add(Subject.kiosk, "pin_hash_ms", Clock.ms(started, Clock.now()))
    }
}
