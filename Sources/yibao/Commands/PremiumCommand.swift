import ArgumentParser
import ScreenKit
import YibaoCore
import YibaoService

/// `yibao premium --payer ID --beneficiary ID --relation REL --amount AMOUNT [--year YYYY]`: record a
/// resident-insurance premium (居民医保个人缴费) paid from the payer's account for a near relative.
struct PremiumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "premium",
        abstract: "Record a near relative's resident-insurance premium paid from your account.",
        discussion: """
            The relative may be uninsured: paying the premium is how they become insured. Medical \
            spending for an uninsured relative stays refused. Refused for someone who is not a near \
            relative, beyond what the payer may spend now, and where the region's policy data says \
            premiums cannot be paid from the account.
            """)
    @OptionGroup var global: GlobalOptions
    @Option(help: "Whose account pays (ID number).") var payer: String
    @Option(help: "Whose premium it is (ID number).") var beneficiary: String
    @Option(help: "What the relative is to the payer: mother, 母亲, son, 儿子, …") var relation: String
    @Option(help: "The premium, e.g. 400 or ¥400.00.") var amount: String
    @Option(help: "The insurance year it pays for (default: this year).") var year: Int?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let context = try Context(global)
        let payerID = try context.residentID(payer, option: "--payer")
        let beneficiaryID = try context.residentID(beneficiary, option: "--beneficiary")
        let relationship: Relationship
        do { relationship = try Relationship.parse(relation) } catch {
            throw UsageError("--relation: " + context.text(error.message))
        }
        let money = try context.money(amount, option: "--amount")
        let year = year ?? context.today.year
        let service = try context.openService(policy: true)
        try perform {
            try service.payPremium(
                payer: payerID, beneficiary: beneficiaryID, relation: relationship, amount: money, year: year,
                asOf: context.today)
        }
        if json {
            try printJSON(
                [
                    "payer": payerID.value, "beneficiary": beneficiaryID.value, "amount_fen": money.fen,
                    "year": year,
                ] as [String: Any])
            return
        }
        let name = Sanitizer.inert((try? service.person(beneficiaryID))??.name ?? beneficiaryID.masked)
        printText(
            context.text(
                LocalizedText(
                    zh: "已从 \(payerID.masked) 的账户代缴 \(name) 的\(year)年度居民医保保费 \(money.formatted)。",
                    en: "Paid \(money.formatted) from \(payerID.masked)'s account: \(name)'s resident-insurance premium for \(year).")))
    }
}
