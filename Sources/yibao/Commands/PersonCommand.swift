import ArgumentParser
import ScreenKit
import YibaoCore
import YibaoService

/// `yibao person add|list`.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "Add, list or edit the people in the store; record a death.",
        subcommands: [Add.self, List.self, Edit.self, Died.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person (yourself with --me, or a relative).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Full name.") var name: String
        @Option(help: "Resident ID number (18 characters).") var id: String
        @Option(help: "Insurance: employee (职工医保), resident (居民医保) or none.") var scheme: String
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
            guard let region = RegionCode(region) else {
                throw UsageError("--region must be a 6-digit mainland area code such as 110000 (Beijing)")
            }
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
            printText(context.text(LocalizedText(zh: "已添加：\(name)（\(id.masked)）", en: "Added: \(name) (\(id.masked))")))
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
            if json {
                try printJSON(
                    people.map {
                        [
                            "id": $0.id.value, "name": $0.name, "scheme": $0.scheme.rawValue,
                            "region": $0.region.code, "owner": $0.isOwner,
                        ] as [String: Any]
                    })
                return
            }
            if people.isEmpty {
                print(context.text(LocalizedText(zh: "仓库里还没有人。", en: "No one is in the store yet.")))
            }
            for p in people {
                let owner = p.isOwner ? context.text(LocalizedText(zh: "  [我]", en: "  [me]")) : ""
                print(
                    "\(p.id.masked)  \(Sanitizer.inert(p.name))  \(context.text(p.scheme.name))  \(p.region.code)\(owner)"
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
