import ScreenKit
import YibaoCore

/// A row of the Relatives screen's layout, before scrolling.
enum RelativesLine: Hashable, Sendable {
    case heading(LocalizedText)
    /// A quiet line under an empty section.
    case note(LocalizedText)
    /// Entry `index`: its first row (name, relation, ID), or its second (`detail`: form and date). The
    /// indexes count the bindings first, then the other relatives.
    case entry(Int, detail: Bool)
    case blank
}

/// The Relatives screen's layout, shared by `handle` (to keep the selection in view) and `render`.
extension RelativesScreen {
    /// The two sections, each a heading and its entries (two rows each) or a note when empty; then,
    /// when there are any, the other relatives (not bound now), each with why.
    func layout(_ all: [RelativeEntry], others: [OtherRelative], context: ScreenContext) -> [RelativesLine] {
        let pays = all.indices.filter { all[$0].direction == .ownerPays }
        let paidBy = all.indices.filter { all[$0].direction == .paysForOwner }
        var lines: [RelativesLine] = [
            .heading(.init(zh: "您为这些家人付款（\(pays.count) 位）", en: "You pay for these relatives (\(pays.count))"))
        ]
        if pays.isEmpty {
            lines.append(.note(.init(zh: "还没有。按 A 添加一位亲属。", en: "No one yet. Press A to add a relative.")))
        }
        for index in pays { lines += [.entry(index, detail: false), .entry(index, detail: true)] }
        lines.append(.blank)
        lines.append(
            .heading(.init(zh: "这些家人为您付款（\(paidBy.count) 位）", en: "These relatives pay for you (\(paidBy.count))")))
        if paidBy.isEmpty {
            lines.append(.note(.init(zh: "没有家人为您付款。", en: "No relative pays for you.")))
        }
        for index in paidBy { lines += [.entry(index, detail: false), .entry(index, detail: true)] }
        guard !others.isEmpty else { return lines }
        lines.append(.blank)
        lines.append(
            .heading(
                .init(
                    zh: "其他家人：现在没有和您绑定（\(others.count) 位）",
                    en: "Other relatives, not bound to you now (\(others.count))")))
        for index in others.indices {
            lines += [.entry(all.count + index, detail: false), .entry(all.count + index, detail: true)]
        }
        return lines
    }
}
