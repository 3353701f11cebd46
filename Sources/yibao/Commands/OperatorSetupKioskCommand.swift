import ArgumentParser
import Foundation
import YibaoCore

/// `yibao operator setup-kiosk [--dry-run]`: makes this machine ready for the kiosk (run as root):
/// the steps of `KioskSetupPlan`, each printed before it runs, then what the operator does next.
/// Installing the package never does this; only this command (or the operator by hand) makes the
/// `yibao-kiosk` user.
struct OperatorSetupKioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup-kiosk",
        abstract: "Make the kiosk's user, /var/lib/yibao, /etc/yibao and its store (as root; once is enough).")
    @Flag(help: "Print the steps without doing them.") var dryRun = false
    @Option(help: "Language: zh-Hans or en (default: from the locale).") var lang: String?

    func run() throws {
        let language = try lang.map { tag in
            guard let language = Language(tag: tag) else {
                throw UsageError("unknown language '\(tag)': use zh-Hans or en")
            }
            return language
        } ?? Environment.localeLanguage
        let plan = KioskSetupPlan(
            userExists: getpwnam(KioskSetupPlan.user) != nil,
            storeExists: FileManager.default.fileExists(atPath: KioskSetupPlan.storePath),
            yibao: URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path)
        if !dryRun && geteuid() != 0 {
            throw Refused(
                LocalizedText(
                    zh: "请以 root 身份运行（例如 sudo yibao operator setup-kiosk）；"
                        + "加 --dry-run 可先看看要做什么。",
                    en: "Run this as root (for instance sudo yibao operator setup-kiosk); "
                        + "--dry-run shows what it would do."))
        }
        for step in plan.steps {
            let line = KioskSetupPlan.shellLine(step.command)
            print("# " + step.why.text(language))
            print(line)
            if dryRun { continue }
            let status = try ChildProgram.run(step.command)
            guard status == 0 else {
                throw Refused(
                    LocalizedText(
                        zh: "这一步没有完成（退出状态 \(status)），之后的步骤没有做：\(line)",
                        en: "This step failed (exit status \(status)); the later steps were not done: \(line)"))
            }
        }
        print("")
        print(LocalizedText(zh: "接下来：", en: "Next:").text(language))
        for line in KioskSetupPlan.nextSteps { print("- " + line.text(language)) }
    }
}
