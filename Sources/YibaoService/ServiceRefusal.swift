import YibaoCore

/// What the service itself refuses (the model's and the store's refusals pass through unchanged).
public enum ServiceRefusal: UserFacingError, Equatable {
    /// The demo household goes only into a store with no one in it.
    case demoNeedsEmptyStore
    /// The demo household's file is not in this build.
    case demoMissing
    /// The demo household's file is wrong (`detail` says where and why).
    case demoFile(detail: String)
    /// A change's decision did not run (cannot happen unless the store skipped it).
    case nothingDecided

    public var message: LocalizedText {
        switch self {
        case .demoNeedsEmptyStore:
            return .init(
                zh: "这个仓库里已经有数据，示例家庭只能放进空仓库。",
                en: "This store already has data; the demo household goes only into an empty store.")
        case .demoMissing:
            return .init(zh: "缺少示例数据。", en: "The demo data is missing.")
        case .demoFile(let detail):
            return .init(
                zh: "政策文件有误，未作任何更改：\(detail)", en: "A policy file is wrong; nothing was changed: \(detail)")
        case .nothingDecided:
            return .init(
                zh: "这次修改没有被处理，没有保存任何内容。请再试一次。",
                en: "The change was not decided, so nothing was saved. Please try again.")
        }
    }
}
