/// Where the insurance year (医保年度) does not start on 1 January, from `Data/policy/regions.yaml`
/// (`insurance_year_starts_month`; Shanghai: July to June, uncertain). "This year" and "prior years"
/// (历年) money of an account follow the year of the holder's region. The stores take it to sum each
/// account's year (`Household.countingInsuranceYears`); `.calendar` is the calendar year everywhere.
public struct InsuranceYears: Hashable, Sendable {
    /// The regional entries that set a start month (the others change nothing here).
    public var overrides: [RegionOverride]

    public init(overrides: [RegionOverride]) {
        self.overrides = overrides.filter { $0.insuranceYearStartMonth != nil }
    }

    /// The calendar year everywhere (no region data).
    public static let calendar = InsuranceYears(overrides: [])

    /// The first day of the insurance year containing `date` for a person insured in `region`: the 1st
    /// of the region's start month on or before `date` (the entry in force on `date` decides).
    public func start(for region: RegionCode, containing date: CivilDate) -> CivilDate {
        let month = overrides.isEmpty ? 1 : overrides.flags(for: region, on: date).insuranceYearStartMonth
        return CivilDate(year: date.month >= month ? date.year : date.year - 1, month: month, day: 1)!
    }
}

extension PolicyBook {
    /// Each region's insurance year, as `regions.yaml` gives it.
    public var insuranceYears: InsuranceYears { InsuranceYears(overrides: regionOverrides) }
}

extension InsuranceYears {
    /// Reads only `policy/regions.yaml` of `files` (paths relative to `Data/`). Nil when it is missing or
    /// wrong (the full load reports it). The app no longer calls this: its first screen takes the built-in
    /// file's entries compiled in at build time (`BuiltInPolicy`); the tests use it to check that the
    /// years read alone are the full load's.
    public static func load(files: [String: String]) -> InsuranceYears? {
        guard let overrides = try? PolicyBook.regionOverrides(files: files) else { return nil }
        return InsuranceYears(overrides: overrides)
    }
}
