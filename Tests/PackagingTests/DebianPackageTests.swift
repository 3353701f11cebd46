import Foundation
import TestSupport
import Testing

/// Issue 20: `packaging/build-deb` makes a Debian package that holds what a Debian tool holds, passes
/// lintian, installs, upgrades and removes cleanly, and never touches anyone's data
/// (docs/packaging.md). Needs dpkg-dev, lintian, man-db and tmux, which `.ci/run` installs.
/// Skipped off CI where a tool is missing; on CI a missing tool is a failure.
@Suite(
    "The Debian package", .serialized,
    .enabled(if: DebianPackage.onCI || DebianPackage.missingTools().isEmpty, "needs dpkg-dev lintian man-db tmux"))
struct DebianPackageTests {
    /// Runs `body` with the package, or fails saying why there is none.
    func withPackage(_ body: (DebianPackage.Built) throws -> Void) throws {
        let missing = DebianPackage.missingTools()
        guard missing.isEmpty else {
            throw DebianPackage.Failed("CI must install these tools (.ci/run): \(missing.joined(separator: ", "))")
        }
        try body(try DebianPackage.built.get())
    }

    /// The package's `/usr/bin/yibao`, unpacked into a folder of its own beside the package.
    func unpackedBinary(_ built: DebianPackage.Built) throws -> String {
        let unpacked = built.directory.appendingPathComponent("x-\(UUID().uuidString.prefix(8))")
        try DebianPackage.must(["dpkg-deb", "-x", built.current.path, unpacked.path])
        return unpacked.appendingPathComponent("usr/bin/yibao").path
    }

    @Test("the package is named yibao_<VERSION>_<arch>.deb and holds the binary, man pages, completions, unit and docs")
    func contents() throws {
        try withPackage { built in
            let arch = try DebianPackage.must(["dpkg", "--print-architecture"]).stdout
                .trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(built.current.lastPathComponent == "yibao_\(try DebianPackage.version)_\(arch).deb")
            let listing = try DebianPackage.must(["dpkg-deb", "--contents", built.current.path]).stdout
            let paths = listing.split(separator: "\n").compactMap { line -> (mode: String, path: String)? in
                let fields = line.split(separator: " ", omittingEmptySubsequences: true)
                guard let mode = fields.first, let path = fields.last else { return nil }
                return (String(mode), String(path.drop { $0 == "." }))
            }
            let modes = Dictionary(paths.map { ($0.path, $0.mode) }, uniquingKeysWith: { a, _ in a })
            for expected in [
                "/usr/bin/yibao", "/usr/share/man/man1/yibao.1.gz", "/usr/share/man/zh_CN/man1/yibao.1.gz",
                "/usr/share/bash-completion/completions/yibao", "/usr/share/zsh/vendor-completions/_yibao",
                "/usr/share/fish/vendor_completions.d/yibao.fish", "/lib/systemd/system/yibao-kiosk.service",
                "/usr/share/doc/yibao/copyright", "/usr/share/doc/yibao/changelog.gz",
                "/usr/share/doc/yibao/user-guide.md.gz", "/usr/share/doc/yibao/user-guide.zh-Hans.md.gz",
                "/usr/share/doc/yibao/command-line.md.gz", "/usr/share/doc/yibao/kiosk-operator.md.gz",
                "/usr/share/doc/yibao/packaging.md.gz",
            ] {
                #expect(modes[expected] != nil, "missing \(expected) in:\n\(listing)")
            }
            #expect(modes["/usr/bin/yibao"] == "-rwxr-xr-x")
            #expect(listing.contains("root/root"))
            #expect(!listing.contains("/var/lib/yibao") && !listing.contains("/etc/"), "the package ships no data folder")

            let fields = try DebianPackage.must(["dpkg-deb", "--field", built.current.path]).stdout
            #expect(fields.contains("Version: \(try DebianPackage.version)\n"))
            let depends = fields.split(separator: "\n").first { $0.hasPrefix("Depends: ") } ?? ""
            #expect(depends.contains("libncursesw6"), "\(depends)")
            // The loader must read packed relocations (DT_RELR): glibc 2.36 or later, though no symbol says so.
            #expect(depends.contains("libc6 (>= 2.36)"), "\(depends)")
            #expect(depends.contains("libsqlite3-0"), "\(depends)")
            #expect(depends.contains("libc6"), "\(depends)")
            #expect(!depends.lowercased().contains("swift"), "\(depends)")
        }
    }

    @Test("the packaged binary is stripped, has the Swift runtime inside and loads no Swift library")
    func binaryIsStandalone() throws {
        try withPackage { built in
            let binary = try unpackedBinary(built)
            let file = try DebianPackage.must(["file", "-b", binary]).stdout
            #expect(file.contains("stripped") && !file.contains("not stripped"), "\(file)")
            let libraries = try DebianPackage.must(["ldd", binary]).stdout
            #expect(!libraries.contains("libswift") && !libraries.contains("libFoundation"), "\(libraries)")
            #expect(libraries.contains("libncursesw.so.6"), "\(libraries)")
            #expect(libraries.contains("libsqlite3.so.0"), "\(libraries)")
        }
    }

    @Test("the release build places the functions a session runs together (packaging/link-order.txt)")
    func sessionCodeTogether() throws {
        try withPackage { _ in
            // build-deb's release build, before stripping: packaging/release-build's layout.
            let release = DebianPackage.repository.appendingPathComponent(".build-release/release")
            let binary = release.appendingPathComponent("yibao").path
            let order = try String(
                contentsOf: DebianPackage.repository.appendingPathComponent("packaging/link-order.txt"), encoding: .utf8)
            // The listed functions the linker can place one by one: those compiled one to a section, defined
            // in the build's own object files (ours and the packages'; the toolchain's libraries come whole).
            let objects = try DebianPackage.must(["find", "-L", release.path, "-path", "*.build/*.o"]).stdout
                .split(separator: "\n").map(String.init)
            var ownSections: Set<Substring> = []
            for start in stride(from: 0, to: objects.count, by: 200) {
                let chunk = Array(objects[start..<min(start + 200, objects.count)])
                ownSections.formUnion(
                    try DebianPackage.must(["nm", "--defined-only", "-j"] + chunk).stdout.split(separator: "\n"))
            }
            let listed = Set(order.split(separator: "\n")).intersection(ownSections)
            #expect(listed.count > 1_000, "\(listed.count) listed functions compiled one to a section")
            let symbols = try DebianPackage.must(["nm", "-S", "--defined-only", binary]).stdout
            var functions: [(address: UInt64, size: UInt64)] = []
            for line in symbols.split(separator: "\n") {
                let fields = line.split(separator: " ")
                guard fields.count == 4, listed.contains(fields[3]),
                    let address = UInt64(fields[0], radix: 16), let size = UInt64(fields[1], radix: 16)
                else { continue }
                functions.append((address, size))
            }
            functions.sort { $0.address < $1.address }
            #expect(functions.count > listed.count / 2, "\(functions.count) of \(listed.count) listed functions found")
            // The most listed functions any stretch of twice their total size holds. Spread over the 29 MB of
            // code as the compiler left them, about a third (36% measured); laid out by the list, nearly all
            // (91%).
            let stretch = 2 * functions.reduce(0) { $0 + $1.size }
            var most = 0
            var first = 0
            for last in functions.indices {
                while functions[last].address - functions[first].address > stretch { first += 1 }
                most = max(most, last - first + 1)
            }
            #expect(
                Double(most) >= 0.8 * Double(functions.count),
                "only \(most) of \(functions.count) listed functions lie within \(stretch) bytes of each other")
        }
    }

    @Test("the loader's work is small: relative relocations packed, none of the program's own symbols exported")
    func smallLoaderTables() throws {
        try withPackage { built in
            let binary = try unpackedBinary(built)
            // DT_RELR: 124,000 relative relocations as a bitmap of about 24 KB, not a 3 MB table.
            let dynamic = try DebianPackage.must(["readelf", "-d", binary]).stdout
            #expect(dynamic.contains("(RELR)"), "\(dynamic)")
            let sections = try DebianPackage.must(["readelf", "-S", "-W", binary]).stdout
            var relocationBytes: [String: Int] = [:]
            for line in sections.split(separator: "\n") {
                let fields: [Substring] = line.split(separator: " ")
                guard let name = fields.firstIndex(where: { $0 == ".rela.dyn" || $0 == ".relr.dyn" }), fields.count > name + 4
                else { continue }
                relocationBytes[String(fields[name])] = Int(fields[name + 4], radix: 16)
            }
            let total: Int = relocationBytes.values.reduce(0, +)
            #expect(relocationBytes.count == 2 && total < 200_000, "\(relocationBytes)")
            // Only what the program takes from libc, ncurses and SQLite: nothing it defines is exported.
            let symbols = try DebianPackage.must(["readelf", "--dyn-syms", "-W", binary]).stdout
            var defined: [String] = []
            for line in symbols.split(separator: "\n") {
                let fields: [Substring] = line.split(separator: " ")
                // `N:` rows (not the header's `Num:`), the null symbol 0 left out.
                guard fields.count >= 8, fields[0].hasSuffix(":"), let number = Int(fields[0].dropLast()), number > 0,
                    fields[6] != "UND"
                else { continue }
                defined.append(String(fields[7]))
            }
            #expect(defined.isEmpty, "\(defined.prefix(5))")
        }
    }

    @Test("lintian finds no error, and every warning it gives is explained in docs/packaging.md")
    func lintianClean() throws {
        try withPackage { built in
            let result = try DebianPackage.run(["lintian", "--no-tag-display-limit", built.current.path])
            let lines = result.stdout.split(separator: "\n").map(String.init)
            let errors = lines.filter { $0.hasPrefix("E: ") }
            #expect(errors.isEmpty, "lintian errors:\n\(errors.joined(separator: "\n"))")
            #expect(result.status == 0, "lintian ended with \(result.status):\n\(result.stdout)\n\(result.stderr)")
            let doc = try String(
                contentsOf: DebianPackage.repository.appendingPathComponent("docs/packaging.md"), encoding: .utf8)
            for line in lines where line.hasPrefix("W: ") {
                // "W: yibao: tag-name detail"
                let tag = line.split(separator: " ").dropFirst(2).first.map(String.init) ?? line
                #expect(doc.contains("`\(tag)`"), "lintian warning not explained in docs/packaging.md: \(line)")
            }
        }
    }

    @Test("installed into a scratch root, yibao prints its version and help, and both man pages render")
    func installedProgramWorks() throws {
        try withPackage { built in
            let root = try ScratchRoot(in: built.directory)
            try root.dpkg(["--install", built.current.path])
            let yibao = root.file("usr/bin/yibao").path
            let version = try DebianPackage.must([yibao, "--version"]).stdout
            #expect(version.trimmingCharacters(in: .whitespacesAndNewlines) == (try DebianPackage.version))
            let help = try DebianPackage.must([yibao, "--help"], environment: ["LANG": "C.UTF-8"]).stdout
            #expect(help.contains("USAGE: yibao"), "\(help)")
            #expect(help.contains("operator"), "\(help)")

            let manual = try DebianPackage.must(
                ["man", "-l", root.file("usr/share/man/man1/yibao.1.gz").path],
                environment: ["LANG": "C.UTF-8", "MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "100"]
            ).stdout
            #expect(manual.contains("yibao"), "\(manual)")
            // Generated from the definitions: a subcommand and one of its options are there.
            #expect(manual.contains("setup-kiosk"), "\(manual.prefix(2000))")
            #expect(manual.contains("--idle-seconds"), "\(manual.prefix(2000))")
            let chinese = try DebianPackage.must(
                ["man", "-l", root.file("usr/share/man/zh_CN/man1/yibao.1.gz").path],
                environment: ["LANG": "C.UTF-8", "MANPAGER": "cat", "PAGER": "cat", "MANWIDTH": "100"]
            ).stdout
            #expect(chinese.contains("以当地医保部门规定为准"), "\(chinese)")

            let bash = root.file("usr/share/bash-completion/completions/yibao").path
            try DebianPackage.must(["bash", "-n", bash])
            let bashText = try String(contentsOfFile: bash, encoding: .utf8)
            #expect(bashText.contains("setup-kiosk") && bashText.contains("complete"))
            let fish = try String(
                contentsOfFile: root.file("usr/share/fish/vendor_completions.d/yibao.fish").path, encoding: .utf8)
            #expect(fish.contains("setup-kiosk"))
            let zsh = try String(
                contentsOfFile: root.file("usr/share/zsh/vendor-completions/_yibao").path, encoding: .utf8)
            #expect(zsh.hasPrefix("#compdef yibao"))

            let unit = try String(contentsOfFile: root.file("lib/systemd/system/yibao-kiosk.service").path, encoding: .utf8)
            #expect(unit.contains("ExecStart=/usr/bin/yibao kiosk"))
            for hardening in ["NoNewPrivileges=yes", "ProtectSystem=strict", "ProtectHome=yes", "PrivateNetwork=yes",
                              "ReadWritePaths=/var/lib/yibao", "User=yibao-kiosk", "CapabilityBoundingSet="] {
                #expect(unit.contains(hardening + "\n"), "unit lacks \(hardening)")
            }
            // Disabled: nothing links it into a target.
            #expect(!FileManager.default.fileExists(atPath: root.file("etc/systemd/system").path))
        }
    }

    @Test("install, upgrade with the store in use, remove and purge leave every store, backup and kiosk file as it was")
    func dataSurvives() throws {
        try withPackage { built in
            let root = try ScratchRoot(in: built.directory)
            let home = built.directory.appendingPathComponent("home-\(UUID().uuidString.prefix(8))")
            let dataHome = home.appendingPathComponent(".local/share")
            let personData = dataHome.appendingPathComponent("yibao")
            let environment = ["HOME": home.path, "XDG_DATA_HOME": dataHome.path, "LANG": "C.UTF-8"]
            let kioskState = root.file("var/lib/yibao")
            let kioskConfig = root.file("etc/yibao")
            let userBefore = getpwnam("yibao-kiosk") != nil

            try root.dpkg(["--install", built.current.path])
            let yibao = root.file("usr/bin/yibao").path
            // A person's store with a backup, made by the installed program; a kiosk's store and files.
            try DebianPackage.must([yibao, "init", "--demo"], environment: environment)
            try DebianPackage.must([yibao, "credit", "--person", "110105195603100015", "--amount", "10"],
                                   environment: environment)
            try FileManager.default.createDirectory(at: kioskConfig, withIntermediateDirectories: true)
            try DebianPackage.must(
                [yibao, "init", "--store", kioskState.appendingPathComponent("yibao.sqlite").path],
                environment: environment)
            try "exit_pin = test\n".write(
                to: kioskConfig.appendingPathComponent("kiosk.conf"), atomically: true, encoding: .utf8)
            let balanceBefore = try DebianPackage.must([yibao, "balance", "--json"], environment: environment).stdout

            // Every byte, with no program open on the store (an open one adds its -wal and -shm).
            let printBefore = try FolderPrint.of(personData)
            #expect(printBefore.keys.contains { $0.hasPrefix("backups/") && !$0.hasSuffix("/") }, "\(printBefore)")
            let kioskBefore = try FolderPrint.of(kioskState).merging(try FolderPrint.of(kioskConfig)) { a, _ in a }

            // The store in use: the old program open on it while the new one is installed.
            let store = personData.appendingPathComponent("yibao.sqlite").path
            let tmux = try TmuxSession(
                command: [yibao, "--store", store, "--lang", "en"].map(TmuxSession.quote).joined(separator: " "),
                environment: environment, directory: home)
            defer { tmux.kill() }
            let homeScreen = try tmux.waitFor("Balance", timeout: 30)

            try root.dpkg(["--install", built.newer.path])
            let status = try DebianPackage.must(
                ["dpkg-query", "--admindir=\(root.file("var/lib/dpkg").path)", "-W", "-f=${Version}", "yibao"]).stdout
            #expect(status == (try DebianPackage.newerVersion))
            // The program opened before the upgrade still answers, and the new one reads the same store.
            try tmux.send("1")
            try tmux.waitFor(timeout: 30) { $0 != homeScreen && $0.contains("¥") }
            // Ended the way systemd or a closing window ends it: it closes the store, -wal and -shm too.
            for pid in TmuxSession.processes(mentioning: store) where Self.program(of: pid) == yibao {
                kill(pid, SIGTERM)
            }
            try tmux.waitFor("[exited:0]", timeout: 30)
            #expect(try DebianPackage.must([yibao, "balance", "--json"], environment: environment).stdout == balanceBefore)
            #expect(try FolderPrint.of(personData) == printBefore)

            let removed = try root.dpkg(["--remove", "yibao"])
            #expect(!FileManager.default.fileExists(atPath: yibao), "\(removed.stdout)")
            #expect(try FolderPrint.of(personData) == printBefore)
            #expect(try FolderPrint.of(kioskState).merging(try FolderPrint.of(kioskConfig)) { a, _ in a } == kioskBefore)

            let purged = try root.dpkg(["--purge", "yibao"])
            #expect(try FolderPrint.of(personData) == printBefore)
            #expect(try FolderPrint.of(kioskState).merging(try FolderPrint.of(kioskConfig)) { a, _ in a } == kioskBefore)
            // It says where the data stays, in both languages.
            let said = purged.stdout + purged.stderr
            #expect(said.contains("/var/lib/yibao") && said.contains("~/.local/share/yibao"), "\(said)")
            #expect(said.contains("数据都保留了"), "\(said)")
            // Only what the package installed is gone; no user was made by any of it.
            #expect(!FileManager.default.fileExists(atPath: root.file("usr/share/doc/yibao").path))
            #expect(!FileManager.default.fileExists(atPath: root.file("lib/systemd/system/yibao-kiosk.service").path))
            #expect((getpwnam("yibao-kiosk") != nil) == userBefore)
            #expect(!FileManager.default.fileExists(atPath: root.file("etc/passwd").path))
        }
    }

    /// The first word of a process's command line (the program it runs).
    static func program(of pid: Int32) -> String? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
        return data.split(separator: 0).first.map { String(decoding: $0, as: UTF8.self) }
    }
}
