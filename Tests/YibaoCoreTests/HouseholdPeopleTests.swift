import Testing

@testable import YibaoCore

@Suite("Adding people to a household")
struct HouseholdPeopleTests {
    typealias F = FundsFixture

    let household = Household(
        date: F.today,
        persons: [F.father: F.person(F.father, "张建国", owner: true), F.son: F.person(F.son, "张强")])

    @Test("A new person is added with the name trimmed, and nothing else when there is no opening balance")
    func addsPerson() throws {
        let changes = try household.addPerson(F.person(F.daughter, "  张丽\u{3000}"), openingBalance: nil)
        #expect(changes == [.addPerson(F.person(F.daughter, "张丽"))])
        #expect(
            try household.addPerson(F.person(F.daughter, "张丽"), openingBalance: .zero) == [
                .addPerson(F.person(F.daughter, "张丽"))
            ])
        #expect(try household.addPerson(F.person(F.daughter, "张丽")) == [.addPerson(F.person(F.daughter, "张丽"))])
    }

    @Test("An opening balance is recorded as an adjustment dated today on the new employee account")
    func openingBalance() throws {
        let changes = try household.addPerson(F.person(F.daughter, "张丽"), openingBalance: Money(fen: 123_456))
        #expect(
            changes == [
                .addPerson(F.person(F.daughter, "张丽")),
                .addLedgerEntry(
                    LedgerEntry(
                        account: F.daughter, date: F.today, kind: .adjustment, amount: Money(fen: 123_456),
                        note: "期初余额 / opening balance")),
            ])
        let maximum = try household.addPerson(F.person(F.daughter, "张丽"), openingBalance: Money.maximum)
        #expect(maximum.count == 2)
    }

    @Test("An opening balance for someone without a personal account is refused; zero is fine")
    func openingBalanceNeedsAccount() throws {
        #expect(throws: HouseholdError.openingBalanceWithoutAccount(scheme: .resident)) {
            try household.addPerson(F.person(F.grandma, "王秀英", .resident), openingBalance: F.yuan(10))
        }
        #expect(throws: HouseholdError.openingBalanceWithoutAccount(scheme: .none)) {
            try household.addPerson(F.person(F.grandma, "王秀英", .none), openingBalance: Money(fen: 1))
        }
        let zero = try household.addPerson(F.person(F.grandma, "王秀英", .resident), openingBalance: .zero)
        #expect(zero == [.addPerson(F.person(F.grandma, "王秀英", .resident))])
    }

    @Test("A negative or too large opening balance is refused")
    func openingBalanceBounds() {
        #expect(throws: HouseholdError.negativeOpeningBalance) {
            try household.addPerson(F.person(F.daughter, "张丽"), openingBalance: Money(fen: -1))
        }
        #expect(throws: HouseholdError.amountTooLarge) {
            try household.addPerson(F.person(F.daughter, "张丽"), openingBalance: Money.maximum + Money(fen: 1))
        }
    }

    @Test("The same ID number cannot be added twice; the refusal names who has it")
    func duplicateID() {
        #expect(throws: HouseholdError.alreadyAdded(name: "张强")) {
            try household.addPerson(F.person(F.son, "另一个名字"), openingBalance: nil)
        }
        #expect(HouseholdError.alreadyAdded(name: "张强").message.zh.contains("张强"))
    }

    @Test("A second owner is refused while one exists; relatives and a first owner are fine")
    func oneOwner() throws {
        #expect(throws: HouseholdError.secondOwner(existing: "张建国")) {
            try household.addPerson(F.person(F.daughter, "张丽", owner: true), openingBalance: nil)
        }
        let noOwner = Household(date: F.today, persons: [F.son: F.person(F.son, "张强")])
        let changes = try noOwner.addPerson(F.person(F.daughter, "张丽", owner: true), openingBalance: nil)
        #expect(changes == [.addPerson(F.person(F.daughter, "张丽", owner: true))])
        #expect(try household.addPerson(F.person(F.daughter, "张丽"), openingBalance: nil).count == 1)
    }

    @Test("An empty name is refused", arguments: ["", "   ", "\u{3000}\t"])
    func emptyName(name: String) {
        #expect(throws: HouseholdError.emptyName) {
            try household.addPerson(F.person(F.daughter, name), openingBalance: nil)
        }
    }

    @Test("Names of up to 40 characters are kept; longer ones are refused with the count")
    func nameLength() throws {
        let forty = String(repeating: "欧", count: 40)
        #expect(
            try household.addPerson(F.person(F.daughter, forty), openingBalance: nil) == [
                .addPerson(F.person(F.daughter, forty))
            ])
        #expect(throws: HouseholdError.nameTooLong(count: 41)) {
            try household.addPerson(F.person(F.daughter, forty + "阳"), openingBalance: nil)
        }
        // Spaces around the name do not count.
        #expect(try household.addPerson(F.person(F.daughter, "  " + forty + "  "), openingBalance: nil).count == 1)
        #expect(HouseholdError.nameTooLong(count: 41).message.en.contains("41"))
    }

    @Test("Names are stored as typed, strange characters and all (screens sanitise them)")
    func namesAsTyped() throws {
        let odd = "Anna \u{1B}[31m María-José O'Neil"
        let changes = try household.addPerson(F.person(F.daughter, odd), openingBalance: nil)
        #expect(changes == [.addPerson(F.person(F.daughter, odd))])
    }

    @Test("Refusals are written in both languages and say what to do")
    func messages() {
        let errors: [HouseholdError] = [
            .alreadyAdded(name: "张强"), .secondOwner(existing: "张建国"), .emptyName, .nameTooLong(count: 41),
            .openingBalanceWithoutAccount(scheme: .resident), .negativeOpeningBalance,
            .unknownPerson(masked: F.son.masked), .noPersonalAccount(name: "王秀英", scheme: .resident),
            .amountNotPositive, .amountTooLarge, .payerOrder([.missing(name: "张强")]),
        ]
        for error in errors {
            #expect(error.message.zh.hasSuffix("。"))
            #expect(error.message.en.hasSuffix("."))
            #expect(!error.message.en.contains("HouseholdError"))
        }
        #expect(Set(errors.map(\.message)).count == errors.count)
        #expect(HouseholdError.secondOwner(existing: "张建国").message.zh.contains("添加为家人"))
        #expect(HouseholdError.openingBalanceWithoutAccount(scheme: .resident).message.zh.contains("居民医保"))
        #expect(HouseholdError.unknownPerson(masked: F.son.masked).message.en.contains(F.son.masked))
    }
}
