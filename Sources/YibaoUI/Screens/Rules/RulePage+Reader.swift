import ScreenKit
import YibaoCore

extension RulePage {
    /// The page for the reader: its text, a warning when there is one, then, set apart at the end,
    /// the sources and the boxed note that local policy prevails.
    func readerBlocks(warning: String? = nil) -> [ReaderBlock] {
        let zh = language == .zhHans
        var body: [ReaderBlock] = []
        var inSources = false
        var warningPlaced = warning == nil
        for (index, block) in blocks.enumerated() {
            switch block {
            case .heading(_, let text) where RulePage.isSourcesHeading(text):
                inSources = true
                continue
            case .listItem(let text) where inSources && sources.contains(text):
                continue
            case .note(let text) where index == blocks.count - 1 && text == localPolicyNote:
                continue
            default:
                inSources = false
            }
            switch block {
            case .heading(let level, let text): body.append(level == 1 ? .title(text) : .heading(text))
            case .paragraph(let text): body.append(.paragraph(text))
            case .listItem(let text): body.append(.listItem(text))
            case .note(let text): body.append(.box(title: zh ? "请注意" : "Please note", text: text))
            }
            if !warningPlaced, case .heading(1, _) = block, let warning {
                body.append(.warning(warning))
                warningPlaced = true
            }
        }
        var result: [ReaderBlock] = []
        if !warningPlaced, let warning { result.append(.warning(warning)) }
        result += body
        result.append(.small(zh ? "本页内容截至 \(effective.iso)。" : "Current as of \(effective.iso)."))
        result.append(.separator)
        result.append(.heading(zh ? "来源" : "Sources"))
        result += sources.map { .source($0) }
        result.append(.box(title: zh ? "以当地规定为准" : "Local policy prevails", text: localPolicyNote))
        return result
    }

    static func isSourcesHeading(_ text: String) -> Bool {
        text == "来源" || text == "Sources"
    }
}
