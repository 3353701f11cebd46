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
        for subject in [Subject.typical, Subject.large, Subject.dialog, Subject.swiftFloor] {
            if let first = samples.median(subject, "first_screen_ms"), let floor {
                derived[subject, default: [:]]["first_screen_above_floor_ms"] = first - floor
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

    private mutating func addTargets() {
        func add(_ name: String, _ pass: Bool?, _ detail: String) {
            targets.append(Target(name: name, result: pass.map { $0 ? "PASS" : "FAIL" } ?? "SKIP", detail: detail))
        }
        let dialogFirst = median(Subject.dialog, "first_screen_above_floor_ms")
        let dialogBytes = median(Subject.dialog, "cursor_move_bytes")
        for (tag, subject) in [("typical", Subject.typical), ("large", Subject.large)] {
            if let mine = median(subject, "first_screen_above_floor_ms"), let dialogFirst {
                add(
                    "first Home screen (\(tag) store) no slower than dialog's first menu, above the floor",
                    mine <= dialogFirst, "\(f(mine)) ms vs \(f(dialogFirst)) ms")
            } else {
                add("first Home screen (\(tag) store) vs dialog", nil, "no dialog figures")
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
        let memory = [Subject.typical, Subject.large, Subject.dialog, Subject.floor, Subject.swiftFloor].compactMap {
            s in
            median(s, "peak_memory_kib").map { "\(s) \(f($0 / 1024, 1)) MiB" }
        }
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
