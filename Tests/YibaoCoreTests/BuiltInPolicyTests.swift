import Foundation
import Testing
import TestSupport
import YibaoBuiltInPolicy

@testable import YibaoCore

/// Issue 19 (round six): `regions.yaml` is compiled into Swift values at build time, so the app's first
/// screen parses no YAML; the values must be exactly what the run-time reader makes of the same file.
@Suite("regions.yaml compiled in")
struct BuiltInPolicyTests {
    @Test("the compiled entries equal the entries the policy reader reads from Data/policy/regions.yaml")
    func sameEntries() throws {
        let files = try PolicyFixture.realFiles()
        let parsed = try PolicyBook.regionOverrides(files: files)
        #expect(BuiltInPolicy.regionOverrides == parsed)
        #expect(!parsed.isEmpty)
        // The facts the first screen takes from it: Shanghai's insurance year starts in July.
        let years = InsuranceYears(overrides: BuiltInPolicy.regionOverrides)
        #expect(years == (try PolicyBook.load(files: files)).insuranceYears)
        #expect(BuiltInPolicy.regionOverrides.contains { $0.prefix == "31" && $0.insuranceYearStartMonth == 7 })
    }

    @Test("the policy loaded with the compiled entries equals the policy loaded from the files alone")
    func sameBook() throws {
        let files = try PolicyFixture.realFiles()
        let compiled = try PolicyBook.load(files: files, regionOverrides: BuiltInPolicy.regionOverrides)
        let parsed = try PolicyBook.load(files: files)
        #expect(compiled.regionOverrides == parsed.regionOverrides)
        #expect(compiled.insuranceYears == parsed.insuranceYears)
    }

    @Test("a regions.yaml the reader refuses stops the build, with the reader's own message")
    func brokenFileStopsTheBuild() throws {
        let tool = try #require(
            ["compile-policy-tool-tool", "compile-policy-tool"].map(BuiltProduct.executable)
                .first { FileManager.default.isExecutableFile(atPath: $0.path) },
            "the build plugin's tool is built by `swift build` / `swift test`")
        let folder = Spawn.temporaryPath()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = folder + "/regions.yaml", output = folder + "/out.swift"

        // The real file compiles; its output names every entry.
        let real = try #require(try PolicyFixture.realFiles()["policy/regions.yaml"])
        try real.write(toFile: input, atomically: true, encoding: .utf8)
        let good = try Spawn.run([tool.path, input, output])
        #expect(good.status == 0, "\(good.stderr)")
        let source = try String(contentsOfFile: output, encoding: .utf8)
        #expect(source.components(separatedBy: "RegionOverride(").count - 1 == BuiltInPolicy.regionOverrides.count)

        // A month out of range: refused with the line, nothing written.
        try FileManager.default.removeItem(atPath: output)
        let broken = real.replacingOccurrences(
            of: "insurance_year_starts_month: 7", with: "insurance_year_starts_month: 13")
        #expect(broken != real)
        try broken.write(toFile: input, atomically: true, encoding: .utf8)
        let refused = try Spawn.run([tool.path, input, output])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("Data/policy/regions.yaml"))
        #expect(refused.stderr.contains("insurance_year_starts_month"))
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
