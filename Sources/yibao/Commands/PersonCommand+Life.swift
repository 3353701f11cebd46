import ArgumentParser
import ScreenKit
import YibaoCore
import YibaoService

extension PersonCommand {
    /// `yibao person edit --person ID [--name N] [--scheme S] [--region CODE] [--date YYYY-MM-DD]`
    /// `[--retired YYYY-MM-DD | --working] [--contribution-base AMOUNT] [--json]`.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Correct or record a change to a person: name, scheme, region, retirement, base.",
            discussion: """
                --date is the day the change took effect (default today). A move to another pooling area \
                (统筹区), or insurance that stops (--scheme none), ends every binding the person is in; \
                unused quotas return to their payers. The old record is kept as a dated event.
                """)
        @OptionGroup var global: GlobalOptions
        @Option(help: "Whose record (ID number).") var person: String
        @Option(help: "The corrected name.") var name: String?
        @Option(help: "Insurance: employee (职工医保), resident (居民医保) or none.") var scheme: String?
        @Option(help: "Insured region, a 6-digit area code such as 110000.") var region: String?
        @Option(help: "Retired on this day (YYYY-MM-DD): credits follow the retirees' rule.") var retired: String?
        @Flag(help: "Still working: no retirement recorded.") var working = false
        @Option(help: "Monthly contribution base (缴费基数) while in service, e.g. 8000.") var contributionBase: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let context = try Context(global)
            let id = try context.residentID(person, option: "--person")
            let edit = PersonEdit(
                name: name, scheme: try scheme.map(PersonCommand.scheme), region: try region.map { try PersonCommand.region($0, catalog: context.policy().regionCatalog) },
                retiredOn: try PersonCommand.retirement(retired: retired, working: working),
                contributionBase: try contributionBase.map { try context.money($0, option: "--contribution-base") })
            guard edit != PersonEdit() else {
                throw UsageError(
                    "say what to change: --name, --scheme, --region, --retired, --working or --contribution-base")
            }
            let service = try context.openService(policy: true)
            let ended = try perform { try service.editPerson(id, edit, asOf: context.today) }
            try PersonCommand.report(person: id, ended: ended, service: service, context: context, json: json) {
                LocalizedText(zh: "已更新 \(id.masked) 的资料（自\(context.today.iso)起）。", en: "Updated \(id.masked) as of \(context.today.iso).")
            }
        }
    }

    /// `yibao person died --person ID [--date YYYY-MM-DD] [--json]`.
    struct Died: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a death: bindings end, unused quotas return; the balance stays for the heirs.",
            discussion: "--date is the day of death (default today).")
        @OptionGroup var global: GlobalOptions
        @Option(help: "Who died (ID number).") var person: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let context = try Context(global)
            let id = try context.residentID(person, option: "--person")
            let service = try context.openService(policy: true)
            let ended = try perform { try service.recordDeath(id, asOf: context.today) }
            try PersonCommand.report(person: id, ended: ended, service: service, context: context, json: json) {
                LocalizedText(
                    zh: "已记录 \(id.masked) 于\(context.today.iso)去世。余额仍在账户中，可由继承人按继承情形申请提取（yibao rules withdrawal）。",
                    en: "Recorded the death of \(id.masked) on \(context.today.iso). The balance stays in the account; "
                        + "the heirs may ask to withdraw it (the inheritance case: yibao rules withdrawal).")
            }
        }
    }

    /// Prints what a life event ended: JSON `{"person", "ended": [{payer, beneficiary, quota_returned_fen}]}`,
    /// or a line for the event and one per binding that ended.
    static func report(
        person: ResidentID, ended: [BindingEnd], service: HouseholdService, context: Context, json: Bool,
        headline: () -> LocalizedText
    ) throws {
        if json {
            try printJSON(
                [
                    "person": person.value,
                    "ended": ended.map {
                        [
                            "payer": $0.binding.payer.value, "beneficiary": $0.binding.beneficiary.value,
                            "quota_returned_fen": $0.quotaReturned.fen,
                        ] as [String: Any]
                    },
                ] as [String: Any])
            return
        }
        printText(context.text(headline()))
        let names = Dictionary(uniqueKeysWithValues: (try? service.persons())?.map { ($0.id, $0.name) } ?? [])
        func name(_ id: ResidentID) -> String { Sanitizer.inert(names[id] ?? id.masked) }
        if ended.isEmpty {
            printText(context.text(LocalizedText(zh: "没有绑定因此解除。", en: "No binding ended.")))
        }
        for end in ended {
            let payer = name(end.binding.payer)
            let beneficiary = name(end.binding.beneficiary)
            let back = end.quotaReturned > .zero
                ? LocalizedText(zh: "，未用的额度\(end.quotaReturned.formatted)退回\(payer)", en: "; \(end.quotaReturned.formatted) of unused quota returns to \(payer)")
                : LocalizedText(zh: "", en: "")
            printText(
                context.text(
                    LocalizedText(
                        zh: "已解除：\(payer) → \(beneficiary)（\(end.reason.name.zh)）\(back.zh)",
                        en: "Ended: \(payer) → \(beneficiary) (\(end.reason.name.en))\(back.en)")))
        }
    }

    /// `--scheme` in English or Chinese.
    static func scheme(_ text: String) throws -> Scheme {
        guard let scheme = Scheme(rawValue: text.lowercased()) ?? Scheme(word: text) else {
            throw UsageError("--scheme must be employee, resident, employee_no_account or none (职工医保, 居民医保, 未参保)")
        }
        return scheme
    }

    /// `--region`, checked by `RegionValidation` (the one check of a typed region code).
    static func region(_ text: String, catalog: RegionCatalog) throws -> RegionCode {
        switch RegionValidation.region(text, in: catalog) {
        case .success(let code): return code
        case .failure(let unknown): throw Refused(unknown)
        }
    }

    /// `--retired DATE` or `--working`: nil when neither is given.
    static func retirement(retired: String?, working: Bool) throws -> CivilDate?? {
        if working, retired != nil { throw UsageError("give --retired or --working, not both") }
        if working { return .some(nil) }
        guard let retired else { return nil }
        guard let date = CivilDate(iso: retired) else {
            throw UsageError("--retired must be a real date written YYYY-MM-DD, like 2020-07-01")
        }
        return .some(date)
    }
}
