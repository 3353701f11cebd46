import ArgumentParser
import ScreenKit
import YibaoCore
import YibaoService

/// `yibao ledger [--person ID] [--json]`: every line of an account, newest first.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger", abstract: "List an account's ledger, newest first.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Whose account (ID number); default: the store's owner.") var person: String?
    @Option(help: "Show at most this many lines.") var limit: Int?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let context = try Context(global)
        if let limit, limit < 1 { throw UsageError("--limit must be 1 or more") }
        let service = try context.openService()
        let who = try context.personOrOwner(person, in: service)
        let names = Dictionary(uniqueKeysWithValues: try perform { try service.persons() }.map { ($0.id, $0.name) })
        let entries = try perform { try service.ledger(of: who.id, offset: 0, limit: limit ?? Int.max) }
        if json {
            try printJSON(
                entries.map { e in
                    var row: [String: Any] = [
                        "id": e.id, "date": e.date.iso, "kind": e.kind.rawValue, "amount_fen": e.amount.fen,
                        "note": e.note,
                    ]
                    if let other = e.counterparty { row["counterparty"] = other.value }
                    return row
                })
            return
        }
        if entries.isEmpty {
            print(context.text(LocalizedText(zh: "没有账目。", en: "No ledger lines.")))
        }
        for e in entries {
            var detail = Sanitizer.inert(LedgerNote.text(e.note, language: context.language))
            if let other = e.counterparty {
                let name = Sanitizer.inert(names[other] ?? other.masked)
                detail = detail.isEmpty ? name : "\(name) \(detail)"
            }
            let kind = context.text(e.kind.name)
            print("\(e.date.iso)  \(pad(kind, 14))  \(leftPad(e.amount.formatted, 14))  \(detail)")
        }
    }
}

/// Pads to a display width (a Chinese character takes two columns).
func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - displayWidth(text)))
}

func leftPad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - displayWidth(text))) + text
}
