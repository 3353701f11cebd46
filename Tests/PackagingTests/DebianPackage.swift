import Foundation
import TestSupport

/// The package `packaging/build-deb` makes, built once for all the packaging tests (the release build
/// inside takes minutes; it reuses `.build-release`), and the tools that read it.
enum DebianPackage {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// What `VERSION` says.
    static var version: String {
        get throws {
            try String(contentsOf: repository.appendingPathComponent("VERSION"), encoding: .utf8)
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    /// A version dpkg sorts after `version`, for the upgrade.
    static var newerVersion: String { get throws { try version + "+upgrade1" } }

    /// The Debian tools the tests need: `.ci/run` installs them, so on CI a missing one is a failure.
    static let tools = ["dpkg-deb", "dpkg-shlibdeps", "lintian", "man", "strip", "tmux"]

    static func missingTools() -> [String] {
        tools.filter { tool in
            !["/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/", "/usr/local/bin/"].contains {
                FileManager.default.isExecutableFile(atPath: $0 + tool)
            }
        }
    }

    static var onCI: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }

    /// The two packages: the one VERSION names, and the same program as a newer version.
    struct Built {
        let directory: URL
        let current: URL
        let newer: URL
    }

    /// Built on first use; an error here fails every test that needs the package, each with the reason.
    static let built: Result<Built, any Error> = Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("yibao-deb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let out = directory.appendingPathComponent("out").path
        let current = try buildDeb(["--out", out])
        let newer = try buildDeb(["--out", out, "--package-version", newerVersion])
        return Built(directory: directory, current: current, newer: newer)
    }

    private static func buildDeb(_ arguments: [String]) throws -> URL {
        // Niced: the tests beside it measure time on screens.
        let result = try run(["nice", "-n", "10", repository.appendingPathComponent("packaging/build-deb").path] + arguments)
        guard result.status == 0, let last = result.stdout.split(separator: "\n").last else {
            throw Failed("packaging/build-deb failed (\(result.status)):\n\(result.stdout)\n\(result.stderr.suffix(4000))")
        }
        return URL(fileURLWithPath: String(last), relativeTo: repository).standardizedFileURL
    }

    /// Runs a program found on PATH to the end and returns what it printed.
    @discardableResult
    static func run(
        _ arguments: [String], environment: [String: String] = [:], directory: URL? = nil
    ) throws -> ProcessOutput {
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        return try Spawn.run(arguments, environment: env, directory: (directory ?? repository).path)
    }

    /// A command that must succeed; its output.
    @discardableResult
    static func must(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessOutput {
        let result = try run(arguments, environment: environment)
        guard result.status == 0 else {
            throw Failed("\(arguments.joined(separator: " ")) ended with \(result.status):\n\(result.stdout)\n\(result.stderr)")
        }
        return result
    }

    struct Failed: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

/// An empty system for `dpkg --root`: dpkg's own database and nothing else. The maintainer scripts run
/// on this machine with `DPKG_ROOT` set (`--force-script-chrootless`): they are written to touch
/// nothing outside the root then, which the tests check by what this machine still has.
struct ScratchRoot {
    let path: URL

    init(in directory: URL) throws {
        path = directory.appendingPathComponent("root-\(UUID().uuidString.prefix(8))")
        let fm = FileManager.default
        for sub in ["var/lib/dpkg/info", "var/lib/dpkg/updates", "var/lib/dpkg/triggers", "var/log", "usr/bin"] {
            try fm.createDirectory(at: path.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        for file in ["var/lib/dpkg/status", "var/lib/dpkg/available"] {
            fm.createFile(atPath: path.appendingPathComponent(file).path, contents: Data())
        }
    }

    /// `dpkg --root ROOT ARGS`, with the scripts run here under `DPKG_ROOT` and the libraries it
    /// needs taken from this machine (they are not in the empty root's database).
    @discardableResult
    func dpkg(_ arguments: [String]) throws -> ProcessOutput {
        try DebianPackage.must(
            ["dpkg", "--root=\(path.path)", "--force-script-chrootless", "--force-depends", "--force-not-root"]
                + arguments)
    }

    func file(_ relative: String) -> URL { path.appendingPathComponent(relative) }
}

/// Every file under a folder with a digest of its bytes, to prove a folder untouched.
enum FolderPrint {
    static func of(_ directory: URL) throws -> [String: String] {
        var digests: [String: String] = [:]
        let base = directory.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return digests }
        while let relative = walker.nextObject() as? String {
            let full = base + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                digests[relative + "/"] = "dir"
                continue
            }
            let digest = try DebianPackage.must(["sha256sum", full]).stdout.split(separator: " ").first ?? ""
            digests[relative] = String(digest)
        }
        return digests
    }
}
