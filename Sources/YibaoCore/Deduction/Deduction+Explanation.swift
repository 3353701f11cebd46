extension Deduction {
    /// One sentence saying whose account pays what of the self-paid part of a bill (what is left after the
    /// pooled fund has paid its share), each account named by its owner, e.g.
    /// `自付¥600.00：王桂兰自己的账户付¥100.00，张强的账户付¥500.00，无需现金。` /
    /// `Self-paid ¥600.00: 王桂兰's own account pays ¥100.00, Zhang Qiang's account pays ¥500.00, no cash needed.`
    ///
    /// `name` gives the name to show for an account's owner.
    public func explanation(language: Language, name: (ResidentID) -> String) -> String {
        switch language {
        case .zhHans:
            if amount == .zero { return "自付\(amount.formatted)：无需付款。" }
            var clauses = parts.map { part in
                part.isOwn
                    ? "\(name(part.account))自己的账户付\(part.amount.formatted)"
                    : "\(name(part.account))的账户付\(part.amount.formatted)"
            }
            if parts.isEmpty {
                clauses.append("账户里没有可用的钱，\(cash.formatted)全部付现金")
            } else if cash > .zero {
                clauses.append("其余\(cash.formatted)付现金")
            } else {
                clauses.append("无需现金")
            }
            return "自付\(amount.formatted)：" + clauses.joined(separator: "，") + "。"
        case .en:
            if amount == .zero { return "Self-paid \(amount.formatted): nothing to pay." }
            var clauses = parts.map { part in
                part.isOwn
                    ? "\(name(part.account))'s own account pays \(part.amount.formatted)"
                    : "\(name(part.account))'s account pays \(part.amount.formatted)"
            }
            if parts.isEmpty {
                clauses.append("no account has money available, so all \(cash.formatted) in cash")
            } else if cash > .zero {
                clauses.append("\(cash.formatted) in cash")
            } else {
                clauses.append("no cash needed")
            }
            return "Self-paid \(amount.formatted): " + clauses.joined(separator: ", ") + "."
        }
    }
}
