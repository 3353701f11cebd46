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
        /// Where the question matters (only some places have a case needing it); nil everywhere.
        public var onlyIn: WithdrawalScope
        /// The ages (whole years) at which the question can apply; nil ends are open.
        public var minAge: Int?
        public var maxAge: Int?

        public init(
            id: String, text: LocalizedText, help: LocalizedText? = nil, onlyIf: [String: Bool] = [:],
            onlyIn: WithdrawalScope = .national, minAge: Int? = nil, maxAge: Int? = nil
        ) {
            self.id = id
            self.text = text
            self.help = help
            self.onlyIf = onlyIf
            self.onlyIn = onlyIn
            self.minAge = minAge
            self.maxAge = maxAge
        }

        /// Whether the question is to be asked, given the answers so far (and, when known, where the
        /// person is insured and how old they are).
        public func isAsked(given answers: [String: Bool], person: Asker = .unknown) -> Bool {
            onlyIf.allSatisfy { answers[$0.key] == $0.value } && fitsRegion(person) && fitsAge(person)
        }

        /// Whether the question is needed where the person is insured. With no region known (no owner
        /// saved) only the national cases are used, so a question only some places need is not asked.
        func fitsRegion(_ person: Asker) -> Bool { person.region.map(onlyIn.covers) ?? (onlyIn == .national) }

        /// False only when the person's age is known and outside the question's ages.
        func fitsAge(_ person: Asker) -> Bool {
            guard let age = person.age else { return true }
            return (minAge.map { age >= $0 } ?? true) && (maxAge.map { age <= $0 } ?? true)
        }
    }

    /// Who is answering, as far as known: where insured and how old (questions that cannot apply are skipped).
    public struct Asker: Hashable, Sendable {
        public var region: RegionCode?
        public var age: Int?
        public init(region: RegionCode? = nil, age: Int? = nil) {
            self.region = region
            self.age = age
        }
        public static let unknown = Asker()
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
    /// What "I don't know" leads to: ask the office or 12393 rather than a guess.
    public var unsure: LocalizedText

    public init(
        questions: [Question], cases: [WithdrawalCase], principle: LocalizedText, fraudWarning: LocalizedText,
        localPolicyNote: LocalizedText, unsure: LocalizedText? = nil
    ) {
        self.questions = questions
        self.cases = cases
        self.principle = principle
        self.fraudWarning = fraudWarning
        self.localPolicyNote = localPolicyNote
        self.unsure = unsure ?? localPolicyNote
    }

    /// The answers that count: those to questions that would be asked given the earlier answers.
    /// (An answer left over from a path the person has since turned away from is dropped.) A question
    /// the person's age rules out counts as answered "no": it cannot apply.
    public func effectiveAnswers(_ answers: [String: Bool], person: Asker = .unknown) -> [String: Bool] {
        var kept: [String: Bool] = [:]
        for question in questions where question.isAsked(given: kept, person: Asker(region: person.region)) {
            if !question.fitsAge(person) {
                kept[question.id] = false
            } else if let answer = answers[question.id] {
                kept[question.id] = answer
            }
        }
        return kept
    }

    /// The next question to ask, or nil when the answers are enough.
    public func nextQuestion(answers: [String: Bool], person: Asker = .unknown) -> Question? {
        let kept = effectiveAnswers(answers, person: person)
        return questions.first { kept[$0.id] == nil && $0.isAsked(given: kept, person: person) }
    }

    /// The advice when the person does not know the answer to `question`: no case is guessed; ask the
    /// office where insured or the 12393 hotline.
    public func adviceWhenUnsure(about question: Question, region: RegionCode) -> WithdrawalAdvice {
        WithdrawalAdvice(
            region: region, cases: [], statement: unsure, reasons: [], fraudWarning: nil,
            localPolicyNote: localPolicyNote, isUnsure: true)
    }

    /// What may happen to the balance for these answers in `region`; with `date`, only cases in
    /// force on that date count; with `age`, questions ruled out by age count as "no".
    public func evaluate(
        answers: [String: Bool], region: RegionCode, on date: CivilDate? = nil, age: Int? = nil
    ) -> WithdrawalAdvice {
        let kept = effectiveAnswers(answers, person: Asker(region: region, age: age))
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
