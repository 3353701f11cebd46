import Testing

@testable import YibaoCore

@Suite("Questionnaire and withdrawal files: reading and refusing")
struct QuestionnaireTests {
    let files: [String: String]
    init() throws { files = try RulesTestData.files() }

    var questionnaire: String { files["policy/questionnaire.yaml"]! }
    var cases: String { files["policy/withdrawal.yaml"]! }

    func refusal(questionnaire: String? = nil, cases: String? = nil) -> PolicyFileError? {
        let q = questionnaire ?? self.questionnaire
        let c = cases ?? self.cases
        return ruleRefusal { () throws(PolicyFileError) in try WithdrawalGuide.load(questionnaire: q, cases: c) }
    }

    @Test("the real questionnaire: short yes/no questions in both languages, each only_if naming earlier questions")
    func realQuestions() throws {
        let guide = try WithdrawalGuide.load(questionnaire: questionnaire, cases: cases)
        #expect((5...12).contains(guide.questions.count))
        #expect(Set(guide.questions.map(\.id)).count == guide.questions.count)
        for (index, question) in guide.questions.enumerated() {
            #expect(!question.text.zh.isEmpty && !question.text.en.isEmpty)
            #expect(question.text.zh.hasSuffix("？"), "\(question.id)")
            #expect(question.text.en.hasSuffix("?"), "\(question.id)")
            let earlier = Set(guide.questions.prefix(index).map(\.id))
            #expect(Set(question.onlyIf.keys).isSubset(of: earlier))
        }
        #expect(guide.questions.first?.id == "deceased")
        #expect(guide.questions.first(where: { $0.id == "same_province" })?.onlyIf == ["moving_for_work": true])
        #expect(guide.questions.first(where: { $0.id == "same_province" })?.onlyIn == .regions(["44", "32"]))
        #expect(guide.questions.first(where: { $0.id == "enlisting" })?.maxAge == 26)
        #expect(guide.questions.first?.help != nil)
    }

    @Test("the real cases: every outcome appears, not-allowed cases give reasons, all have sources")
    func realCases() throws {
        let guide = try WithdrawalGuide.load(questionnaire: questionnaire, cases: cases)
        #expect(Set(guide.cases.map(\.outcome)) == Set(WithdrawalOutcome.allCases))
        for item in guide.cases {
            #expect((item.outcome == .notAllowed) == (item.reason != nil), "\(item.id)")
            #expect(!item.sources.isEmpty)
            #expect(!item.appliesWhen.isEmpty)
        }
        let gd = try #require(guide.cases.first { $0.id == "settling_abroad_local" })
        #expect(gd.scope == .regions(["44", "3301", "4201"]))
        #expect(gd.replaces == ["settling_abroad_general"])
        #expect(gd.effectiveFrom == CivilDate(iso: "2021-11-01"))
        #expect(guide.cases.contains { $0.id == "illness_cash" && $0.outcome == .notAllowed })
        #expect(guide.cases.contains { $0.id == "leaving_general" && $0.outcome == .keepUsing && $0.certainty == .uncertain })
    }

    @Test("a case naming an unknown question is refused at that line of withdrawal.yaml")
    func unknownQuestion() throws {
        let text = cases.replacingOccurrences(
            of: "applies_when: {enlisting: true}", with: "applies_when: {in_army: true}")
        let error = try #require(refusal(cases: text))
        #expect(error.file == "policy/withdrawal.yaml")
        #expect(error.line == ruleLineNumber(of: "{in_army: true}", in: text))
        #expect(error.message.contains("in_army"))
    }

    @Test("an unknown outcome value is refused at its line")
    func unknownOutcome() throws {
        let text = cases.replacingOccurrences(of: "outcome: transfer", with: "outcome: cash_out")
        let error = try #require(refusal(cases: text))
        #expect(error.file == "policy/withdrawal.yaml")
        #expect(error.line == ruleLineNumber(of: "outcome: cash_out", in: text))
        #expect(error.message.contains("cash_out"))
    }

    @Test("an unknown key in a case, or at the top of a file, is refused at its line")
    func unknownKeys() throws {
        let text = cases.replacingOccurrences(
            of: "    certainty: regional\n", with: "    certainty: regional\n    fee: 20%\n")
        let error = try #require(refusal(cases: text))
        #expect(error.line == ruleLineNumber(of: "fee: 20%", in: text))
        #expect(error.message.contains("fee"))

        let top = questionnaire + "\nversion: 2\n"
        let topError = try #require(refusal(questionnaire: top))
        #expect(topError.file == "policy/questionnaire.yaml")
        #expect(topError.line == ruleLineNumber(of: "version: 2", in: top))
    }

    @Test("a flow mapping broken by a comma (an extra key) is caught as an unknown key")
    func flowComma() throws {
        let text = cases.replacingOccurrences(
            of: #"en: "Proof of the family relationship, such as"#,
            with: #"en: Proof of the family relationship, "such as"#)
        let error = try #require(refusal(cases: text))
        #expect(error.line == ruleLineNumber(of: "Proof of the family relationship", in: text))
    }

    @Test("a not_allowed case without a reason, and a reason on another outcome, are refused")
    func reasons() throws {
        let noReason = cases.replacingOccurrences(
            of: "outcome: keep_using\n    scope: national\n    applies_when: {enlisting: true}",
            with: "outcome: not_allowed\n    scope: national\n    applies_when: {enlisting: true}")
        let error = try #require(refusal(cases: noReason))
        #expect(error.line == ruleLineNumber(of: "- id: enlisting_general", in: noReason))
        #expect(error.message.contains("reason"))

        let stray = cases.replacingOccurrences(
            of: "outcome: not_allowed\n    scope: national\n", with: "outcome: keep_using\n    scope: national\n")
        let strayError = try #require(refusal(cases: stray))
        #expect(strayError.message.contains("reason"))
        let illnessAt = ruleLineNumber(of: "- id: illness_cash", in: stray)
        #expect(strayError.line == ruleLineNumber(of: "    reason:", in: stray, after: illnessAt))
    }

    @Test("a bad scope, a duplicate id, an unknown replaced case and a bad date are refused at their lines")
    func otherFaults() throws {
        let scope = cases.replacingOccurrences(of: #"scope: ["4201"]"#, with: #"scope: ["81"]"#)
        #expect(refusal(cases: scope)?.line == ruleLineNumber(of: #"scope: ["81"]"#, in: scope))
        let word = cases.replacingOccurrences(of: #"scope: ["4201"]"#, with: "scope: wuhan")
        #expect(refusal(cases: word)?.line == ruleLineNumber(of: "scope: wuhan", in: word))

        let duplicate = cases.replacingOccurrences(of: "- id: enlisting_general", with: "- id: enlisting_guangdong")
        let dupError = try #require(refusal(cases: duplicate))
        let firstGuangdong = ruleLineNumber(of: "- id: enlisting_guangdong", in: duplicate)
        #expect(dupError.line == ruleLineNumber(of: "- id: enlisting_guangdong", in: duplicate, after: firstGuangdong))
        #expect(dupError.message.contains("two cases"))

        let replaced = cases.replacingOccurrences(
            of: "replaces: [enlisting_general]", with: "replaces: [enlisting_elsewhere]")
        let replacedError = try #require(refusal(cases: replaced))
        #expect(replacedError.line == ruleLineNumber(of: "[enlisting_elsewhere]", in: replaced))

        let date = cases.replacingOccurrences(of: "effective_from: 2022-06-16", with: "effective_from: 16.6.2022")
        let dateError = try #require(refusal(cases: date))
        #expect(dateError.line == ruleLineNumber(of: "16.6.2022", in: date))
        #expect(dateError.description.contains("policy/withdrawal.yaml:\(dateError.line): "))
    }

    @Test("a withdrawal case without materials is refused at the materials line")
    func missingMaterials() throws {
        let start = cases.range(of: "  - id: cannot_receive_wuhan")!.lowerBound
        let materials = cases.range(of: "    materials:\n", range: start..<cases.endIndex)!
        let whereAt = cases.range(of: "    where:\n", range: materials.upperBound..<cases.endIndex)!
        let text = cases.replacingCharacters(in: materials.lowerBound..<whereAt.lowerBound, with: "    materials: []\n")
        let error = try #require(refusal(cases: text))
        let wuhanAt = ruleLineNumber(of: "- id: cannot_receive_wuhan", in: text)
        #expect(error.line == ruleLineNumber(of: "    materials: []", in: text, after: wuhanAt))
        #expect(error.line > wuhanAt)
    }

    @Test("questionnaire faults: only_if naming a later question, duplicate ids, missing text, broken YAML")
    func questionnaireFaults() throws {
        let later = questionnaire.replacingOccurrences(
            of: "only_if: {deceased: false}\n", with: "only_if: {enlisting: false}\n")
        let laterError = try #require(refusal(questionnaire: later))
        #expect(laterError.file == "policy/questionnaire.yaml")
        #expect(laterError.line == ruleLineNumber(of: "only_if: {enlisting: false}", in: later))

        let duplicate = questionnaire.replacingOccurrences(of: "- id: enlisting", with: "- id: deceased")
        let firstAt = ruleLineNumber(of: "- id: deceased", in: duplicate)
        #expect(
            refusal(questionnaire: duplicate)?.line
                == ruleLineNumber(of: "- id: deceased", in: duplicate, after: firstAt))

        let notBool = questionnaire.replacingOccurrences(
            of: "only_if: {moving_for_work: true}", with: "only_if: {moving_for_work: maybe}")
        #expect(refusal(questionnaire: notBool)?.line == ruleLineNumber(of: "maybe", in: notBool))

        let broken = "questions:\n  - id: a\n    text: {zh: 问, en: \"unclosed}\n"
        let brokenError = try #require(refusal(questionnaire: broken))
        #expect(brokenError.file == "policy/questionnaire.yaml")
        #expect(brokenError.line > 0)

        let noText = "questions:\n  - id: a\n    help: {zh: 帮助, en: Help}\n"
        let noTextError = try #require(refusal(questionnaire: noText))
        #expect(noTextError.line == 2)
        #expect(noTextError.message.contains("text"))

        let oneLanguage = "questions:\n  - id: a\n    text:\n      zh: 问题？\n"
        #expect(refusal(questionnaire: oneLanguage)?.line == 4)
    }

    @Test("empty files are refused")
    func emptyFiles() {
        #expect(refusal(questionnaire: "")?.file == "policy/questionnaire.yaml")
        #expect(refusal(cases: "# nothing\n")?.file == "policy/withdrawal.yaml")
    }
}
