import ScreenKit
import YibaoCore

extension AddRelativeScreen {
    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let intro = LocalizedText(
            zh: "请填写您要为其付款的家人。带 [!] 的地方需要修改。", en: "About the relative you will pay for. Fix anything marked [!].")
        buffer.put(context.text(intro), x: area.x, y: area.y, maxWidth: area.width, style: .normal)
        // One blank row under the introduction when there is room for it.
        let rest = form.area(belowIntroIn: area)
        form.render(in: rest, into: &buffer, context: context)
    }
}
