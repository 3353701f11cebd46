import YibaoCore
import YibaoStore

/// The summary sentence of each audit row the service writes: one wording, whoever asked for the
/// change (the command line, the app or the kiosk), so their rows read the same.
enum AuditWords {
    static func addPerson(_ id: ResidentID) -> String { "add person \(id.masked)" }

    static func bind(payer: ResidentID, beneficiary: ResidentID, relation: Relationship) -> String {
        "bind \(payer.masked) -> \(beneficiary.masked) as \(relation.rawValue)"
    }

    static func addRelative(_ id: ResidentID, payer: ResidentID, relation: Relationship) -> String {
        addPerson(id) + " and " + bind(payer: payer, beneficiary: id, relation: relation)
    }

    static func unbind(payer: ResidentID, beneficiary: ResidentID) -> String {
        "unbind \(payer.masked) -> \(beneficiary.masked)"
    }

    static func order(_ beneficiary: ResidentID) -> String { "set payer order for \(beneficiary.masked)" }

    static func pay(_ amount: Money, for beneficiary: ResidentID) -> String {
        "payment \(amount.plain) for \(beneficiary.masked)"
    }

    static func credit(_ amount: Money, to account: ResidentID) -> String {
        "credit \(amount.plain) to \(account.masked)"
    }

    static func demo(_ demo: DemoHousehold) -> String {
        "demo household: \(demo.people.count) people, \(demo.bindings.count) bindings, \(demo.payments.count) payments"
    }
}

extension AuditWords {
    static func edit(_ id: ResidentID, on date: CivilDate) -> String { "edit person \(id.masked) as of \(date.iso)" }

    static func died(_ id: ResidentID, on date: CivilDate) -> String { "death of \(id.masked) on \(date.iso)" }

    static func premium(_ amount: Money, payer: ResidentID, beneficiary: ResidentID, year: Int) -> String {
        "premium \(amount.plain) for \(beneficiary.masked) (\(year)) from \(payer.masked)"
    }

    static func creditEstimated(_ id: ResidentID, month: String) -> String {
        "estimated credit for \(month) to \(id.masked)"
    }

    static func balanceRecorded(_ balance: Money, of id: ResidentID, on date: CivilDate) -> String {
        "balance of \(id.masked) recorded as \(balance.plain) on \(date.iso)"
    }
}
