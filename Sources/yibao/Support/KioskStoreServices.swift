import Foundation
import YibaoCore
import YibaoService
import YibaoUI

/// The kiosk's services over the household service and the operator's file. The operator PIN is
/// checked against the file as it is now (so a new PIN works at once), or as it was at start if it
/// cannot be read any more.
struct KioskStoreServices: KioskServices {
    let appData: StoreDataSource
    let configPath: String
    let config: KioskConfig

    private var service: HouseholdService { appData.service }

    func kioskSettings() throws -> KioskSettings {
        try service.kioskSettings()
    }

    func signIn(_ person: ResidentID, pin: KioskPin, at now: Moment) throws -> KioskSignInOutcome {
        try service.kioskSignIn(person, pin: pin, at: now)
    }

    func signOut(_ person: ResidentID, timedOut: Bool, at now: Moment) throws {
        try service.kioskSignOut(person, timedOut: timedOut, at: now)
    }

    func checkOperatorPin(_ pin: KioskPin?, at now: Moment) -> Bool {
        let current = (try? KioskConfig.load(path: configPath)) ?? config
        let accepted = pin.map { current.verifyExitPin($0) } ?? false
        try? service.recordKioskOperatorExit(accepted: accepted, at: now)
        return accepted
    }

    func clockText(_ moment: Moment) -> String {
        let local = LocalTime(secondsSince1970: moment.seconds)
        return (local.hour < 10 ? "0" : "") + "\(local.hour):" + (local.minute < 10 ? "0" : "") + "\(local.minute)"
    }
}
