/// The local withdrawal and transfer cases of `Data/policy/withdrawal.yaml` on a rule page: a paragraph
/// `{{data:cases:local}}` stands for one line per case with a regional scope in force on the day (the
/// places, what happens, how places differ); `{{data:cases:local:moving_for_work,moved_away}}` keeps the
/// cases that a "yes" to one of those questions leads to. The pages' "Local differences" are the
/// questionnaire's own cases, never a second copy.
extension RulePage {
    /// The placeholder for every local case in force.
    public static let localCasesPlaceholder = "{{data:cases:local}}"

    /// The lines for a `{{data:cases:local…}}` placeholder; nil when it names a question the guide lacks.
    func caseLines(
        for placeholder: String, guide: WithdrawalGuide, policy: PolicyBook, on date: CivilDate
    ) -> [String]? {
        let zh = language == .zhHans
        var questions: Set<String>?
        if placeholder != RulePage.localCasesPlaceholder {
            let stem = RulePage.localCasesPlaceholder.dropLast(2) + ":"
            guard placeholder.hasPrefix(stem), placeholder.hasSuffix("}}") else { return nil }
            let ids = placeholder.dropFirst(stem.count).dropLast(2).split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard !ids.isEmpty, ids.allSatisfy({ id in guide.questions.contains { $0.id == id } }) else { return nil }
            questions = Set(ids)
        }
        return guide.cases.compactMap { item -> String? in
            guard case .regions(let prefixes) = item.scope, item.effectiveFrom <= date else { return nil }
            if let questions, !item.appliesWhen.contains(where: { questions.contains($0.key) && $0.value }) {
                return nil
            }
            let places = prefixes.map { RulePage.placeName($0, policy: policy) }
            let placeWords = zh ? places.map(\.zh).joined(separator: "、") : places.map(\.en).joined(separator: ", ")
            let text = ([item.summary] + item.notes).map { zh ? $0.zh : $0.en }.joined(separator: zh ? "" : " ")
            let line = zh ? "\(placeWords)：\(text)" : "\(placeWords): \(text)"
            return line + (Certainty(rawValue: item.certainty.rawValue).map(certaintyNote) ?? "")
        }
    }
}
