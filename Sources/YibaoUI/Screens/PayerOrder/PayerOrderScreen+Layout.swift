import ScreenKit
import YibaoCore

/// The payer-order screen's layout: the lines above and below the list and the rows the list gets.
/// Pure and shared: `handle` uses it to scroll the list, `render` to draw; it only reads the state
/// (the example is worked out beforehand, in `refreshExample`), so neither runs the engine.
extension PayerOrderScreen {
    /// A line of text with its role.
    struct Line {
        var text: String
        var style: Style
    }

    /// The fewest list rows (header and two accounts) kept when the text around the list is long.
    static let minimumListHeight = 3

    /// Rows the list may use (header included): all it needs, unless the text around it is long.
    func listHeight(areaHeight: Int, top: Int, bottom: Int) -> Int {
        let wanted = rowCount + 1
        let room = areaHeight - top - bottom
        return max(PayerOrderScreen.minimumListHeight, min(wanted, room))
    }

    /// Account rows visible in the window of `context` (for scrolling in `handle`).
    func visibleListRows(_ context: ScreenContext) -> Int {
        let area = context.contentArea
        let top = topLines(context, width: area.width).count
        let bottom = bottomLines(context, width: area.width).count
        return max(1, listHeight(areaHeight: area.height, top: top, bottom: bottom) - 1)
    }

    func topLines(_ context: ScreenContext, width: Int) -> [Line] {
        guard let beneficiary else { return [] }
        let heading = PayerOrderWords.heading(
            context.displayName(beneficiary), position: beneficiaryIndex + 1, of: beneficiaries.count)
        var lines = wrap(heading, style: .title, context: context, width: width)
        lines += wrap(PayerOrderWords.instructions, style: .normal, context: context, width: width)
        lines.append(Line(text: "", style: .normal))
        return lines
    }

    func bottomLines(_ context: ScreenContext, width: Int) -> [Line] {
        guard let beneficiary else { return [] }
        var lines = [Line(text: "", style: .normal)]
        lines += hasUnsavedChanges
            ? wrap(PayerOrderWords.unsaved, style: .warning, context: context, width: width)
            : wrap(PayerOrderWords.savedState, style: .success, context: context, width: width)
        if let sentence = exampleSentence(context) {
            lines.append(Line(text: "", style: .normal))
            lines += wrap(PayerOrderWords.exampleHeading(exampleAmount), style: .normal, context: context, width: width)
            lines += TextWrap.lines(sentence, width: max(1, width - 2)).map { Line(text: "  " + $0, style: .amount) }
            if ownBalanceUnknown(context) {
                lines += wrap(
                    PayerOrderWords.ownBalanceUnknown(context.displayName(beneficiary)), style: .dim, context: context,
                    width: width)
            }
        }
        if let region = onePayerRegionName(context) {
            lines.append(Line(text: "", style: .normal))
            let rule = PayerOrderWords.onePayerRule(context.displayName(beneficiary), region: region)
            lines += wrap(rule, style: .warning, context: context, width: width)
        }
        return lines
    }

    func wrap(_ text: LocalizedText, style: Style, context: ScreenContext, width: Int) -> [Line] {
        TextWrap.lines(context.text(text), width: max(1, width)).map { Line(text: $0, style: style) }
    }
}
