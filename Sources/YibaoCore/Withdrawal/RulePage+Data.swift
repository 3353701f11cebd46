/// Facts a rule page shows but does not restate: a paragraph `{{data:fraud}}` in the Markdown stands for
/// the penalties of `Data/policy/fraud.yaml` in force on the day, so each fact has one source (the YAML)
/// and the page keeps only the prose around it.
extension RulePage {
    /// The placeholder for the penalties of `fraud.yaml`.
    public static let fraudPlaceholder = "{{data:fraud}}"

    /// The lines a placeholder stands for, in the page's language; nil for an unknown placeholder.
    public func dataLines(for placeholder: String, policy: PolicyBook, on date: CivilDate) -> [String]? {
        switch placeholder {
        case RulePage.fraudPlaceholder:
            let zh = language == .zhHans
            return policy.fraudPenalties.filter { $0.basis.effectiveFrom <= date }.map {
                let line = zh ? "\($0.conduct.zh)\($0.penalty.zh)" : "\($0.conduct.en) \($0.penalty.en)"
                return $0.basis.certainty == .national ? line : line + (zh ? "（\($0.basis.certainty.name.zh)）" : " (\($0.basis.certainty.name.en))")
            }
        default:
            return nil
        }
    }

    /// The page with each placeholder paragraph replaced by its lines from the policy tables, as list items
    /// (and as `- ` lines in the plain text).
    public func fillingData(from policy: PolicyBook, on date: CivilDate) -> RulePage {
        var page = self
        page.blocks = blocks.flatMap { block -> [RuleBlock] in
            if case .paragraph(let text) = block, let lines = dataLines(for: text, policy: policy, on: date) {
                return lines.map { .listItem($0) }
            }
            return [block]
        }
        page.body = body.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let text = String(line)
            guard let lines = dataLines(for: text.trimmingCharacters(in: .whitespaces), policy: policy, on: date) else {
                return text
            }
            return lines.map { "- " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n")
        return page
    }
}
