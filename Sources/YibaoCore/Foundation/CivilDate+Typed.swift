extension CivilDate {
    /// Reads a date a person typed in a form: `2026-01-05`, `2026-1-5`, `2026/1/5`, `2026.1.5`,
    /// `2026年1月5日`, `20260105`, with full-width digits and separators (`２０２６－１－５`) and spaces
    /// around it. Nil for anything else, or a day the calendar does not have.
    public init?(typed text: String) {
        var normal = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF10...0xFF19: normal.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
            case 0xFF0D, 0xFF0F, 0xFF0E, 0x2212, 0x2010...0x2015: normal.append("-")
            default: normal.unicodeScalars.append(scalar)
            }
        }
        normal = String(normal.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
        if normal.hasSuffix("日") { normal.removeLast() }
        let separators: Set<Character> = ["-", "/", ".", "年", "月"]
        let parts = normal.split(omittingEmptySubsequences: false) { separators.contains($0) }
        let numbers: [Substring]
        if parts.count == 1, normal.count == 8 {
            numbers = [normal.prefix(4), normal.dropFirst(4).prefix(2), normal.suffix(2)]
        } else {
            numbers = parts
        }
        guard numbers.count == 3, numbers[0].count == 4, (1...2).contains(numbers[1].count),
            (1...2).contains(numbers[2].count),
            numbers.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let y = Int(numbers[0]), let m = Int(numbers[1]), let d = Int(numbers[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
