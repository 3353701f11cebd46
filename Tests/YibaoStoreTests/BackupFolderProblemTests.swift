import Foundation
import Testing
import YibaoCore

@testable import YibaoStore

@Suite("A backups folder that cannot be used safely is reported")
struct BackupFolderProblemTests {
    @Test("a backups folder owned by another user, a link or a file is reported in words; changes still succeed")
    func reported() throws {
        let dir = TempDir()
        defer { dir.remove() }
        let store = try Fixtures.store(in: dir, persons: [Fixtures.person(1, name: "王芳", owner: true)])
        #expect(StoreBackups.folderProblem(for: store.path) == nil, "a healthy (or missing) folder is no problem")
        let folder = StoreBackups.folder(for: store.path)
        try? FileManager.default.removeItem(atPath: folder)
        let elsewhere = dir.file("elsewhere")
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder, withDestinationPath: elsewhere)
        let link = try #require(StoreBackups.folderProblem(for: store.path))
        #expect(link.en.contains("is a link") && link.en.contains("Changes are still saved"))
        #expect(link.zh.contains("备份已停止"))
        #expect(StoreBackups.folderProblemStatus(for: store.path) != nil)
        unlink(folder)
        try Data("x".utf8).write(to: URL(fileURLWithPath: folder))
        #expect(StoreBackups.folderProblem(for: store.path)?.en.contains("is not a folder") == true)
        unlink(folder)
        if geteuid() == 0 {
            mkdir(folder, 0o700)
            chown(folder, 65534, 65534)
            let other = try #require(StoreBackups.folderProblem(for: store.path))
            #expect(other.en.contains("belongs to another user"))
        }
        // The change still goes ahead (its daily copy is skipped).
        try store.change(asOf: Fixtures.today, action: .credit, summary: "credit") { household in
            try household.credit(account: Fixtures.id(1), amount: Money(fen: 100))
        }
        #expect(try store.ledger(of: Fixtures.id(1), offset: 0, limit: 10).count == 1)
    }
}
