import Foundation
import YibaoCore

/// A `Change` as it is written into the audit trail's JSON: `{"op": "addPerson", "person": {…}}`.
package struct ChangeRecord: Codable, Equatable {
    var op: String
    var person: Person?
    var binding: Binding?
    var payer: String?
    var beneficiary: String?
    var payerOrder: PayerOrder?
    var entry: LedgerEntry?
    var event: PersonEvent?
    var ended: BindingEnd?

    init(_ change: Change) {
        switch change {
        case .addPerson(let person):
            op = "addPerson"
            self.person = person
        case .updatePerson(let person):
            op = "updatePerson"
            self.person = person
        case .addBinding(let binding):
            op = "addBinding"
            self.binding = binding
        case .removeBinding(let payer, let beneficiary):
            op = "removeBinding"
            self.payer = payer.value
            self.beneficiary = beneficiary.value
        case .setPayerOrder(let order):
            op = "setPayerOrder"
            payerOrder = order
        case .addLedgerEntry(let entry):
            op = "addLedgerEntry"
            self.entry = entry
        case .recordPersonEvent(let event):
            op = "recordPersonEvent"
            self.event = event
        case .recordBindingEnd(let end):
            op = "recordBindingEnd"
            ended = end
        case .markPending(let person):
            op = "markPending"
            beneficiary = person.value
        case .confirmPerson(let person):
            op = "confirmPerson"
            beneficiary = person.value
        }
    }

    /// The JSON array of `changes`, keys sorted so equal changes give equal text.
    package static func json(_ changes: [Change]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(changes.map(ChangeRecord.init)) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}
