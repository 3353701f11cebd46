import Yams

/// The limits on moving money into a relative's medical insurance wallet (医保钱包) in the 2025 wallet
/// period (REFERENCE §1.7, model B): each amount set aside across provinces is a transfer.
public struct WalletLimits: Hashable, Sendable {
    /// The most one transfer may move.
    public var perTransfer: Money
    /// How many transfers one wallet may send a day.
    public var perDay: Int
    /// When no transfer may be made, in words (the model has no clock time).
    public var quietHours: LocalizedText

    public init(perTransfer: Money, perDay: Int, quietHours: LocalizedText) {
        self.perTransfer = perTransfer
        self.perDay = perDay
        self.quietHours = quietHours
    }
}

extension PolicyReader {
    static let walletKeys: Set<String> = ["per_transfer", "per_day", "quiet_hours"]

    func walletLimits(_ node: Node) throws(PolicyFileError) -> WalletLimits {
        let map = try mapping(node, what: "wallet_transfers")
        try map.allowOnly(PolicyReader.walletKeys)
        return WalletLimits(
            perTransfer: try money(try map.required("per_transfer"), what: "per_transfer"),
            perDay: try int(try map.required("per_day"), what: "per_day", range: 1...99),
            quietHours: try text(try map.required("quiet_hours"), what: "quiet_hours"))
    }
}
