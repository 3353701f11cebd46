import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

/// Audit actions are typed; the strings saved in the file stay what older versions wrote.
@Suite("Typed audit actions")
struct AuditActionTests {
    typealias F = Fixtures

    @Test("every action written by a change reads back as the same typed action")
    func roundTrip() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let service = try F.service(in: dir)
        try service.addPerson(F.owner, openingBalance: Money(fen: 50_000), asOf: F.today)
        try service.addPerson(F.mother, openingBalance: nil, asOf: F.today)
        try service.bind(payer: F.owner.id, beneficiary: F.mother.id, relation: .mother, quota: nil, asOf: F.today)
        try service.setPayerOrder(beneficiary: F.mother.id, order: [F.owner.id], asOf: F.today)
        try service.credit(account: F.owner.id, amount: Money(fen: 100), asOf: F.today)
        try service.pay(beneficiary: F.mother.id, amount: Money(fen: 2_000), asOf: F.today)
        try service.unbind(payer: F.owner.id, beneficiary: F.mother.id, asOf: F.today)
        try service.setKioskPin(try KioskPin("3958"), for: F.owner.id, at: Moment(seconds: 0), hasher: PinHasher())
        let rows = try service.audit(limit: 100).reversed()
        #expect(
            rows.map(\.auditAction) == [.personAdd, .personAdd, .bind, .order, .credit, .pay, .unbind, .kioskPinSet])
        for row in rows {
            #expect(row.auditAction?.rawValue == row.action)
        }
    }

    @Test("the saved strings are those older versions wrote, so their audit trails read the same")
    func storedStringsUnchanged() {
        let written: [String: AuditAction] = [
            "person.add": .personAdd, "bind": .bind, "unbind": .unbind, "order": .order, "pay": .pay,
            "credit": .credit, "demo.person": .demoPerson, "bulkInsertLedger": .bulkInsertLedger,
            "kiosk.sign_in": .kioskSignIn, "kiosk.pin_failed": .kioskFailedPin, "kiosk.lockout": .kioskLockout,
            "kiosk.unlock": .kioskUnlock, "kiosk.pin_set": .kioskPinSet, "kiosk.pin_reset": .kioskPinReset,
            "kiosk.settings": .kioskSettings, "kiosk.sign_out": .kioskSignOut,
            "kiosk.operator_exit": .kioskOperatorExit, "kiosk.operator_exit_refused": .kioskOperatorExitRefused,
            "kiosk.terminal_lockout": .kioskTerminalLockout,
        ]
        for (text, action) in written {
            #expect(AuditAction(rawValue: text) == action, "\(text)")
        }
        #expect(Set(AuditAction.kiosk.map(\.rawValue)) == Set(written.keys.filter { $0.hasPrefix("kiosk.") }))
        #expect(AuditEntry(id: 1, at: "", action: "something.new", summary: "", detail: "[]").auditAction == nil)
    }
}
