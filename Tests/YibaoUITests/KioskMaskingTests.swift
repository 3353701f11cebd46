import Testing
import YibaoCore

@testable import YibaoUI

/// At a kiosk every message, refusals included, passes one masking rule.
@Suite("Kiosk messages are masked by one rule")
struct KioskMaskingTests {
    typealias K = KioskFixture
    typealias R = RelativesFixtures

    /// Whole-store data whose every change is refused by the model's words, naming people in full.
    struct RefusingData: AppDataSource {
        func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
            AppSnapshot(household: K.household, owner: K.owner, lastChange: nil)
        }
        func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] { [] }
        func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome {
            let household = K.household
            throw BindingRefused(reasons: [
                .notBound(payer: household.persons[R.son]!.name, beneficiary: household.persons[K.owner]!.name),
                .notBound(payer: R.son.masked, beneficiary: K.stranger.value),
            ])
        }
        func rememberLanguage(_ language: Language) {}
    }

    @Test("A refusal at the kiosk names only the signed-in person in full; others are masked, IDs strongly")
    func refusalMasked() throws {
        let scoped = ScopedDataSource(base: RefusingData(), person: K.owner)
        do {
            _ = try scoped.apply(.unbind(payer: K.owner, beneficiary: R.son), asOf: R.today)
            Issue.record("the refusal was not passed on")
        } catch let error as any UserFacingError {
            let message = error.message
            for text in [message.zh, message.en] {
                #expect(!text.contains("张伟"), "\(text)")
                #expect(text.contains("张*"), "\(text)")
                #expect(text.contains("张建国"), "the signed-in person's own name stays: \(text)")
                #expect(!text.contains(R.son.masked) && !text.contains(K.stranger.value), "\(text)")
                #expect(text.contains(R.son.stronglyMasked) && text.contains(K.stranger.stronglyMasked), "\(text)")
            }
        }
    }

    @Test("The rule masks longer names first and leaves one-character names alone")
    func rule() {
        let people = [
            Person(id: R.son, name: "欧阳", scheme: .employee, region: R.region),
            Person(id: R.mother, name: "欧阳明华", scheme: .employee, region: R.region),
            Person(id: R.spouse, name: "李", scheme: .employee, region: R.region),
        ]
        let masked = NameMasking.maskingNames(
            in: LocalizedText(zh: "欧阳明华和欧阳，李四", en: "欧阳明华 and 欧阳; 李四"), of: people, except: K.owner)
        #expect(masked.zh == "欧阳**和欧*，李四")
        #expect(masked.en == "欧阳** and 欧*; 李四")
    }
}
