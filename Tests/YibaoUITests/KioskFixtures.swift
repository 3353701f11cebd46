import Foundation
import ScreenKit
import TestSupport
import Testing
import YibaoCore

@testable import YibaoUI

/// The kiosk tests' world: the Relatives family (张建国 pays for his wife, mother and daughter; his son
/// pays for him) plus a stranger, 陈美华, with an account of her own; PINs in memory; a clock the
/// test moves by hand.
enum KioskFixture {
    typealias R = RelativesFixtures

    static let owner = R.owner
    static let stranger = R.id("110101", "19700101", "028")
    static let ownerPin = "1234"
    static let strangerPin = "246810"
    static let operatorPin = "9876"
    /// 2026-02-01 09:30:00 UTC.
    static let start = Moment(seconds: 1_769_938_200)

    static var household: Household {
        var household = R.household
        household.persons[stranger] = Person(id: stranger, name: "陈美华", scheme: .employee, region: R.region)
        household.accounts[stranger] = AccountTotals(
            account: stranger, balance: Money(fen: 987_654), balanceAtStartOfYear: Money(fen: 900_000))
        return household
    }

    static func environment(charset: Charset = .unicode) -> UIEnvironment {
        R.environment(charset: charset, kiosk: true)
    }

    static func services() -> MemoryKioskServices {
        MemoryKioskServices(
            appData: FirstRunMemoryData(household: household, owner: owner),
            pins: [owner: ownerPin, stranger: strangerPin])
    }

    /// A kiosk on its welcome screen.
    static func state(language: Language = .zhHans, size: Size = Size(columns: 80, rows: 24)) -> KioskState {
        var state = KioskState(language: language, size: size)
        state.clockText = "09:30"
        return state
    }

    /// Sends events through `updateKiosk` at `now`, carrying out the effects with `services` as the
    /// runtime does; returns every effect asked for.
    @discardableResult
    static func send(
        _ events: [KioskEvent], _ state: inout KioskState, at now: Moment, services: MemoryKioskServices? = nil,
        environment: UIEnvironment = environment()
    ) -> [KioskEffect] {
        var queue = events
        var all: [KioskEffect] = []
        while !queue.isEmpty {
            let effects = updateKiosk(&state, queue.removeFirst(), now: now, environment: environment)
            all += effects
            guard let services else { continue }
            for effect in effects {
                if let event = services.perform(effect, state: state, now: now, environment: environment) {
                    queue.append(event)
                }
            }
        }
        return all
    }

    static func keys(_ text: String) -> [KioskEvent] { text.map { .key(.char($0)) } }

    /// A tick at `now` (the loop's clock read `now`), through `updateKiosk` like any event.
    @discardableResult
    static func tick(
        _ state: inout KioskState, at now: Moment, services: MemoryKioskServices? = nil,
        environment: UIEnvironment = environment()
    ) -> [KioskEffect] {
        send([.tick(ClockReading(now))], &state, at: now, services: services, environment: environment)
    }

    /// The key that signs out of a session, as the keymap says.
    static let signOutKey = Keymap.standard.bindings.first { $0.1 == .signOut }!.0

    /// From the welcome screen to a signed-in session of `person` with `pin`.
    static func signIn(
        _ state: inout KioskState, person: ResidentID = owner, pin: String = ownerPin, at now: Moment = start,
        services: MemoryKioskServices
    ) -> [KioskEffect] {
        send([.key(.enter)] + keys(person.value) + [.key(.enter)] + keys(pin) + [.key(.enter)], &state, at: now, services: services)
    }

    static func text(_ state: KioskState, environment: UIEnvironment = environment()) -> String {
        renderKiosk(state, environment: environment).text
    }
}

/// Kiosk services in memory: PINs compared in clear (the store's hashing has its own tests), locks
/// decided by the real `KioskSignIn`, and every sign-out and operator attempt recorded.
final class MemoryKioskServices: KioskServices, @unchecked Sendable {
    let appData: FirstRunMemoryData
    var settings = KioskSettings.standard
    var pins: [ResidentID: String]
    var locks: [ResidentID: KioskLockState] = [:]
    var operatorPin = KioskFixture.operatorPin
    private(set) var signOuts: [(person: ResidentID, timedOut: Bool)] = []
    private(set) var operatorAttempts: [Bool] = []
    var failSignIn = false

    init(appData: FirstRunMemoryData, pins: [ResidentID: String]) {
        self.appData = appData
        self.pins = pins
    }

    func kioskSettings() throws -> KioskSettings { settings }

    func signIn(_ person: ResidentID, pin: KioskPin, at now: Moment) throws -> KioskSignInOutcome {
        if failSignIn { throw HouseholdError.amountNotPositive }
        guard let stored = pins[person] else { return .noPin }
        let attempt = KioskSignIn.attempt(locks[person] ?? .clear, now: now, settings: settings) { stored == pin.digits }
        locks[person] = attempt.state
        return attempt.outcome
    }

    func signOut(_ person: ResidentID, timedOut: Bool, at now: Moment) throws {
        signOuts.append((person, timedOut))
    }

    func checkOperatorPin(_ pin: KioskPin?, at now: Moment) -> Bool {
        let accepted = pin?.digits == operatorPin
        operatorAttempts.append(accepted)
        return accepted
    }

    /// UTC, so the tests do not depend on the machine's time zone.
    func clockText(_ moment: Moment) -> String {
        let minutes = Int(moment.seconds) / 60 % (24 * 60)
        return String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// What the kiosk's program performs, for update-level tests: `KioskProgram.perform` itself.
    func perform(_ effect: KioskEffect, state: KioskState, now: Moment, environment: UIEnvironment) -> KioskEvent? {
        KioskProgram(services: self, environment: environment).perform(effect, state: state, now: ClockReading(now)).first
    }
}
