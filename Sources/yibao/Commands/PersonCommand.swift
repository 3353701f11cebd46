import ArgumentParser
import ScreenKit
import YibaoCore
import YibaoService

/// `yibao person add|list`.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "Add, list or edit the people in the store; record a death.",
        subcommands: [Add.self, List.self, Edit.self, Died.self, Confirm.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person (yourself with --me, or a relative).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Full name.") var name: String
        @Option(help: "Resident ID number (18 characters).") var id: String
        @Option(help: "Insurance: employee (职工医保), resident (居民医保), employee_no_account (职工医保 without a personal account, e.g. Shenzhen tiers 2 and 3) or none.") var scheme: String
        @Option(help: "Insured region, a 6-digit area code such as 110000.") var region: String
        @Option(help: "Current personal-account balance (employee insurance only).") var balance: String?
        @Flag(help: "This person is the store's owner: the one the app opens for.") var me = false
        @Option(help: "Retired on this day (YYYY-MM-DD): credits follow the retirees' rule.") var retired: String?
        @Flag(help: "Still working (the default).") var working = false
        @Option(help: "Monthly contribution base (缴费基数) while in service, e.g. 8000.") var contributionBase: String?

        func run() throws {
            let context = try Context(global)
            let id = try context.residentID(self.id, option: "--id")
            let scheme = try PersonCommand.scheme(scheme)
            let catalog = try context.policy().regionCatalog
            let region = try context.region(self.region, catalog: catalog)
            let opening = try balance.map { try context.money($0, option: "--balance") }
            let retiredOn = try PersonCommand.retirement(retired: retired, working: working) ?? nil
            let base = try contributionBase.map { try context.money($0, option: "--contribution-base") }
            if let base, !Household.plausibleBase.contains(base) { throw Refused(LifeEventError.implausibleBase(base)) }
            if let retiredOn, retiredOn > context.today || retiredOn < id.birthDate {
                throw UsageError("--retired must be a day between the birth date and today")
            }
            let person = Person(
                id: id, name: name, scheme: scheme, region: region, isOwner: me, retiredOn: retiredOn,
                contributionBase: base)
            let service = try context.openService()
            try perform { try service.addPerson(person, openingBalance: opening, asOf: context.today) }
            let place = catalog.describe(region)
            printText(
                context.text(
                    LocalizedText(
                        zh: "已添加：\(name)（\(id.masked)），参保地 \(place.zh)",
                        en: "Added: \(name) (\(id.masked)), insured in \(place.en)")))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List everyone in the store.")
        @OptionGroup var global: GlobalOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let context = try Context(global)
            let service = try context.openService()
            let people = try perform { try service.persons() }
            let pending = try perform { try service.pendingPersons() }
            let catalog = try context.policy().regionCatalog
            if json {
                try printJSON(
                    people.map {
                        var row: [String: Any] = [
                            "id": $0.id.value, "name": $0.name, "scheme": $0.scheme.rawValue,
                            "region": $0.region.code, "regionName": catalog.words($0.region).text(context.language),
                            "owner": $0.isOwner,
                        ]
                        if pending.contains($0.id) { row["pending"] = true }
                        return row
                    })
                return
            }
            if people.isEmpty {
                print(context.text(LocalizedText(zh: "仓库里还没有人。", en: "No one is in the store yet.")))
            }
            for p in people {
                var owner = p.isOwner ? context.text(LocalizedText(zh: "  [我]", en: "  [me]")) : ""
                if pending.contains(p.id) { owner += context.text(PersonCommand.unconfirmedMark) }
                print(
                    "\(p.id.masked)  \(Sanitizer.inert(p.name))  \(context.text(p.scheme.name))  \(p.region.code) "
                        + "\(context.text(catalog.words(p.region)))\(owner)"
                )
            }
        }
    }
}

extension Scheme {
    /// Reads the Chinese names too: 职工医保, 居民医保, 未参保.
    init?(word: String) {
        switch word.trimmingCharacters(in: .whitespaces) {
        case "职工", "职工医保": self = .employee
        case "居民", "居民医保": self = .resident
        case "无", "未参保": self = .none
        default: return nil
        }
    }
}
