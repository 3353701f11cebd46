/// One line of the audit trail: when a change was saved, what it was, and its changes as JSON.
public struct AuditEntry: Hashable, Sendable, Codable, Identifiable {
    public var id: Int64
    /// When it was saved: ISO 8601 in UTC with milliseconds, e.g. `2025-03-01T08:15:30.123Z`.
    public var at: String
    /// A short machine-readable name of the action, e.g. `bind` or `pay`.
    public var action: String
    /// One human sentence saying what happened.
    public var summary: String
    /// The changes written, as a JSON array (see `ChangeRecord`).
    public var detail: String

    public init(id: Int64, at: String, action: String, summary: String, detail: String) {
        self.id = id
        self.at = at
        self.action = action
        self.summary = summary
        self.detail = detail
    }
}
