import Foundation
import YibaoCore
import YibaoStore
import YibaoUI

/// The kiosk's services over the real store and the operator's file. The operator PIN is checked
/// against the file as it is now (so a new PIN works at once), or as it was at start if it cannot be
/// read any more.
struct KioskStoreServices: KioskServices {
    let store: Store
    let appData: StoreDataSource
    let configPath: String
    let config: KioskConfig

    func kioskSettings() throws -> KioskSettings {
        try store.kioskSettings()
    }

    func signIn(_ person: ResidentID, pin: KioskPin, at now: Moment) throws -> KioskSignInOutcome {
        try store.kioskSignIn(person, pin: pin, at: now)
    }

    func signOut(_ person: ResidentID, timedOut: Bool, at now: Moment) throws {
        try store.kioskSignOut(person, timedOut: timedOut, at: now)
    }

    func checkOperatorPin(_ pin: KioskPin?, at now: Moment) -> Bool {
        let current = (try? KioskConfig.load(path: configPath)) ?? config
        let accepted = pin.map { current.verifyExitPin($0) } ?? false
        try? store.recordKioskOperatorExit(accepted: accepted, at: now)
        return accepted
    }

    func clockText(_ moment: Moment) -> String {
        let parts = Calendar.current.dateComponents([.hour, .minute], from: Date(timeIntervalSince1970: moment.seconds))
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
