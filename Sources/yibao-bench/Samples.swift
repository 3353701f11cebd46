/// Every sample taken, by subject (`yibao typical`, `dialog`, …) and measurement (`cursor_move_bytes`).
struct Samples {
    private(set) var values: [String: [String: [Double]]] = [:]

    mutating func add(_ subject: String, _ measurement: String, _ value: Double) {
        values[subject, default: [:]][measurement, default: []].append(value)
    }

    /// Adds a burst as `<name>_ms` and `<name>_bytes`.
    mutating func add(_ subject: String, _ name: String, _ burst: Burst) {
        add(subject, name + "_ms", burst.ms)
        add(subject, name + "_bytes", Double(burst.bytes))
    }

    func samples(_ subject: String, _ measurement: String) -> [Double] {
        values[subject]?[measurement] ?? []
    }

    func median(_ subject: String, _ measurement: String) -> Double? {
        Samples.median(samples(subject, measurement))
    }

    static func median(_ list: [Double]) -> Double? {
        guard !list.isEmpty else { return nil }
        let sorted = list.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }
}

/// The subjects, in table order.
enum Subject {
    static let typical = "yibao typical"
    static let large = "yibao large"
    static let dialog = "dialog"
    static let floor = "floor"
    static let swiftFloor = "swift floor"
    /// Yibao's start to Home in C (`yibao-c-home`), and that binary printing one line.
    static let cHome = "C Home"
    static let cFloor = "C floor"
    /// The same binaries with box lines in UTF-8, as before the line-drawing set (bytes only).
    /// `yibao kiosk` on the typical store.
    static let kiosk = "kiosk"
    static let typicalUTF8 = "typical, UTF-8 lines"
    static let largeUTF8 = "large, UTF-8 lines"
}
