import Testing

@testable import YibaoCore

@Suite("Refusal words: plain, in both languages, saying what to do")
struct EligibilityWordsTests {
    static let id = PolicyTestKit.id("110105", "19700501", "011")
    static let shanghai = PolicyTestKit.region("310104")
    static let wenzhou = PolicyTestKit.region("330302")
    static let date = PolicyTestKit.date("2022-06-01")

    static let samples: [Refusal] = [
        .unknownPerson(id, role: .payer), .unknownPerson(id, role: .beneficiary), .samePerson(name: "张伟"),
        .payerHasNoAccount(name: "李秀英", scheme: .resident), .payerHasNoAccount(name: "李秀英", scheme: .none),
        .relationNotYetAllowed(.youngerBrother, date: date, allowed: [.spouse, .parent, .child], allowedFrom: PolicyTestKit.date("2024-08-02")),
        .relationNotYetAllowed(.mother, date: date, allowed: [], allowedFrom: nil),
        .beneficiaryNotEnrolled(name: "李秀英"),
        .differentPoolingArea(payer: wenzhou, beneficiary: PolicyTestKit.region("330106"), sameProvinceFrom: nil),
        .differentProvince(payer: shanghai, beneficiary: wenzhou, quotaFrom: nil),
        .regionWithoutCrossProvince(PolicyTestKit.region("440300")), .quotaMissing, .quotaNotPositive(Money(fen: -100)),
        .quotaTooLarge(quota: PolicyTestKit.yuan(10), available: PolicyTestKit.yuan(5)), .quotaWithinProvince,
        .alreadyBound(payer: "张伟", beneficiary: "李秀英"), .tooManyPayers(beneficiary: "刘母", max: 1),
        .sexDoesNotMatch(name: "张丽", relation: .father, idSex: .female),
        .ageDoesNotMatch(name: "张丽", payer: "张伟", relation: .youngerSister, mustBe: .younger),
        .sameBirthDate(name: "张丽", payer: "张伟", relation: .son), .notBound(payer: "张伟", beneficiary: "李秀英"),
    ] + Relationship.allCases.filter { $0.kinClass == nil }.map { Refusal.notNearRelative($0) }

    @Test("Every refusal has a full sentence in each language, with no codes or placeholders")
    func everyMessage() {
        for refusal in Self.samples {
            let m = refusal.message
            #expect(m.zh.hasSuffix("。"), "\(refusal)")
            #expect(m.en.hasSuffix("."), "\(refusal)")
            #expect(m.zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(refusal)")
            #expect(!m.en.contains("  ") && !m.zh.contains("\\("), "\(refusal)")
            // No raw enum names leak into the words.
            for relation in Relationship.allCases where relation.rawValue.contains(where: { $0.isUppercase }) {
                #expect(!m.en.contains(relation.rawValue), "\(refusal)")
            }
            #expect(!m.en.contains("Optional"))
        }
    }

    @Test("Every refusal says what to do: a request, an alternative or when it becomes possible")
    func saysWhatToDo() {
        let actionWords = ["please", "instead", "allowed from", "no binding is needed", "nothing more is needed", "can bind"]
        for refusal in Self.samples {
            let en = refusal.message.en.lowercased()
            #expect(actionWords.contains { en.contains($0) }, "\(refusal): \(en)")
            let zh = refusal.message.zh
            #expect(["请", "可以", "起才可以", "不需要"].contains { zh.contains($0) }, "\(refusal): \(zh)")
        }
    }

    @Test("Sentences stay short enough to read at a kiosk")
    func shortSentences() {
        for refusal in Self.samples {
            for sentence in refusal.message.en.split(separator: ". ") {
                #expect(sentence.split(separator: " ").count <= 30, "\(sentence)")
            }
        }
    }

    @Test("Every relation has a name in both languages")
    func relationNames() {
        for relation in Relationship.allCases {
            let name = RefusalWords.relation(relation)
            #expect(name.zh.unicodeScalars.allSatisfy { !$0.isASCII || $0 == " " }, "\(relation)")
            #expect(!name.en.contains { $0.isUppercase }, "\(relation)")
        }
    }

    @Test("Near-relative lists read naturally")
    func kinLists() {
        #expect(RefusalWords.kinList([.child, .spouse, .parent]).en == "a spouse, parents and children")
        #expect(RefusalWords.kinList([.child, .spouse, .parent]).zh == "配偶、父母、子女")
        #expect(RefusalWords.kinList([.sibling]).en == "brothers and sisters")
        #expect(RefusalWords.date(PolicyTestKit.date("2026-01-09")).en == "9 January 2026")
    }
}
