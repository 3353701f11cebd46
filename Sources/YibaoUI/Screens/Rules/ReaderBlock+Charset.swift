import ScreenKit

extension ReaderBlock {
    /// The block with its words in the drawing set's punctuation (`Charset.prose`): a rule page's
    /// “quotes” become 「quotes」 in the narrow-safe set, before the page is laid out.
    func prose(_ charset: Charset) -> ReaderBlock {
        guard charset == .ascii else { return self }
        switch self {
        case .title(let text): return .title(charset.prose(text))
        case .heading(let text): return .heading(charset.prose(text))
        case .paragraph(let text): return .paragraph(charset.prose(text))
        case .strong(let text): return .strong(charset.prose(text))
        case .listItem(let text): return .listItem(charset.prose(text))
        case .source(let text): return .source(charset.prose(text))
        case .small(let text): return .small(charset.prose(text))
        case .warning(let text): return .warning(charset.prose(text))
        case .box(let title, let text): return .box(title: charset.prose(title), text: charset.prose(text))
        case .separator: return .separator
        }
    }
}
