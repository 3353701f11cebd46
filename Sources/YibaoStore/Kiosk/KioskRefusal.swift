import YibaoCore

/// An operator's kiosk command that cannot be carried out, said in words.
public enum KioskRefusal: UserFacingError, Equatable {
    /// The ID is not in the store.
    case unknownPerson(masked: String)
    /// The person has no kiosk PIN to reset or unlock.
    case noPin(masked: String)

    public var message: LocalizedText {
        switch self {
        case .unknownPerson(let id):
            return .init(
                zh: "仓库里没有这个人：\(id)。请先用 yibao person add 添加。什么都没有改动。",
                en: "No one with ID \(id) is in the store. Add them first with `yibao person add`. Nothing was changed.")
        case .noPin(let id):
            return .init(
                zh: "\(id) 还没有设置自助机密码。可以用 yibao operator pin set --person 设置。什么都没有改动。",
                en: "\(id) has no kiosk PIN yet. Set one with `yibao operator pin set --person`. Nothing was changed.")
        }
    }
}
