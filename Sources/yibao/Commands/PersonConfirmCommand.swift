import ArgumentParser
import YibaoCore
import YibaoService

extension PersonCommand {
    /// How a person added at a kiosk and not yet confirmed is marked in `person list`.
    static let unconfirmedMark = LocalizedText(zh: "  [自助机添加，待核实]", en: "  [added at a kiosk, unconfirmed]")

    /// `yibao person confirm --person ID`: confirms, as it is, a person a kiosk visitor added.
    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Confirm a person added at a kiosk (after checking their papers), as they are.",
            discussion: """
                A relative added at a kiosk is unconfirmed: they cannot pay for anyone or have a kiosk PIN. \
                Confirm them as they are with this command, or replace their details with `yibao person add` \
                (which confirms them too).
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "The person's ID number.") var person: String

        func run() throws {
            let context = try Context(global)
            let service = try context.openService()
            let id = try context.residentID(person, option: "--person")
            try perform { try service.confirmPerson(id, asOf: context.today) }
            print(context.text(LocalizedText(zh: "已核实：\(id.masked)", en: "Confirmed: \(id.masked)")))
        }
    }
}
