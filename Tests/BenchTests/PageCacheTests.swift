import Foundation
import Testing

@testable import yibao_bench

/// The benchmark measures every binary from the same page-cache state (docs/performance.md, round
/// eight): these check, with `mincore`, that a file's pages really leave the cache, and that the Swift
/// floor's private copy is the same program.
@Suite("yibao-bench page cache")
struct PageCacheTests {
    /// How many of the file's pages are in the page cache now.
    static func residentPages(_ path: String) throws -> Int {
        let fd = open(path, O_RDONLY)
        try #require(fd >= 0)
        defer { close(fd) }
        let size = Int(lseek(fd, 0, SEEK_END))
        let map = mmap(nil, size, PROT_READ, MAP_SHARED, fd, 0)
        try #require(map != MAP_FAILED)
        defer { munmap(map, size) }
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        var vector = [UInt8](repeating: 0, count: (size + pageSize - 1) / pageSize)
        try #require(mincore(map, size, &vector) == 0)
        return vector.filter { $0 & 1 == 1 }.count
    }

    /// A new folder under the package's `.build` (on disk: a /tmp in memory has no cache to drop).
    static func folder() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let path = root.appendingPathComponent(".build/pagecache-tests-\(UUID())").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Whether `path` is on a file system whose files are the page cache (tmpfs): nothing to drop there.
    /// (The mount that holds it is the longest mount point that is a prefix of its path.)
    static func inMemory(_ path: String) -> Bool {
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return false }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var best: (point: String, type: String)?
        for line in table.split(separator: "\n") {
            let halves = line.components(separatedBy: " - ")
            let fields = halves[0].split(separator: " ")
            guard halves.count == 2, fields.count >= 5, let type = halves[1].split(separator: " ").first else {
                continue
            }
            let point = String(fields[4])
            let holds = real == point || real.hasPrefix(point == "/" ? "/" : point + "/")
            if holds, point.count >= (best?.point.count ?? -1) { best = (point, String(type)) }
        }
        return best?.type == "tmpfs" || best?.type == "ramfs"
    }

    @Test("a file just written is in the cache; forget drops every page of it")
    func forgetDropsPages() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/written"
        try Data((0..<(4 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }).write(to: URL(fileURLWithPath: path))
        #expect(try Self.residentPages(path) > 0)
        #expect(PageCache.forget(path))
        if !Self.inMemory(path) { #expect(try Self.residentPages(path) == 0) }
        // Read back, the pages return: dropping lost nothing.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).count == 4 << 20)
        #expect(PageCache.forget(folder + "/missing") == false)
    }

    @Test("the private copy is the same bytes, executable by its owner only, and not in the cache")
    func privateCopy() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let source = folder + "/program"
        let bytes = Data((0..<((3 << 20) + 123)).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        try bytes.write(to: URL(fileURLWithPath: source))
        let target = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: target) }
        let copy = try PageCache.privateCopy(of: source, in: target)
        #expect(copy == target + "/program")
        if !Self.inMemory(copy) { #expect(try Self.residentPages(copy) == 0) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == bytes)
        let mode = try FileManager.default.attributesOfItem(atPath: copy)[.posixPermissions] as? Int
        #expect(mode == 0o700)
        // Made again over an old copy.
        _ = try PageCache.privateCopy(of: source, in: target)
        #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == bytes)
        #expect(throws: BenchError.self) { try PageCache.privateCopy(of: folder + "/missing", in: target) }
    }
}
