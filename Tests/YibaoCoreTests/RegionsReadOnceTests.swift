import Foundation
import Testing

@testable import YibaoCore

/// Issue 19 (round four): `regions.yaml`'s entries, read once (since round six compiled in at build time,
/// `BuiltInPolicyTests`), are given to the full policy load, which does not parse that file again.
@Suite("regions.yaml read once")
struct RegionsReadOnceTests {
    @Test("the policy loaded with regions.yaml's entries already read equals the policy loaded from the files")
    func sameBook() throws {
        let files = try PolicyFixture.realFiles()
        let regions = try PolicyBook.regionOverrides(files: files)
        let book = try PolicyBook.load(files: files, regionOverrides: regions)
        let parsed = try PolicyBook.load(files: files)
        #expect(book.regionOverrides == parsed.regionOverrides)
        #expect(book.nationalRules.count == parsed.nationalRules.count && book.uses.count == parsed.uses.count)
        #expect(book.insuranceYears == InsuranceYears.load(files: files))
        #expect(book.insuranceYears.overrides.contains { $0.insuranceYearStartMonth == 7 })
    }

    @Test("entries already read are used as given: regions.yaml is not parsed a second time")
    func notParsedAgain() throws {
        let files = try PolicyFixture.realFiles()
        let regions = try PolicyBook.regionOverrides(files: files)
        var broken = files
        broken["policy/regions.yaml"] = "regions: [unclosed"
        let book = try PolicyBook.load(files: broken, regionOverrides: regions)
        #expect(book.regionOverrides == regions)
        #expect(throws: PolicyFileError.self) { try PolicyBook.load(files: broken) }
    }

    @Test("reading regions.yaml alone refuses what the full load refuses, so the years never differ from the policy's")
    func sameChecks() throws {
        let files = try PolicyFixture.realFiles()
        let text = try #require(files["policy/regions.yaml"])
        // The entry that sets an insurance year, given twice: a duplicate the full load refuses.
        let entries = text.components(separatedBy: "\n  - ")
        let entry = try #require(
            entries.first { $0.contains("insurance_year_starts_month") && $0.hasPrefix("region:") })
        var doubled = files
        doubled["policy/regions.yaml"] = text + "\n  - " + entry.trimmingCharacters(in: .newlines) + "\n"
        #expect(throws: PolicyFileError.self) { try PolicyBook.load(files: doubled) }
        #expect(throws: PolicyFileError.self) { try PolicyBook.regionOverrides(files: doubled) }
        #expect(InsuranceYears.load(files: doubled) == nil)
    }
}
