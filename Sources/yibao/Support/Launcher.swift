import Foundation
import NcursesBackend
import ScreenKit
import YibaoBuiltInPolicy
import YibaoCore
import YibaoService
import YibaoStore
import YibaoUI

/// What differs between starting the app and starting the kiosk; everything else is `Launcher`'s.
struct LaunchPlan {
    /// How the terminal starts (the kiosk ignores SIGINT, SIGQUIT and SIGTSTP).
    var terminalOptions: NcursesTerminal.Options
    /// Kiosk mode: names and ID numbers masked.
    var kiosk: Bool
    /// Whether a language chosen in an earlier run (kept in the store) is used. The kiosk's language is
    /// the operator's (LANG or --lang), never one a visitor chose before.
    var usesRememberedLanguage: Bool { !kiosk }
    /// Whether a read-only store marks every title bar.
    var marksReadOnly: Bool { !kiosk }
    /// Whether Home's data is read while the data files are parsed (the app's first screen).
    var prefetchesHome: Bool { !kiosk }

    static let app = LaunchPlan(terminalOptions: .init(), kiosk: false)

    /// The same plan drawing with `charset` (`--charset`, `YIBAO_CHARSET`).
    func drawing(_ charset: CharsetChoice) -> LaunchPlan {
        var plan = self
        plan.terminalOptions.charset = charset
        return plan
    }
    static let kiosk = LaunchPlan(terminalOptions: .init(ignoreInteractiveSignals: true), kiosk: true)
}

/// What a started program runs on: the open store, the terminal, the rules and its first language.
struct Launched {
    let store: any RecordStore
    let terminal: NcursesTerminal
    /// The policy tables, parsed when first read (or already parsed, with an operator's folder).
    let policy: Deferred<PolicyBook>
    /// Each account's insurance year, from `regions.yaml` alone (compiled in; with an operator's folder,
    /// the parsed policy's).
    let insuranceYears: Deferred<InsuranceYears>
    let environment: UIEnvironment
    let language: Language
    /// Home's snapshot, read during start-up when the plan asks for it (nil also when that read failed:
    /// the first load then reports it).
    let prefetched: AppSnapshot?
    /// The machine's clocks, for the loop's ticks and the day effects are performed on.
    let clock: @Sendable () -> ClockReading = { Launcher.readClock() }
}

/// The one start-up of a full-screen program: preflight, the store, the data files (read once; parsed
/// when first needed, an operator's on two other threads meanwhile), the terminal, the language and the
/// environment. `body` runs the program; the terminal is given back as it was however it ends.
enum Launcher {
    static func run(_ context: Context, _ plan: LaunchPlan, body: (Launched) throws -> Void) throws {
        // Before the store: a program that cannot start must not create one.
        do { try NcursesTerminal.preflight() } catch { throw Refused(LocalizedText(zh: error.zh, en: error.en)) }
        // The data files. Only the built-in ones (compiled in, checked by the tests): parsed the first
        // time a screen needs them, never before Home (which shows neither; issue 19). An operator's
        // folder (--policy-dir, YIBAO_POLICY_DIR): parsed on two other threads while the store opens and
        // the terminal starts, so a bad file is still refused before the first screen, policy first.
        let (policy, rules, years) = try dataFiles(context)
        // At a kiosk a store that cannot be written is the operator's business: the details go to the
        // operator's log, never to the visitor's screen.
        let store = try context.openStore(notice: plan.kiosk ? OperatorLog.write : printError)
        let terminal: NcursesTerminal
        do {
            terminal = try NcursesTerminal(options: plan.terminalOptions)
        } catch let error as NcursesError {
            _ = (try policy.value(), try rules.value())  // a bad data file is reported first, as before
            throw Refused(LocalizedText(zh: error.zh, en: error.en))
        }
        defer { terminal.shutdown() }
        // Home's data; a failure here is left for the first load to report, as before. Each account's
        // year as its region counts it (Shanghai: July to June): regions.yaml's entries, compiled in.
        let prefetched = plan.prefetchesHome ? try? store.snapshot(asOf: context.today, years: years.value) : nil
        let (deferredPolicy, deferredRules) = (try policy.deferred(), try rules.deferred())
        let language = chooseLanguage(context, plan, store: store, terminal: terminal)
        var environment = UIEnvironment(
            policy: deferredPolicy, rules: deferredRules, today: context.today, charset: terminal.charset,
            kiosk: plan.kiosk)
        // The day moves with the clock unless --date fixes the day the records are looked at as of.
        environment.followsClock = context.options.date == nil
        environment.showsChinese = terminal.isUTF8
        if plan.marksReadOnly, store.isReadOnly {
            environment.readOnlyNotice = StoreError.readOnlyStatus(because: store.readOnlyReason)
        }
        if !plan.kiosk { environment.backupNotice = StoreBackups.folderProblemStatus(for: context.storePath) }
        try body(
            Launched(
                store: store, terminal: terminal, policy: deferredPolicy, insuranceYears: years,
                environment: environment, language: language, prefetched: prefetched))
    }

    /// The policy, the rules and the insurance years, from the data files read once: made when first
    /// read from the built-in files alone (the insurance years from `regions.yaml`'s entries compiled in
    /// at build time, which the policy's parse takes as they are), or parsed now on other threads when
    /// an operator's folder overlays them (its errors must stop the start; the years are then the
    /// parsed policy's).
    private static func dataFiles(_ context: Context) throws -> (
        DataFile<PolicyBook>, DataFile<RuleLibrary>, Deferred<InsuranceYears>
    ) {
        let files = try context.dataFiles()
        guard context.overlaysDataFiles else {
            return (
                .later(
                    Deferred(making: { [context] in
                        builtIn { try context.policy(files: files) }
                    })),
                .later(Deferred(making: { [context] in builtIn { try context.rules(files: files) } })),
                Deferred(making: { InsuranceYears(overrides: BuiltInPolicy.regionOverrides) })
            )
        }
        let policy = BackgroundWork { [context] in try context.policy(files: files) }
        return (
            .parsing(policy),
            .parsing(BackgroundWork { [context] in try context.rules(files: files) }),
            Deferred(making: { (try? policy.value())?.insuranceYears ?? .calendar })
        )
    }

    /// A built-in data file's value. The files are compiled in and every one is parsed by the tests
    /// (`EmbeddedDataTests`), so a failure here is a broken build, not something a person can cause.
    private static func builtIn<Value>(_ parse: () throws -> Value) -> Value {
        do { return try parse() } catch { preconditionFailure("a built-in data file does not parse: \(error)") }
    }

    /// The wall clock with the local time zone's offset at that instant, and the monotonic clock
    /// (CLOCK_MONOTONIC, which setting the wall clock never moves).
    static func readClock() -> ClockReading {
        let date = Date()
        var steady = timespec()
        clock_gettime(CLOCK_MONOTONIC, &steady)
        return ClockReading(
            wall: Moment(date),
            utcOffsetSeconds: LocalTime(secondsSince1970: date.timeIntervalSince1970).utcOffsetSeconds,
            monotonic: Double(steady.tv_sec) + Double(steady.tv_nsec) / 1_000_000_000)
    }

    /// A terminal that is not UTF-8 gets English in plain ASCII (Chinese would be mojibake there);
    /// the drawing set (`--charset`) never changes the language. Otherwise --lang, then (for the app) the
    /// language chosen last time, then the locale's.
    private static func chooseLanguage(
        _ context: Context, _ plan: LaunchPlan, store: any RecordStore, terminal: NcursesTerminal
    ) -> Language {
        if !terminal.isUTF8 { return .en }
        if let explicit = context.options.lang.flatMap(Language.init(tag:)) { return explicit }
        if plan.usesRememberedLanguage, let remembered = store.preference("language").flatMap(Language.init(tag:)) {
            return remembered
        }
        return context.language
    }
}
