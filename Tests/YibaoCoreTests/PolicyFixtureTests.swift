import Foundation
import Testing

@testable import YibaoCore

/// The real policy files from `Data/`, read from disk next to the sources, and helpers to break them.
enum PolicyFixture {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    /// Every `Data/policy/*.yaml` file, keyed by its path relative to `Data/`.
    static func realFiles() throws -> [String: String] {
        var files: [String: String] = [:]
        let folder = dataDirectory.appendingPathComponent("policy")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            files["policy/\(name)"] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    static func book() throws -> PolicyBook { try PolicyBook.load(files: try realFiles()) }

    /// The real files with `old` replaced by `new` (the first time it occurs) in `file`.
    static func files(_ file: String, replacing old: String, with new: String) throws -> [String: String] {
        var files = try realFiles()
        let text = try #require(files[file])
        let range = try #require(text.range(of: old), "\(old) not in \(file)")
        files[file] = text.replacingCharacters(in: range, with: new)
        return files
    }

    /// The 1-based line on which `needle` first starts in `text`.
    static func line(of needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
    }

    /// The error loading `files` gives, or nil if it loads.
    static func loadError(_ files: [String: String]) -> PolicyFileError? {
        do {
            _ = try PolicyBook.load(files: files)
            return nil
        } catch {
            return error
        }
    }
}

/// Building blocks for eligibility and binding tests.
enum PolicyTestKit {
    static let today = CivilDate(year: 2026, month: 2, day: 1)!

    /// A valid ID number for the area `area`, birth date `birth` (YYYYMMDD) and sequence `seq` (odd male).
    static func id(_ area: String, _ birth: String, _ seq: String) -> ResidentID {
        let body = area + birth + seq
        let digits = body.map { Int(String($0))! }
        let text = body + String(ResidentID.checkCharacter(for: digits))
        return try! ResidentID(text, today: today)
    }

    static func date(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    static func region(_ code: String) -> RegionCode { RegionCode(code)! }
    static func yuan(_ y: Int64) -> Money { Money(fen: y * 100) }
}

@Test("The test helper makes ID numbers that carry the birth date and sex asked for")
func testHelperMakesValidIDs() {
    let id = PolicyTestKit.id("330302", "19550612", "022")
    #expect(id.birthDate == CivilDate(year: 1955, month: 6, day: 12))
    #expect(id.sex == .female)
    #expect(PolicyTestKit.id("110105", "19800101", "013").sex == .male)
}
