import Foundation
import Testing
import YibaoCore

@testable import YibaoStore

#if canImport(Glibc)
    import Glibc
#endif

/// Running as root (as CI does) is needed to hand a file to another user.
let runningAsRoot = geteuid() == 0

@Suite("A store others could read, change or swap is refused")
struct FileSafetyTests {
    let owner = Fixtures.person(1, name: "王芳", owner: true)

    func closedStore(_ dir: TempDir, _ name: String = "yibao.sqlite") throws -> String {
        let store = try Store.open(
            path: dir.file(name), create: true, options: .init(dailyBackups: false))
        try store.change(asOf: Fixtures.today, action: .personAdd, summary: "") { _ in [.addPerson(owner)] }
        try store.close()
        return store.path
    }

    @Test(
        "a store others may read (0644) is refused with a warning that says chmod 600, and left as it was"
    )
    func groupReadable() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(dir)
        for mode in [0o644, 0o640, 0o606, 0o660] {
            chmod(path, mode_t(mode))
            let before = Fixtures.bytes(path)
            let error = try #require(throws: StoreError.self) { try Store.open(path: path) }
            #expect(error == .exposed(path: path, mode: mode))
            #expect(error.message.en.contains("chmod 600 \(path)"))
            #expect(error.message.zh.contains("chmod 600 \(path)"))
            #expect(Fixtures.bytes(path) == before)
            #expect(Fixtures.mode(path) == mode, "the mode was changed behind the user's back")
            #expect(!Fixtures.exists(path + "-wal"))
        }
        chmod(path, 0o600)
        #expect(try Store.open(path: path).owner() == owner)
    }

    @Test("a store owned by another user is refused, and left as it was", .enabled(if: runningAsRoot))
    func otherOwner() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(dir)
        #expect(chown(path, 65534, 65534) == 0)
        let before = Fixtures.bytes(path)
        let error = try #require(throws: StoreError.self) { try Store.open(path: path) }
        #expect(error == .notOwner(path: path, owner: 65534))
        #expect(error.message.zh.contains("另一个用户") && error.message.en.contains("another user"))
        #expect(Fixtures.bytes(path) == before)
        #expect(throws: StoreError.notOwner(path: path, owner: 65534)) {
            try Store.openReadOnly(path: path)
        }
    }

    @Test(
        "a -wal, -shm or -journal beside the store that is a link is refused; what it points at is untouched",
        arguments: ["-wal", "-shm", "-journal"])
    func linkedCompanion(suffix: String) throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(dir)
        let victim = dir.file("victim.txt")
        try "precious".write(toFile: victim, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: path + suffix, withDestinationPath: victim)
        let before = Fixtures.bytes(path)
        #expect(throws: StoreError.symlink(path: path + suffix)) { try Store.open(path: path) }
        #expect(throws: StoreError.symlink(path: path + suffix)) { try Store.openReadOnly(path: path) }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious")
        #expect(Fixtures.bytes(path) == before)
    }

    @Test("a dangling link at -wal is refused and nothing is created where it points")
    func danglingCompanion() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = try closedStore(dir)
        let target = dir.file("created-through-link")
        try FileManager.default.createSymbolicLink(atPath: path + "-wal", withDestinationPath: target)
        #expect(throws: StoreError.symlink(path: path + "-wal")) { try Store.open(path: path) }
        #expect(!Fixtures.exists(target))
    }

    @Test(
        "a folder on the path that is a link leads to the real folder, whose files are checked like any other"
    )
    func linkedParent() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let real = dir.file("real")
        try FileManager.default.createDirectory(atPath: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: dir.file("link"), withDestinationPath: real)
        // Someone else's database waits in the folder the link leads to: refused and untouched.
        let diary = real + "/yibao.sqlite"
        try "dear diary".write(toFile: diary, atomically: false, encoding: .utf8)
        #expect(throws: StoreError.notSQLite(path: dir.file("link/yibao.sqlite"))) {
            try Store.open(path: dir.file("link/yibao.sqlite"))
        }
        #expect(try String(contentsOfFile: diary, encoding: .utf8) == "dear diary")
        // A new store made through the link is a private file in the real folder, nothing else.
        let store = try Store.open(path: dir.file("link/new.sqlite"))
        try store.change(asOf: Fixtures.today, action: .personAdd, summary: "") { _ in [.addPerson(owner)] }
        #expect(Fixtures.mode(real + "/new.sqlite") == 0o600)
        #expect(Fixtures.mode(real + "/backups") == 0o700)
        #expect(try String(contentsOfFile: diary, encoding: .utf8) == "dear diary")
    }

    @Test(
        "creating the file never follows a link that appears at the path first (O_EXCL | O_NOFOLLOW)")
    func creationRace() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let target = dir.file("target")
        let path = dir.file("yibao.sqlite")
        // The link appears between the check that found nothing and the creation.
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        #expect(try StorePath.createPrivateFile(path) == false)
        #expect(!Fixtures.exists(target))
        let existing = dir.file("existing")
        try "mine".write(toFile: existing, atomically: false, encoding: .utf8)
        let link2 = dir.file("second.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link2, withDestinationPath: existing)
        #expect(try StorePath.createPrivateFile(link2) == false)
        #expect(try String(contentsOfFile: existing, encoding: .utf8) == "mine")
    }

    @Test("an empty or blank file others may read holds nothing yet: it becomes a private store")
    func emptyFileMadePrivate() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let path = dir.file("empty.sqlite")
        try Fixtures.write(path, Data())
        chmod(path, 0o644)
        _ = try Store.open(path: path)
        #expect(Fixtures.mode(path) == 0o600)
    }

    @Test(
        "the new refusals speak both languages and say nothing was changed",
        arguments: [
            StoreError.exposed(path: "p", mode: 0o644), .notOwner(path: "p", owner: 65534),
            .backupFailed(path: "p", reason: "r"),
        ])
    func messages(error: StoreError) {
        #expect(error.message.zh.contains("什么都没有改动"))
        #expect(error.message.en.contains("Nothing was changed"))
        #expect(error.message.zh != error.message.en)
    }
}
