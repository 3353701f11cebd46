extension Deduction {
    /// One sentence saying who pays what, e.g.
    /// `花费¥600.00：本人账户付¥100.00，张强付¥500.00，无需现金。` /
    /// `Of ¥600.00: own account pays ¥100.00, Zhang Qiang pays ¥500.00, no cash needed.`
    ///
    /// `name` gives the name to show for a payer's account.
    public func explanation(language: Language, name: (ResidentID) -> String) -> String {
        switch language {
        case .zhHans:
            if amount == .zero { return "花费\(amount.formatted)：无需付款。" }
            var clauses = parts.map { part in
                part.isOwn ? "本人账户付\(part.amount.formatted)" : "\(name(part.account))付\(part.amount.formatted)"
            }
            if parts.isEmpty {
                clauses.append("账户里没有可用的钱，\(cash.formatted)全部付现金")
            } else if cash > .zero {
                clauses.append("其余\(cash.formatted)付现金")
            } else {
                clauses.append("无需现金")
            }
            return "花费\(amount.formatted)：" + clauses.joined(separator: "，") + "。"
        case .en:
            if amount == .zero { return "Of \(amount.formatted): nothing to pay." }
            var clauses = parts.map { part in
                part.isOwn
                    ? "own account pays \(part.amount.formatted)"
                    : "\(name(part.account)) pays \(part.amount.formatted)"
            }
            if parts.isEmpty {
                clauses.append("no account has money available, so all \(cash.formatted) in cash")
            } else if cash > .zero {
                clauses.append("\(cash.formatted) in cash")
            } else {
                clauses.append("no cash needed")
            }
            return "Of \(amount.formatted): " + clauses.joined(separator: ", ") + "."
        }
    }
}
