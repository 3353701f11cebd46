/// The "Can I take my money out?" guide: yes/no questions, then the cases that fit the answers and
/// the person's region (from `Data/policy/questionnaire.yaml` and `Data/policy/withdrawal.yaml`).
public struct WithdrawalGuide: Hashable, Sendable {
    /// One yes/no question.
    public struct Question: Hashable, Sendable, Identifiable {
        public var id: String
        public var text: LocalizedText
        /// A short example or hint shown under the question.
        public var help: LocalizedText?
        /// Earlier answers this question needs; it is skipped otherwise.
        public var onlyIf: [String: Bool]

        public init(id: String, text: LocalizedText, help: LocalizedText? = nil, onlyIf: [String: Bool] = [:]) {
            self.id = id
            self.text = text
            self.help = help
            self.onlyIf = onlyIf
        }

        /// Whether the question is to be asked, given the answers so far.
        public func isAsked(given answers: [String: Bool]) -> Bool {
            onlyIf.allSatisfy { answers[$0.key] == $0.value }
        }
    }

    /// In asking order.
    public var questions: [Question]
    /// In file order.
    public var cases: [WithdrawalCase]
    /// Why the balance is not cash: it is the person's own, carried forward, inheritable, shareable.
    public var principle: LocalizedText
    /// The warning against "cash-out" offers and card lending.
    public var fraudWarning: LocalizedText
    public var localPolicyNote: LocalizedText

    public init(
        questions: [Question], cases: [WithdrawalCase], principle: LocalizedText, fraudWarning: LocalizedText,
        localPolicyNote: LocalizedText
    ) {
        self.questions = questions
        self.cases = cases
        self.principle = principle
        self.fraudWarning = fraudWarning
        self.localPolicyNote = localPolicyNote
    }

    /// The answers that count: those to questions that would be asked given the earlier answers.
    /// (An answer left over from a path the person has since turned away from is dropped.)
    public func effectiveAnswers(_ answers: [String: Bool]) -> [String: Bool] {
        var kept: [String: Bool] = [:]
        for question in questions where question.isAsked(given: kept) {
            if let answer = answers[question.id] { kept[question.id] = answer }
        }
        return kept
    }

    /// The next question to ask, or nil when the answers are enough.
    public func nextQuestion(answers: [String: Bool]) -> Question? {
        let kept = effectiveAnswers(answers)
        return questions.first { kept[$0.id] == nil && $0.isAsked(given: kept) }
    }

    /// What may happen to the balance for these answers in `region`; with `date`, only cases in
    /// force on that date count.
    public func evaluate(answers: [String: Bool], region: RegionCode, on date: CivilDate? = nil) -> WithdrawalAdvice {
        let kept = effectiveAnswers(answers)
        let matching = cases.filter { item in
            item.scope.covers(region) && item.applies(to: kept) && date.map { item.effectiveFrom <= $0 } != false
        }
        let replaced = Set(matching.flatMap(\.replaces))
        let chosen = matching.filter { !replaced.contains($0.id) }
        let moneyOut = chosen.contains { $0.outcome == .withdrawToOwnBank }
        return WithdrawalAdvice(
            region: region, cases: chosen,
            statement: moneyOut ? nil : principle,
            reasons: chosen.compactMap(\.reason),
            fraudWarning: moneyOut ? nil : fraudWarning,
            localPolicyNote: localPolicyNote)
    }
}
