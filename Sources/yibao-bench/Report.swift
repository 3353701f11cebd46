import Foundation

/// The benchmark's result: medians of every measurement, derived figures, ratios and targets.
struct Report: Codable {
    struct Stat: Codable {
        var median: Double
        var samples: [Double]
    }
    struct StoreInfo: Codable {
        var relatives: Int
        var ledger_rows: Int
        var build_seconds: Double
    }
    struct Target: Codable {
        var name: String
        var result: String  // PASS, FAIL or SKIP
        var detail: String
    }

    var created: String
    var runs: Int
    var smoke: Bool
    var settle_ms: Int
    var terminal: String
    var yibao: String
    var dialog: String?
    var stores: [String: StoreInfo]
    var subjects: [String: [String: Stat]]
    var derived: [String: [String: Double]]
    var ratios: [String: Double]
    var targets: [Target]

    var failed: Bool { targets.contains { $0.result == "FAIL" } }

    func median(_ subject: String, _ measurement: String) -> Double? {
        subjects[subject]?[measurement]?.median ?? derived[subject]?[measurement]
    }
}

extension Report {
    /// Builds the report from the samples: medians, figures above the floor, ratios, target checks.
    init(samples: Samples, header: ReportHeader) {
        created = header.created
        runs = header.runs
        smoke = header.smoke
        settle_ms = header.settleMs
        terminal = header.terminal
        yibao = header.yibao
        dialog = header.dialog
        stores = header.stores
        subjects = [:]
        for (subject, measurements) in samples.values {
            for (name, list) in measurements {
                if let m = Samples.median(list) {
                    subjects[subject, default: [:]][name] = Stat(median: m, samples: list)
                }
            }
        }
        derived = [:]
        ratios = [:]
        targets = []
        let floor = samples.median(Subject.floor, "first_screen_ms")
        for subject in [Subject.typical, Subject.large, Subject.dialog, Subject.swiftFloor, Subject.cHome] {
            if let first = samples.median(subject, "first_screen_ms"), let floor {
                derived[subject, default: [:]]["first_screen_above_floor_ms"] = first - floor
            }
        }
        // Own start-up: Yibao above the Swift floor, dialog above the bare process (each above what its
        // runtime costs before it does anything), and memory the same way.
        let swiftFirst = samples.median(Subject.swiftFloor, "first_screen_ms")
        let swiftPeak = samples.median(Subject.swiftFloor, "peak_memory_kib")
        for subject in [Subject.typical, Subject.large] {
            if let first = samples.median(subject, "first_screen_ms"), let swiftFirst {
                derived[subject, default: [:]]["own_start_ms"] = first - swiftFirst
            }
            if let peak = samples.median(subject, "peak_memory_kib"), let swiftPeak {
                derived[subject, default: [:]]["own_memory_kib"] = peak - swiftPeak
            }
        }
        // Yibao's start in C above its own floor (the same C binary printing one line).
        if let first = samples.median(Subject.cHome, "first_screen_ms"),
            let cFloor = samples.median(Subject.cFloor, "first_screen_ms")
        {
            derived[Subject.cHome, default: [:]]["own_start_ms"] = first - cFloor
        }
        if let peak = samples.median(Subject.cHome, "peak_memory_kib"),
            let cFloorPeak = samples.median(Subject.cFloor, "peak_memory_kib")
        {
            derived[Subject.cHome, default: [:]]["own_memory_kib"] = peak - cFloorPeak
        }
        if let first = samples.median(Subject.dialog, "first_screen_ms"), let floor {
            derived[Subject.dialog, default: [:]]["own_start_ms"] = first - floor
        }
        if let peak = samples.median(Subject.dialog, "peak_memory_kib"),
            let floorPeak = samples.median(Subject.floor, "peak_memory_kib")
        {
            derived[Subject.dialog, default: [:]]["own_memory_kib"] = peak - floorPeak
        }
        // A slow link: how long a screen's bytes take at 9600 baud (960 bytes/s) and at 56k (7,000 bytes/s).
        for subject in [Subject.typical, Subject.large, Subject.typicalUTF8, Subject.largeUTF8, Subject.dialog] {
            for name in Report.slowLinkBytes {
                guard let bytes = samples.median(subject, name + "_bytes") else { continue }
                for rate in Report.linkRates {
                    derived[subject, default: [:]]["\(name)_at_\(rate)_ms"] = bytes / Double(rate) * 1000
                }
            }
        }
        addRatios()
        addTargets()
    }

    private mutating func addRatios() {
        func ratio(_ name: String, _ a: Double?, _ b: Double?) {
            if let a, let b, b > 0 { ratios[name] = a / b }
        }
        for (tag, subject) in [("typical", Subject.typical), ("large", Subject.large)] {
            ratio(
                "\(tag)_first_screen_above_floor_vs_dialog", median(subject, "first_screen_above_floor_ms"),
                median(Subject.dialog, "first_screen_above_floor_ms"))
            ratio(
                "\(tag)_first_screen_vs_floor", median(subject, "first_screen_ms"),
                median(Subject.floor, "first_screen_ms"))
            ratio(
                "\(tag)_cursor_move_bytes_vs_dialog", median(subject, "cursor_move_bytes"),
                median(Subject.dialog, "cursor_move_bytes"))
            ratio(
                "\(tag)_peak_memory_vs_dialog", median(subject, "peak_memory_kib"),
                median(Subject.dialog, "peak_memory_kib"))
        }
        for key in Report.perKey {
            ratio(
                "large_vs_typical_\(key)_ms", median(Subject.large, key + "_ms"), median(Subject.typical, key + "_ms"))
        }
    }

    /// Keys whose cost must not grow with the store.
    static let perKey = ["cursor_move", "balance", "ledger_page", "payer_move", "screen_change"]
    /// Screens whose bytes are timed over a slow link.
    static let slowLinkBytes = ["first_screen", "screen_change", "back_home", "cursor_move"]
    /// Link speeds in bytes per second: 9600 baud, and a 56k modem's.
    static let linkRates = [960, 7000]
    /// Yibao's own memory (above the Swift floor's) may be at most this much.
    static let memoryAllowanceKiB = 4096.0

    private mutating func addTargets() {
        func add(_ name: String, _ pass: Bool?, _ detail: String) {
            targets.append(Target(name: name, result: pass.map { $0 ? "PASS" : "FAIL" } ?? "SKIP", detail: detail))
        }
        let dialogOwn = median(Subject.dialog, "own_start_ms")
        let dialogBytes = median(Subject.dialog, "cursor_move_bytes")
        for (tag, subject) in [("typical", Subject.typical), ("large", Subject.large)] {
            // Issue 19 replaced "first Home above the floor no slower than dialog's": the Swift runtime
            // alone (the Swift floor) takes longer than dialog's whole menu, so only Yibao's own work
            // can be held to dialog's.
            if let mine = median(subject, "own_start_ms"), let dialogOwn {
                add(
                    "own start-up (\(tag) store): first Home minus the Swift floor no more than dialog's first "
                        + "menu minus the bare process", mine <= dialogOwn, "\(f(mine)) ms vs \(f(dialogOwn)) ms")
            } else {
                add("own start-up (\(tag) store) vs dialog's", nil, "no dialog or Swift floor figures")
            }
            if let mine = median(subject, "cursor_move_bytes"), let dialogBytes {
                add(
                    "bytes per cursor move (\(tag) store) no more than dialog's", mine <= dialogBytes,
                    "\(f(mine, 0)) bytes vs \(f(dialogBytes, 0)) bytes")
            } else {
                add("bytes per cursor move (\(tag) store) vs dialog", nil, "no dialog figures")
            }
        }
        for key in Report.perKey {
            let name =
                "large store's \(key.replacingOccurrences(of: "_", with: " ")) time within 20% of the typical store's"
            guard let large = median(Subject.large, key + "_ms"), let typical = median(Subject.typical, key + "_ms"),
                let bytes = median(Subject.typical, key + "_bytes")
            else {
                add(name, nil, "not measured")
                continue
            }
            if bytes == 0 {
                add(name, nil, "the screen drew nothing for this key (not built yet?)")
                continue
            }
            add(name, large <= typical * 1.2, "\(f(large)) ms vs \(f(typical)) ms")
        }
        let reference = [Subject.typical: Subject.typicalUTF8, Subject.large: Subject.largeUTF8]
        for (tag, subject) in [("typical", Subject.typical), ("large", Subject.large)] {
            for (name, words) in [("first_screen", "first Home"), ("back_home", "Esc back to Home")] {
                let label = "slow link (\(tag) store): \(words) sends at most half the bytes of UTF-8 box lines"
                guard let mine = median(subject, name + "_bytes"),
                    let before = median(reference[subject]!, name + "_bytes")
                else {
                    add(label, nil, "not measured")
                    continue
                }
                let at960 = mine / 960 * 1000
                add(
                    label, mine <= before / 2,
                    "\(f(mine, 0)) vs \(f(before, 0)) bytes; \(f(at960, 0)) ms at 960 bytes/s, "
                        + "\(f(mine / 7000 * 1000, 0)) ms at 7,000")
            }
        }
        for (tag, subject) in [("typical", Subject.typical), ("large", Subject.large)] {
            let label = "memory (\(tag) store): peak after every screen at most 4 MiB above the Swift floor's"
            if let above = median(subject, "own_memory_kib") {
                add(label, above <= Report.memoryAllowanceKiB, "\(f(above / 1024, 1)) MiB above")
            } else {
                add(label, nil, "no Swift floor figures")
            }
        }
        if let welcome = median(Subject.kiosk, "welcome_ms"), let home = median(Subject.kiosk, "signed_in_home_ms") {
            let hashing = median(Subject.kiosk, "pin_hash_ms") ?? 0
            let clear = median(Subject.kiosk, "sign_out_clear_bytes") ?? 0
            let swiftFirst = median(Subject.swiftFloor, "first_screen_ms") ?? 0
            targets.append(
                Target(
                    name: "kiosk measured", result: "NOTE",
                    detail: "welcome \(f(welcome)) ms (\(f(welcome - swiftFirst)) ms above the Swift floor); "
                        + "signed-in Home \(f(home)) ms after Enter on the PIN, of which the PIN's hashing "
                        + "\(f(hashing)) ms; the clear between visitors \(f(clear, 0)) bytes "
                        + "(\(f(clear / 960 * 1000, 0)) ms at 960 bytes/s, \(f(clear / 7000 * 1000, 0)) ms at 7,000)"))
        }
        if let cOwn = median(Subject.cHome, "own_start_ms"), let cMemory = median(Subject.cHome, "own_memory_kib") {
            let dialogOwn = median(Subject.dialog, "own_start_ms").map { "\(f($0)) ms" } ?? "not measured"
            let yibaoOwn = median(Subject.typical, "own_start_ms").map { "\(f($0)) ms" } ?? "not measured"
            targets.append(
                Target(
                    name: "Yibao's start in C", result: "NOTE",
                    detail: "the typical store's header, checks and Home statements on one SQLite connection "
                        + "and Home drawn by ncurses (yibao-c-home): own work \(f(cOwn)) ms above its C floor "
                        + "(dialog's \(dialogOwn), Yibao's \(yibaoOwn)), own memory \(f(cMemory / 1024, 1)) MiB"))
        }
        let subjects = [
            Subject.typical, Subject.large, Subject.dialog, Subject.cHome, Subject.floor, Subject.swiftFloor,
            Subject.cFloor,
        ]
        let memory = subjects.compactMap { s in median(s, "peak_memory_kib").map { "\(s) \(f($0 / 1024, 1)) MiB" } }
        targets.append(Target(name: "peak memory stated", result: "NOTE", detail: memory.joined(separator: ", ")))
    }
}

/// The facts about a run that are not samples.
struct ReportHeader {
    var created: String
    var runs: Int
    var smoke: Bool
    var settleMs: Int
    var terminal: String
    var yibao: String
    var dialog: String?
    var stores: [String: Report.StoreInfo]
}

/// A number with `digits` decimals.
func f(_ value: Double, _ digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value)
}
