import Foundation
import YibaoCore
import YibaoService
import YibaoStore
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
        do {
            return try service.kioskSignIn(person, pin: pin, at: now, terminal: KioskStoreServices.terminalName)
        } catch let error as StoreError {
            // The visitor reads a calm "out of service"; the path and the reason go to the operator.
            OperatorLog.write("sign-in could not be recorded: " + error.message.en)
            throw KioskOutOfService()
        }
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

    /// Which terminal wrong PINs are counted against: `$YIBAO_KIOSK_TERMINAL` when set, else the host's
    /// name (the same after a restart, so a terminal lock survives one).
    static var terminalName: String {
        if let named = Environment.variables["YIBAO_KIOSK_TERMINAL"], !named.isEmpty { return named }
        return ProcessInfo.processInfo.hostName
    }

    func clockText(_ moment: Moment) -> String {
        let local = LocalTime(secondsSince1970: moment.seconds)
        return (local.hour < 10 ? "0" : "") + "\(local.hour):" + (local.minute < 10 ? "0" : "") + "\(local.minute)"
    }
}
