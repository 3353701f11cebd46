import Foundation
import TestSupport
import Testing

/// Security round two at the command line: export to a private file, import, text that is not UTF-8,
/// guessable PINs, and restore's checks.
@Suite("Security at the command line")
struct SecurityCLITests {
    static let me = "110105195603100015"
    static let other = "110105198304120036"

    func twoPeople() throws -> CLIRunner {
        let cli = try CLIRunner()
        for (name, id) in [("张建国", Self.me), ("张伟", Self.other)] {
            let r = try cli.run(["person", "add", "--name", name, "--id", id, "--scheme", "employee", "--region", "110000"])
            #expect(r.status == 0, "stderr: \(r.stderr)")
        }
        let bound = try cli.run(["relatives", "add", "--payer", Self.me, "--beneficiary", Self.other, "--relation", "son"])
        #expect(bound.status == 0, "stderr: \(bound.stderr)")
        return cli
    }

    /// Runs a shell line with `$Y` the binary and `$S` the store, for bytes a Swift string cannot pass.
    static func shell(_ line: String, _ cli: CLIRunner, store: String? = nil) throws -> ProcessOutput {
        var env = ProcessInfo.processInfo.environment
        env["Y"] = CLIRunner.binary.path
        env["S"] = store ?? cli.storePath
        env["D"] = cli.directory.path
        env["HOME"] = cli.directory.path
        env["YIBAO_STORE"] = nil
        return try Spawn.run(["/bin/sh", "-c", line], environment: env)
    }

    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test("export --output writes a 0600 file whatever the umask, and refuses to overwrite without --force")
    func exportToFile() throws {
        let cli = try twoPeople()
        defer { cli.cleanUp() }
        let file = cli.directory.appendingPathComponent("out.json").path
        let first = try Self.shell("umask 022; exec \"$Y\" export --output \"$D/out.json\" --store \"$S\" --lang en", cli)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(Self.mode(file) == 0o600, "mode \(String(Self.mode(file), radix: 8))")
        let bytes = try #require(FileManager.default.contents(atPath: file))
        #expect(String(decoding: bytes, as: UTF8.self).contains(Self.me))
        try Data("keep me".utf8).write(to: URL(fileURLWithPath: file))
        let again = try cli.run(["export", "--output", file])
        #expect(again.status == 1)
        #expect(again.stderr.contains("--force"), "\(again.stderr)")
        #expect(FileManager.default.contents(atPath: file) == Data("keep me".utf8))
        let forced = try cli.run(["export", "--output", file, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(FileManager.default.contents(atPath: file) == bytes)
        #expect(Self.mode(file) == 0o600)
    }

    @Test("import - reads an export from standard input into a new store; exporting that gives the same JSON")
    func importRoundTrip() throws {
        let cli = try twoPeople()
        defer { cli.cleanUp() }
        _ = try cli.run(["credit", "--person", Self.me, "--amount", "321.00", "--note", "工资划入"])
        let exported = try cli.run(["export"])
        #expect(exported.status == 0)
        let copy = cli.directory.appendingPathComponent("copy/yibao.sqlite").path
        let imported = try Self.shell(
            "\"$Y\" export --store \"$S\" | \"$Y\" import - --store \"$D/copy/yibao.sqlite\" --lang en", cli)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("Imported 2 people"), "\(imported.stdout)")
        let again = try cli.run(["export", "--store", copy, "--lang", "en"], plain: true)
        #expect(again.stdout == exported.stdout)
        // Into a store that holds records: refused, nothing written.
        let twice = try Self.shell(
            "\"$Y\" export --store \"$S\" | \"$Y\" import - --store \"$D/copy/yibao.sqlite\" --lang en", cli)
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("already holds records"), "\(twice.stderr)")
    }

    @Test("a name in GBK bytes is refused with exit 2 and the reason, and nothing is written")
    func gbkArgument() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        // 张伟 in GBK: D5 C5 CE B0.
        let r = try Self.shell(
            "exec \"$Y\" person add --name \"$(printf '\\325\\305\\316\\260')\" --id \(Self.me) --scheme employee "
                + "--region 110000 --store \"$S\" --lang en", cli)
        #expect(r.status == 2, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("not valid UTF-8"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.storePath), "a store was written")
    }

    @Test("an import file that is not UTF-8 is refused with the reason, and nothing is written")
    func gbkImport() throws {
        let cli = try twoPeople()
        defer { cli.cleanUp() }
        var bytes = Data(try cli.run(["export"]).stdout.utf8)
        let name = Data("张伟".utf8)
        let range = try #require(bytes.range(of: name))
        bytes.replaceSubrange(range, with: Data([0xD5, 0xC5, 0xCE, 0xB0]))
        let file = cli.directory.appendingPathComponent("gbk.json")
        try bytes.write(to: file)
        let copy = cli.directory.appendingPathComponent("copy/yibao.sqlite").path
        let r = try cli.run(["import", file.path, "--store", copy, "--lang", "en"], plain: true)
        #expect(r.status == 1)
        #expect(r.stderr.contains("not valid UTF-8"), "\(r.stderr)")
        let list = try cli.run(["person", "list", "--json", "--store", copy], plain: true)
        #expect(!list.stdout.contains(Self.me))
    }

    @Test("guessable PINs are refused for a person and for the operator's exit PIN, saying why in the chosen language")
    func guessablePins() throws {
        let cli = try twoPeople()
        defer { cli.cleanUp() }
        let birth = try cli.run(["operator", "pin", "set", "--person", Self.me], input: "560310\n")
        #expect(birth.status == 1)
        #expect(birth.stderr.contains("birth date"), "\(birth.stderr)")
        let zh = try cli.run(["operator", "pin", "set", "--person", Self.me, "--lang", "zh-Hans"], input: "0015\n")
        #expect(zh.status == 1)
        #expect(zh.stderr.contains("身份证号的一部分"), "\(zh.stderr)")
        let config = cli.directory.appendingPathComponent("kiosk.conf").path
        let exit = try cli.run(["operator", "exit-pin", "set", "--config", config, "--lang", "en"], plain: true, input: "0000\n")
        #expect(exit.status == 1)
        #expect(exit.stderr.contains("every digit is the same"), "\(exit.stderr)")
        #expect(!FileManager.default.fileExists(atPath: config))
        let good = try cli.run(["operator", "exit-pin", "set", "--config", config, "--lang", "en"], plain: true, input: "4826\n")
        #expect(good.status == 0, "\(good.stderr)")
    }

    @Test("restore --from refuses a file others may write, as opening would, and changes nothing")
    func restoreChecksSource() throws {
        let cli = try twoPeople()
        defer { cli.cleanUp() }
        let planted = cli.directory.appendingPathComponent("planted.sqlite").path
        try FileManager.default.copyItem(atPath: cli.storePath, toPath: planted)
        chmod(planted, 0o666)
        let before = FileManager.default.contents(atPath: cli.storePath)
        let r = try cli.run(["restore", "--from", planted])
        #expect(r.status == 1)
        #expect(r.stderr.contains("chmod 600"), "\(r.stderr)")
        #expect(FileManager.default.contents(atPath: cli.storePath) == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: cli.directory.appendingPathComponent("store").path)
        #expect(!names.contains { $0.contains("replaced-") })
    }
}
