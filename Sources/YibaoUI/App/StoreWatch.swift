import YibaoCore

/// What the loop's once-a-second look at the store found: its change mark (nil: the store cannot
/// tell), or that the store cannot be reached just now (a fleet's PostgreSQL server away), with the
/// words every screen shows until it is back.
public enum StoreWatch: Hashable, Sendable {
    case mark(Int64?)
    case away(LocalizedText)
}

/// Words for the store coming and going (a fleet's server).
enum StoreWatchWords {
    static let back = LocalizedText(
        zh: "共用的数据服务器已恢复，屏幕上的信息是最新的。",
        en: "The shared data server is back; what you see is up to date.")
}
