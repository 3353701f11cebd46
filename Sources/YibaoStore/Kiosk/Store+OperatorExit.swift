import Foundation
import GRDB
import YibaoCore

extension Store {
    /// Records an attempt to leave the kiosk with the operator key sequence: `kiosk.operator_exit`
    /// when the operator PIN was right, `kiosk.operator_exit_refused` when not. Never the PIN.
    public func recordKioskOperatorExit(accepted: Bool, at now: Moment) throws(StoreError) {
        do {
            try withRetry { db in
                try Store.record(db, at: now, .operatorExit(accepted: accepted))
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .unexpected(detail: String(describing: error))
        }
    }
}
