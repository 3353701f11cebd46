import YibaoCore

/// A full-screen message at the kiosk, calm and in both languages, with what to do next.
public struct KioskNotice: Hashable, Sendable {
    /// What it is about.
    public enum Kind: Hashable, Sendable {
        /// Too many wrong PINs (now or before): when to come back.
        case locked
        /// No PIN set for the ID: ask staff.
        case noPin
        /// The store failed: try again or ask staff.
        case problem
        /// How the kiosk is used (? or F1 on the welcome and sign-in screens).
        case help
    }

    public var kind: Kind
    public var title: LocalizedText
    public var message: LocalizedText

    public init(kind: Kind, title: LocalizedText, message: LocalizedText) {
        self.kind = kind
        self.title = title
        self.message = message
    }
}

/// What a kiosk visitor is told when the store cannot be used (read-only, full, damaged): calm words,
/// no path, no command. The details go to the operator's log.
public struct KioskOutOfService: UserFacingError, Equatable {
    public init() {}
    public var message: LocalizedText { KioskWords.outOfService }
}
