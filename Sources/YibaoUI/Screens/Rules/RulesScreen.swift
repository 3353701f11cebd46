import ScreenKit
import YibaoCore

/// Placeholder until the screen is built.
public struct RulesScreen: ScreenState {
    public init(context: ScreenContext) {}
    public func title(_ context: ScreenContext) -> LocalizedText { .init(zh: "Rules", en: "Rules") }
    public func hints(_ context: ScreenContext) -> [Command] { [] }
    public func helpText(_ context: ScreenContext) -> LocalizedText { .init(zh: "", en: "") }
    public mutating func handle(_ key: Key, command: Command?, context: ScreenContext) -> [Action] {
        command == .back ? [.pop] : []
    }
    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {}
}
