/// The report as one plain-text table (medians), then ratios and the target lines.
enum Table {
    /// Rows: label, measurement, decimals.
    static let rows: [(String, String, Int)] = [
        ("first screen, ms", "first_screen_ms", 2),
        ("  above the floor, ms", "first_screen_above_floor_ms", 2),
        ("  own work, ms", "own_start_ms", 2),
        ("first screen, bytes", "first_screen_bytes", 0),
        ("  at 960 bytes/s, ms", "first_screen_at_960_ms", 0),
        ("  at 7,000 bytes/s, ms", "first_screen_at_7000_ms", 0),
        ("Balance after 1, ms", "balance_ms", 2),
        ("Balance after 1, bytes", "balance_bytes", 0),
        ("cursor move (Down), ms", "cursor_move_ms", 2),
        ("cursor move (Down), bytes", "cursor_move_bytes", 0),
        ("ledger page (PgDn), ms", "ledger_page_ms", 2),
        ("ledger page (PgDn), bytes", "ledger_page_bytes", 0),
        ("payer move (D), ms", "payer_move_ms", 2),
        ("payer move (D), bytes", "payer_move_bytes", 0),
        ("screen change (2), ms", "screen_change_ms", 2),
        ("screen change (2), bytes", "screen_change_bytes", 0),
        ("  at 960 bytes/s, ms", "screen_change_at_960_ms", 0),
        ("  at 7,000 bytes/s, ms", "screen_change_at_7000_ms", 0),
        ("back to Home (Esc), ms", "back_home_ms", 2),
        ("back to Home (Esc), bytes", "back_home_bytes", 0),
        ("  at 960 bytes/s, ms", "back_home_at_960_ms", 0),
        ("  at 7,000 bytes/s, ms", "back_home_at_7000_ms", 0),
        ("peak memory, KiB", "peak_memory_kib", 0),
        ("  own memory, KiB", "own_memory_kib", 0),
        ("store: open + Home data, ms", "store_open_home_ms", 2),
        ("  of which open, ms", "store_open_ms", 2),
        ("  of which household sums, ms", "store_household_ms", 2),
        ("  of which ledger counts, ms", "store_ledger_counts_ms", 2),
        ("store: Balance page, ms", "store_balance_page_ms", 2),
        ("store: save a binding, ms", "store_bind_ms", 2),
        ("store: record a payment, ms", "store_pay_ms", 2),
    ]

    static func text(_ report: Report) -> String {
        let columns = [Subject.typical, Subject.large, Subject.dialog, Subject.cHome, Subject.floor, Subject.swiftFloor]
        var lines: [String] = []
        let header =
            pad("median of \(report.runs) run\(report.runs == 1 ? "" : "s")", 29)
            + columns.map { left($0, 13) }.joined() + left("large/typ", 11) + left("typ/dialog", 11)
        lines.append(header)
        lines.append(String(repeating: "-", count: header.count))
        for (label, key, digits) in rows {
            var line = pad(label, 29)
            for subject in columns {
                line += left(report.median(subject, key).map { f($0, digits) } ?? "-", 13)
            }
            line += left(ratio(report.median(Subject.large, key), report.median(Subject.typical, key)), 11)
            line += left(ratio(report.median(Subject.typical, key), report.median(Subject.dialog, key)), 11)
            lines.append(line)
        }
        lines.append("")
        lines.append("box lines in UTF-8 (as before the line-drawing set), bytes: " + referenceLine(report))
        lines.append("")
        for target in report.targets {
            lines.append("\(target.result)  \(target.name): \(target.detail)")
        }
        return lines.joined(separator: "\n")
    }

    /// The UTF-8-lines reference's bytes per screen, both stores.
    private static func referenceLine(_ report: Report) -> String {
        [("typical", Subject.typicalUTF8), ("large", Subject.largeUTF8)].map { tag, subject in
            let figures = ["first_screen", "screen_change", "back_home"].map { name in
                report.median(subject, name + "_bytes").map { f($0, 0) } ?? "-"
            }
            return "\(tag) first Home \(figures[0]), screen change \(figures[1]), back to Home \(figures[2])"
        }.joined(separator: "; ")
    }

    private static func ratio(_ a: Double?, _ b: Double?) -> String {
        guard let a, let b, b > 0 else { return "-" }
        return f(a / b) + "x"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    private static func left(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }
}
