import YibaoCore
import YibaoService
import YibaoStore
import YibaoUI

/// The app's `AppDataSource` over the service: a thin adapter with no store calls of its own. Every
/// snapshot is the service's one consistent read; every change is one service call (one transaction).
final class StoreDataSource: AppDataSource {
    let service: HouseholdService
    /// Home's data read ahead (while the data files were still being parsed), given out once by the
    /// first `snapshot(asOf:)` for that date.
    private var prefetched: AppSnapshot?
    /// At a kiosk a store failure is told to the visitor as "out of service" (`KioskOutOfService`), its
    /// details written to the operator's log.
    var kiosk = false

    init(service: HouseholdService, prefetched: AppSnapshot? = nil) {
        self.service = service
        self.prefetched = prefetched
    }

    /// The data source over a service on `store` deciding by `policy`.
    convenience init(store: any RecordStore, policy: PolicyBook, prefetched: AppSnapshot? = nil) {
        self.init(service: HouseholdService(store: store, policy: policy), prefetched: prefetched)
    }

    /// The data source over a service on `store` whose policy is read the first time a change needs it;
    /// its reads count each account's year by `insuranceYears` (regions.yaml's entries alone) until then.
    convenience init(
        store: any RecordStore, policy: Deferred<PolicyBook>, insuranceYears: Deferred<InsuranceYears>,
        prefetched: AppSnapshot? = nil
    ) {
        self.init(
            service: HouseholdService(
                store: store, policy: { policy.value }, insuranceYears: { insuranceYears.value }),
            prefetched: prefetched)
    }

    func snapshot(asOf date: CivilDate) throws -> AppSnapshot {
        if let ready = prefetched {
            prefetched = nil
            if ready.household.date == date { return ready }
        }
        return try service.snapshot(asOf: date)
    }

    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry] {
        try service.ledger(of: account, offset: offset, limit: limit)
    }

    func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome {
        do {
            return try service.apply(request, asOf: date, atKiosk: kiosk)
        } catch let error as StoreError where kiosk {
            OperatorLog.write("a kiosk change could not be saved: " + error.message.en)
            throw KioskOutOfService()
        }
    }

    /// Moves when another process commits to the store (`HouseholdService.changeMark()`), for the loop's
    /// "store changed" event.
    func changeMark() -> Int64? {
        try? service.changeMark()
    }

    /// The mark, or the fleet's server away (in words that never hold its password).
    func watchStore() -> StoreWatch {
        do { return .mark(try service.changeMark()) } catch let error as StoreError {
            if case .serverUnreachable = error { return .away(StoreError.serverAwayStatus) }
            return .mark(nil)
        } catch {
            return .mark(nil)
        }
    }

    func rememberLanguage(_ language: Language) {
        service.rememberLanguage(language)
    }
}
