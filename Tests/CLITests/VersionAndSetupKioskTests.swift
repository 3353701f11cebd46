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

    /// Stand-ins for adduser, install and runuser that write down how they were called, first on PATH.
    static func stubs(in directory: URL, failing: String? = nil) throws -> (path: String, log: URL) {
        let bin = directory.appendingPathComponent("stub-bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let log = directory.appendingPathComponent("calls.log")
        for name in ["adduser", "install", "runuser"] {
            let status = name == failing ? 3 : 0
            let script = "#!/bin/sh\necho \"\(name) $*\" >> '\(log.path)'\nexit \(status)\n"
            let file = bin.appendingPathComponent(name)
            try script.write(to: file, atomically: true, encoding: .utf8)
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file.path)
        }
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return (path, log)
    }

    /// As root (CI): the real run, with the system tools replaced by stand-ins so the machine is not changed.
    @Test("as root, setup-kiosk runs every step in order, and stops at the first that fails", .enabled(if: geteuid() == 0))
    func runsTheSteps() throws {
        let cli = try CLIRunner()
        let plan = KioskSetupPlan(
            userExists: getpwnam(KioskSetupPlan.user) != nil,
            storeExists: FileManager.default.fileExists(atPath: KioskSetupPlan.storePath), yibao: "yibao")
        let (path, log) = try Self.stubs(in: cli.directory)
        let result = try cli.run(["operator", "setup-kiosk", "--lang", "en"], plain: true, environment: ["PATH": path])
        #expect(result.status == 0, "\(result.stderr)")
        let calls = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(calls.map { $0.split(separator: " ").first.map(String.init) } == plan.steps.map { $0.command.first })
        #expect(calls.contains("install -d -m 0700 -o yibao-kiosk -g yibao-kiosk /var/lib/yibao"))

        let failing = try CLIRunner()
        let (path2, log2) = try Self.stubs(in: failing.directory, failing: "install")
        let refused = try failing.run(
            ["operator", "setup-kiosk", "--lang", "en"], plain: true, environment: ["PATH": path2])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("exit status 3"), "\(refused.stderr)")
        let calls2 = try String(contentsOf: log2, encoding: .utf8).split(separator: "\n")
        #expect(calls2.last?.hasPrefix("install -d -m 0700") == true, "\(calls2)")
        #expect(!calls2.contains { $0.hasPrefix("runuser") })
    }
}
