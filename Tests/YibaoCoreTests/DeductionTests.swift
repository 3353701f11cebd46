import Testing

@testable import YibaoCore

@Suite("Splitting a payment between accounts and cash")
struct DeductionTests {
    typealias F = FundsFixture

    static let names: [ResidentID: String] = [
        F.son: "张强", F.daughter: "张丽", F.uncleID: "李伟", F.father: "张建国",
    ]
    func name(_ id: ResidentID) -> String { Self.names[id] ?? id.masked }

    func funds(_ id: ResidentID, _ fen: Int64) -> PayerFunds { PayerFunds(account: id, available: Money(fen: fen)) }

    func split(_ amount: Int64, own: PayerFunds?, _ payers: [PayerFunds], wenzhou: Bool = false) -> Deduction {
        DeductionEngine.split(amount: Money(fen: amount), own: own, payers: payers, onePayerPerSettlement: wenzhou)
    }

    /// The invariants every split must keep.
    func checkInvariants(_ d: Deduction, own: PayerFunds?, payers: [PayerFunds], wenzhou: Bool) {
        #expect(d.parts.reduce(Money.zero) { $0 + $1.amount } + d.cash == d.amount)
        #expect(d.cash >= .zero)
        #expect(d.parts.allSatisfy { $0.amount > .zero })
        #expect(d.parts.filter(\.isOwn).count <= 1)
        if let first = d.parts.first, first.isOwn == false { #expect(own == nil || own!.available <= .zero) }
        for part in d.parts {
            let limit = part.isOwn ? own!.available : payers.first { $0.account == part.account }!.available
            #expect(part.amount <= limit)
        }
        if wenzhou {
            #expect(d.payerParts.count <= 1)
            if let part = d.payerParts.first {
                let firstWithMoney = payers.first { $0.available > .zero && $0.account != own?.account }
                #expect(part.account == firstWithMoney?.account)
            }
        }
        // Cash only when every account that could pay has paid all it may.
        if d.cash > .zero {
            if let own { #expect(d.ownPart == max(.zero, own.available)) }
            if !wenzhou {
                for p in payers where p.account != own?.account {
                    let paid = d.parts.first { $0.account == p.account }?.amount ?? .zero
                    #expect(paid == max(.zero, p.available))
                }
            }
        }
        // Payer parts follow the given order.
        let positions = d.payerParts.map { part in payers.firstIndex { $0.account == part.account }! }
        #expect(positions == positions.sorted())
    }

    @Test("The Nantong example: father's own ¥100 first, then ¥500 from his son's ¥2000")
    func nantong() {
        let d = split(60_000, own: funds(F.father, 10_000), [funds(F.son, 200_000)])
        #expect(d.amount == F.yuan(600))
        #expect(
            d.parts == [
                .init(account: F.father, amount: F.yuan(100), isOwn: true),
                .init(account: F.son, amount: F.yuan(500), isOwn: false),
            ])
        #expect(d.cash == .zero)
        #expect(d.explanation(language: .zhHans, name: name) == "自付¥600.00：张建国自己的账户付¥100.00，张强的账户付¥500.00，无需现金。")
        #expect(
            d.explanation(language: .en, name: { _ in "Zhang Qiang" })
                == "Self-paid ¥600.00: Zhang Qiang's own account pays ¥100.00, Zhang Qiang's account pays ¥500.00, no cash needed.")
    }

    @Test("An own account that covers everything is the only one charged")
    func ownCoversAll() {
        let d = split(60_000, own: funds(F.father, 60_000), [funds(F.son, 200_000)])
        #expect(d.parts == [.init(account: F.father, amount: F.yuan(600), isOwn: true)])
        #expect(d.cash == .zero)
        #expect(d.explanation(language: .zhHans, name: name) == "自付¥600.00：张建国自己的账户付¥600.00，无需现金。")
    }

    @Test("Payers are charged in order, each up to what they have, and the rest is cash")
    func payersInOrderThenCash() {
        let payers = [funds(F.son, 20_000), funds(F.daughter, 0), funds(F.uncleID, 15_000)]
        let d = split(50_000, own: funds(F.father, 10_000), payers)
        #expect(
            d.parts == [
                .init(account: F.father, amount: F.yuan(100), isOwn: true),
                .init(account: F.son, amount: F.yuan(200), isOwn: false),
                .init(account: F.uncleID, amount: F.yuan(150), isOwn: false),
            ])
        #expect(d.cash == F.yuan(50))
        #expect(
            d.explanation(language: .zhHans, name: name)
                == "自付¥500.00：张建国自己的账户付¥100.00，张强的账户付¥200.00，李伟的账户付¥150.00，其余¥50.00付现金。")
        #expect(
            d.explanation(language: .en, name: name)
                == "Self-paid ¥500.00: 张建国's own account pays ¥100.00, 张强's account pays ¥200.00, 李伟's account pays ¥150.00, ¥50.00 in cash.")
        checkInvariants(d, own: funds(F.father, 10_000), payers: payers, wenzhou: false)
    }

    @Test("Someone without an account of their own is paid for by payers straight away")
    func noOwnAccount() {
        let d = split(30_000, own: nil, [funds(F.son, 100_000)])
        #expect(d.parts == [.init(account: F.son, amount: F.yuan(300), isOwn: false)])
        #expect(d.ownPart == .zero)
        #expect(d.explanation(language: .zhHans, name: name) == "自付¥300.00：张强的账户付¥300.00，无需现金。")
    }

    @Test("When no account has money, everything is cash and zero parts are left out")
    func allCash() {
        let d = split(5_000, own: funds(F.father, 0), [funds(F.son, 0), funds(F.daughter, 0)])
        #expect(d.parts.isEmpty)
        #expect(d.cash == F.yuan(50))
        #expect(d.explanation(language: .zhHans, name: name) == "自付¥50.00：账户里没有可用的钱，¥50.00全部付现金。")
        #expect(
            d.explanation(language: .en, name: name)
                == "Self-paid ¥50.00: no account has money available, so all ¥50.00 in cash.")
        #expect(split(5_000, own: nil, []).cash == F.yuan(50))
    }

    @Test("A payment of nothing charges nothing and says so")
    func zeroAmount() {
        let d = split(0, own: funds(F.father, 10_000), [funds(F.son, 10_000)])
        #expect(d == Deduction(amount: .zero, parts: [], cash: .zero))
        #expect(d.explanation(language: .zhHans, name: name) == "自付¥0.00：无需付款。")
        #expect(d.explanation(language: .en, name: name) == "Self-paid ¥0.00: nothing to pay.")
    }

    @Test("Negative amounts and negative balances are treated as zero; nothing goes below zero")
    func negativesAreZero() {
        let negativeAmount = split(-500, own: funds(F.father, 10_000), [funds(F.son, 10_000)])
        #expect(negativeAmount == Deduction(amount: .zero, parts: [], cash: .zero))
        let overdrawn = split(10_000, own: funds(F.father, -3_000), [funds(F.son, -1), funds(F.daughter, 4_000)])
        #expect(overdrawn.parts == [.init(account: F.daughter, amount: F.yuan(40), isOwn: false)])
        #expect(overdrawn.cash == F.yuan(60))
    }

    @Test("Wenzhou: besides the own account, only the first payer with money pays; the rest is cash")
    func wenzhouOnePayer() {
        let payers = [funds(F.son, 0), funds(F.daughter, 30_000), funds(F.uncleID, 100_000)]
        let d = split(100_000, own: funds(F.father, 10_000), payers, wenzhou: true)
        #expect(
            d.parts == [
                .init(account: F.father, amount: F.yuan(100), isOwn: true),
                .init(account: F.daughter, amount: F.yuan(300), isOwn: false),
            ])
        #expect(d.cash == F.yuan(600))
        checkInvariants(d, own: funds(F.father, 10_000), payers: payers, wenzhou: true)

        let national = split(100_000, own: funds(F.father, 10_000), payers)
        #expect(national.payerParts.map(\.account) == [F.daughter, F.uncleID])
        #expect(national.cash == .zero)
    }

    @Test("Wenzhou: when the own account covers the payment, no payer is touched")
    func wenzhouOwnCovers() {
        let d = split(5_000, own: funds(F.father, 10_000), [funds(F.son, 10_000)], wenzhou: true)
        #expect(d.parts == [.init(account: F.father, amount: F.yuan(50), isOwn: true)])
        let single = split(
            5_000, own: funds(F.father, 0), [funds(F.son, 10_000), funds(F.daughter, 10_000)], wenzhou: true)
        #expect(single.parts == [.init(account: F.son, amount: F.yuan(50), isOwn: false)])
    }

    @Test("One fen is split exactly")
    func oneFen() {
        let fromOwn = split(1, own: funds(F.father, 1), [funds(F.son, 100)])
        #expect(fromOwn.parts == [.init(account: F.father, amount: Money(fen: 1), isOwn: true)])
        let fromPayer = split(1, own: funds(F.father, 0), [funds(F.son, 1)])
        #expect(fromPayer.parts == [.init(account: F.son, amount: Money(fen: 1), isOwn: false)])
        let cash = split(1, own: nil, [])
        #expect(cash.cash == Money(fen: 1))
        #expect(
            cash.explanation(language: .en, name: name)
                == "Self-paid ¥0.01: no account has money available, so all ¥0.01 in cash.")
        let straddle = split(101, own: funds(F.father, 100), [funds(F.son, 1)])
        #expect(straddle.parts.map(\.amount) == [Money(fen: 100), Money(fen: 1)])
    }

    @Test("The largest sums are split without overflow")
    func largeSums() {
        let max = Money.maximum.fen
        let d = split(max, own: funds(F.father, max - 1), [funds(F.son, max), funds(F.daughter, max)])
        #expect(d.parts.map(\.amount) == [Money(fen: max - 1), Money(fen: 1)])
        #expect(d.cash == .zero)
        #expect(
            d.explanation(language: .zhHans, name: name).hasPrefix("自付¥100,000,000.00：张建国自己的账户付¥99,999,999.99，张强的账户付¥0.01"))
        let allCash = split(max, own: nil, [])
        #expect(allCash.cash == Money.maximum)
    }

    @Test("A payer listed twice, or the own account listed as a payer, is charged only once")
    func noDoubleCharging() {
        let d = split(
            50_000, own: funds(F.father, 10_000), [funds(F.son, 10_000), funds(F.father, 10_000), funds(F.son, 10_000)])
        #expect(
            d.parts == [
                .init(account: F.father, amount: F.yuan(100), isOwn: true),
                .init(account: F.son, amount: F.yuan(100), isOwn: false),
            ])
        #expect(d.cash == F.yuan(300))
    }

    @Test("Every split of many generated cases adds up to the fen and keeps the rules")
    func generatedCases() {
        var seed: UInt64 = 0x5EED_1234
        func next(_ bound: Int64) -> Int64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int64((seed >> 33) % UInt64(bound))
        }
        let accounts = [F.son, F.daughter, F.uncleID, F.auntie]
        for round in 0..<400 {
            let amount = next(3) == 0 ? next(100) : next(500_000)
            let own: PayerFunds? = next(4) == 0 ? nil : funds(F.father, next(3) == 0 ? 0 : next(200_000))
            let payers = accounts.prefix(Int(next(5))).map { funds($0, next(3) == 0 ? 0 : next(300_000)) }
            let wenzhou = round % 2 == 0
            let d = split(amount, own: own, payers, wenzhou: wenzhou)
            #expect(d.amount == Money(fen: amount))
            checkInvariants(d, own: own, payers: payers, wenzhou: wenzhou)
        }
    }
}
