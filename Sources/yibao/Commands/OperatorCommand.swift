import ArgumentParser
import Foundation
import YibaoCore
import YibaoService
import YibaoStore

/// `yibao operator …`: the kiosk operator's tools: PINs, unlocking, settings, the audit trail and
/// the operator's own exit PIN. See docs/kiosk-operator.md.
struct OperatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operator", abstract: "Kiosk operator tools: PINs, unlock, settings, audit, exit PIN, setting up.",
        subcommands: [
            OperatorPinCommand.self, OperatorUnlockCommand.self, OperatorSettingsCommand.self,
            OperatorAuditCommand.self, OperatorExitPinCommand.self, OperatorSetupKioskCommand.self,
        ])
}

extension Context {
    /// The present moment, for kiosk records (the lock's time and the audit row's).
    var now: Moment { Moment(Date()) }

    /// The person `--person` names, who must be in the store.
    func existingPerson(_ text: String, in service: HouseholdService) throws -> ResidentID {
        let id = try residentID(text, option: "--person")
        guard try perform({ try service.person(id) }) != nil else {
            throw Refused(KioskRefusal.unknownPerson(masked: id.masked))
        }
        return id
    }
}
