import Foundation
import YibaoCore
import YibaoData
import YibaoStore

/// The one place Yibao's records are changed and read, for the command line, the app and the kiosk
/// alike: typed operations over a `Store` and the rules of a `PolicyBook`, one transaction per intent
/// (decided by the model inside it), typed audit actions with the same words whoever asked, and one
/// consistent read for a screen's snapshot. Nothing else in Yibao calls the store to change it.
///
/// The policy is read only when an operation needs it, so reading commands (`ledger`, `export`) work
/// with the same files as before.
public final class HouseholdService {
    /// The store every operation goes through.
    public let store: any RecordStore
    private let loadPolicy: () throws -> PolicyBook
    private var loadedPolicy: PolicyBook?
    /// The insurance years without the whole policy (the app reads `regions.yaml` alone before its first
    /// screen); nil: from the policy.
    private let loadInsuranceYears: (() -> InsuranceYears)?
    /// The demo household's file (`demo/household.yaml`).
    let demoText: String?
    /// The real date, read at every change: a change dated after it is refused, and one dated before
    /// it is decided against every day up to it (`--date` moves what is read and the change's date,
    /// never this).
    public let today: @Sendable () -> CivilDate

    /// A service over `store` deciding by `policy`.
    public convenience init(
        store: any RecordStore, policy: PolicyBook, demoText: String? = HouseholdService.embeddedDemo,
        today: @escaping @Sendable () -> CivilDate = HouseholdService.localToday
    ) {
        self.init(store: store, policy: { policy }, demoText: demoText, today: today)
    }

    /// A service over `store` whose policy is read by `policy` the first time an operation needs it
    /// (a failure is thrown from that operation). `insuranceYears`, when given, must be the policy's
    /// own (`PolicyBook.insuranceYears`) read more cheaply: reads use it until the policy is loaded.
    public init(
        store: any RecordStore, policy: @escaping () throws -> PolicyBook,
        insuranceYears: (() -> InsuranceYears)? = nil, demoText: String? = HouseholdService.embeddedDemo,
        today: @escaping @Sendable () -> CivilDate = HouseholdService.localToday
    ) {
        self.store = store
        self.loadPolicy = policy
        self.loadInsuranceYears = insuranceYears
        self.demoText = demoText
        self.today = today
    }

    /// Today on the local calendar, from the system clock.
    public static let localToday: @Sendable () -> CivilDate = { LocalTime.now().date }

    /// The demo household built into the binary.
    public static var embeddedDemo: String? { EmbeddedFiles.all["demo/household.yaml"] }

    /// The rules, read once.
    public func policy() throws -> PolicyBook {
        if let loadedPolicy { return loadedPolicy }
        let policy = try loadPolicy()
        loadedPolicy = policy
        return policy
    }
}

extension HouseholdService {
    /// How each account's "this year" and "prior years" (历年) are counted: by the insurance year of the
    /// holder's region (`regions.yaml`). When the policy cannot be read, the calendar year (the operation
    /// that needs the policy says why).
    /// Without loading the whole policy when the service was given the years apart (the app: a read of
    /// Home after a change must not parse every table).
    public func insuranceYears() -> InsuranceYears {
        if loadedPolicy == nil, let loadInsuranceYears { return loadInsuranceYears() }
        return (try? policy())?.insuranceYears ?? .calendar
    }
}
