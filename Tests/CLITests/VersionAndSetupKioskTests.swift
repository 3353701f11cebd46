import Foundation
import TestSupport
import Testing

@testable import yibao

/// `yibao --version` prints the one VERSION file; `yibao operator setup-kiosk` plans the kiosk's user
/// and folders (the package never makes them on a plain install: docs/packaging.md).
@Suite("Version and kiosk set-up on the command line")
struct VersionAndSetupKioskTests {
    static let versionFile = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("VERSION")

    @Test("yibao --version prints exactly what the VERSION file says")
    func versionFromTheOneFile() throws {
        let expected = try String(contentsOf: Self.versionFile, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!expected.isEmpty)
        let result = try CLIRunner().run(["--version"], plain: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == expected)
        #expect(yibaoVersion == expected)
    }

    @Test("the VERSION file is a Debian version: a digit first, then only letters, digits and . + ~ -")
    func versionIsADebianVersion() throws {
        let version = try String(contentsOf: Self.versionFile, encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.first?.isNumber == true)
        #expect(version.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".+~-".contains($0)) })
    }

    @Test("on a new machine the set-up makes the user, both folders and the store, the user first")
    func planOnANewMachine() {
        let plan = KioskSetupPlan(userExists: false, storeExists: false, yibao: "/usr/bin/yibao")
        #expect(plan.steps.map { $0.command.first } == ["adduser", "install", "install", "runuser"])
        let adduser = plan.steps[0].command
        #expect(adduser.contains("--system") && adduser.last == "yibao-kiosk")
        #expect(adduser.contains("/usr/sbin/nologin"))
        #expect(
            plan.steps[1].command == ["install", "-d", "-m", "0700", "-o", "yibao-kiosk", "-g", "yibao-kiosk",
                                      "/var/lib/yibao"])
        #expect(plan.steps[2].command == ["install", "-d", "-m", "0755", "-o", "root", "-g", "root", "/etc/yibao"])
        #expect(
            plan.steps[3].command == ["runuser", "-u", "yibao-kiosk", "--", "/usr/bin/yibao", "init", "--store",
                                      "/var/lib/yibao/yibao.sqlite"])
    }

    @Test("each step is printed as a line a shell runs the same way")
    func stepsPrintAsShellLines() {
        #expect(KioskSetupPlan.shellLine(["adduser", "--gecos", "Yibao kiosk", "yibao-kiosk"])
            == "adduser --gecos 'Yibao kiosk' yibao-kiosk")
        #expect(KioskSetupPlan.shellLine(["echo", "it's"]) == "echo 'it'\\''s'")
        #expect(KioskSetupPlan.shellLine(["install", "-m", "0700", "/var/lib/yibao"]) == "install -m 0700 /var/lib/yibao")
    }

    @Test("run again, the set-up leaves out the user and the store that already exist")
    func planIsIdempotent() {
        let plan = KioskSetupPlan(userExists: true, storeExists: true, yibao: "/usr/bin/yibao")
        #expect(plan.steps.map { $0.command.first } == ["install", "install"])
    }

    @Test("setup-kiosk --dry-run prints each step and what comes next, and changes nothing")
    func dryRunPrintsThePlan() throws {
        let userExists = getpwnam("yibao-kiosk") != nil
        let result = try CLIRunner().run(["operator", "setup-kiosk", "--dry-run", "--lang", "en"], plain: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("install -d -m 0700 -o yibao-kiosk -g yibao-kiosk /var/lib/yibao"))
        #expect(result.stdout.contains("adduser --system") == !userExists)
        #expect(result.stdout.contains("yibao operator exit-pin set --config /etc/yibao/kiosk.conf --group yibao-kiosk"))
        #expect(result.stdout.contains("systemctl enable --now yibao-kiosk"))
        #expect((getpwnam("yibao-kiosk") != nil) == userExists)
        let chinese = try CLIRunner().run(["operator", "setup-kiosk", "--dry-run", "--lang", "zh-Hans"], plain: true)
        #expect(chinese.stdout.contains("接下来"))
    }

    /// CI runs as root, where this cannot be shown (and the real run is left to the operator).
    @Test("setup-kiosk refuses to run for real without root, and says how to look first", .enabled(if: geteuid() != 0))
    func refusesWithoutRoot() throws {
        let result = try CLIRunner().run(["operator", "setup-kiosk", "--lang", "en"], plain: true)
        #expect(result.status == 1)
        #expect(result.stderr.contains("--dry-run"))
    }
}
