import Foundation
import YibaoCore

/// The shape of a benchmark store: one owner, their relatives, and ledger lines on the owner's account.
///
/// Relative 0 is the owner's spouse; the rest are children. The owner pays for all of them; the spouse
/// and the first child also pay for the owner, so the owner's payer order has two payers to move.
/// One more person is in the store but not bound: the store-operation timing binds and unbinds them.
struct StoreSpec {
    let name: String
    let relatives: Int
    let ledgerRows: Int
    let years: Int

    static let typical = StoreSpec(name: "typical", relatives: 4, ledgerRows: 600, years: 5)
    static let large = StoreSpec(name: "large", relatives: 50, ledgerRows: 100_000, years: 20)
    static let smokeTypical = StoreSpec(name: "typical", relatives: 2, ledgerRows: 40, years: 2)
    static let smokeLarge = StoreSpec(name: "large", relatives: 3, ledgerRows: 300, years: 3)

    static let owner = BenchPerson(
        name: "Zhang Jianguo", id: makeID(birth: CivilDate(year: 1960, month: 3, day: 10)!, sequence: 1))
    /// The person who is added but not bound.
    static let unbound = BenchPerson(
        name: "Unbound Relative", id: makeID(birth: CivilDate(year: 1990, month: 7, day: 7)!, sequence: 998))

    /// Relative `index`: the spouse (0) or a child (1…), with an ID whose birth date and sex fit.
    func relative(_ index: Int) -> (person: BenchPerson, relation: String) {
        if index == 0 {
            return (
                BenchPerson(
                    name: "Li Xiuying",
                    id: StoreSpec.makeID(birth: CivilDate(year: 1962, month: 5, day: 20)!, sequence: 2)),
                "spouse"
            )
        }
        let birth = CivilDate(year: 1985, month: 1, day: 1)!.adding(days: index * 37)
        let son = index % 2 == 1
        let id = StoreSpec.makeID(birth: birth, sequence: 2 * index + (son ? 1 : 0))
        return (BenchPerson(name: (son ? "Son " : "Daughter ") + String(index), id: id), son ? "son" : "daughter")
    }

    /// A valid resident ID (GB 11643) from Dongcheng, Beijing; an odd sequence is a man.
    static func makeID(birth: CivilDate, sequence: Int) -> String {
        let body = "110101" + birth.iso.replacingOccurrences(of: "-", with: "") + pad3(sequence)
        let digits = body.compactMap(\.wholeNumberValue)
        return body + String(ResidentID.checkCharacter(for: digits))
    }

    private static func pad3(_ n: Int) -> String {
        let text = String(n % 1000)
        return String(repeating: "0", count: 3 - text.count) + text
    }

    /// `ledgerRows` lines over `years` years up to `today`: a monthly credit on the 5th, and small
    /// spending spread over each month, so the balance stays positive.
    func ledger(account: ResidentID, today: CivilDate) -> [LedgerEntry] {
        let months = years * 12
        let spendingRows = max(0, ledgerRows - months)
        var entries: [LedgerEntry] = []
        entries.reserveCapacity(ledgerRows)
        var first = CivilDate(year: today.year - years, month: today.month, day: 1)!
        var made = 0
        for month in 0..<months {
            let rowsThisMonth = spendingRows * (month + 1) / months - spendingRows * month / months
            let days = CivilDate.daysIn(month: first.month, year: first.year)
            var spent: Int64 = 0
            for k in 0..<rowsThisMonth {
                let fen = Int64(300 + (made * 37) % 900)
                spent += fen
                made += 1
                let day = 1 + (k * days) / max(1, rowsThisMonth)
                let date = CivilDate(year: first.year, month: first.month, day: day)!
                guard date <= today else { continue }
                entries.append(
                    LedgerEntry(
                        account: account, date: date, kind: .ownSpending, amount: Money(fen: -fen),
                        note: k % 3 == 0 ? "Pharmacy" : "Community clinic"))
            }
            let creditDate = CivilDate(year: first.year, month: first.month, day: 5)!
            if creditDate <= today {
                entries.append(
                    LedgerEntry(
                        account: account, date: creditDate, kind: .credit, amount: Money(fen: spent + 10_000),
                        note: "Monthly credit"))
            }
            first = first.adding(days: days)
        }
        return entries
    }
}

/// A person the bench puts in a store.
struct BenchPerson {
    let name: String
    let id: String
}
