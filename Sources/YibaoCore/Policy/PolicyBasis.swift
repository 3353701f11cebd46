/// Where a policy entry comes from and how sure we are of it: every entry in `Data/policy` has one.
public struct PolicyBasis: Hashable, Sendable {
    /// The first day the entry applies.
    public var effectiveFrom: CivilDate
    /// The document or report the entry rests on, as written in the file.
    public var source: String
    public var certainty: Certainty
    /// A short remark for people (what is unclear, what to check locally), when the file has one.
    public var note: LocalizedText?

    public init(effectiveFrom: CivilDate, source: String, certainty: Certainty, note: LocalizedText? = nil) {
        self.effectiveFrom = effectiveFrom
        self.source = source
        self.certainty = certainty
        self.note = note
    }
}

/// How well a policy entry is established (see the tags in the domain reference).
public enum Certainty: String, CaseIterable, Sendable, Codable {
    /// Set by the State Council, NHSA, MoF or national law.
    case national
    /// A local (province or city) rule from an official local source.
    case regional
    /// Found only in press or local reprints; numbers and dates usually reliable.
    case secondary
    /// Many places do this, or a national deadline by which all had; the local date may be earlier.
    case common
    /// Not confirmed: a hypothesis to check with the local office or the 12393 hotline.
    case uncertain

    public var name: LocalizedText {
        switch self {
        case .national: return .init(zh: "国家规定", en: "national rule")
        case .regional: return .init(zh: "地方规定", en: "local rule")
        case .secondary: return .init(zh: "据媒体转载", en: "from press reports")
        case .common: return .init(zh: "多数地方如此，以当地为准", en: "common practice; check locally")
        case .uncertain: return .init(zh: "尚未确认", en: "not confirmed")
        }
    }
}

extension PolicyReader {
    static let basisKeys: Set<String> = ["effective_from", "source", "certainty", "note"]

    /// Reads `effective_from`, `source`, `certainty` (default `given`) and `note` from an entry.
    func basis(_ map: PolicyMapping, defaultCertainty: Certainty) throws(PolicyFileError) -> PolicyBasis {
        let date = try self.date(try map.required("effective_from"), what: "effective_from")
        let source = try string(try map.required("source"), what: "source")
        let certainty = try map.optional("certainty").map { (n) throws(PolicyFileError) in try self.certainty(n) }
        let note = try map.optional("note").map { (n) throws(PolicyFileError) in try text(n, what: "note") }
        return PolicyBasis(
            effectiveFrom: date, source: source, certainty: certainty ?? defaultCertainty, note: note)
    }
}
