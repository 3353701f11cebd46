import Foundation
import Testing

/// The kiosk's unit file is the one the operator guide describes: the guide shows its hardening and
/// the unit holds every line of it (docs/kiosk-operator.md, section 2a; packaging/yibao-kiosk.service).
@Suite("The packaged kiosk unit")
struct KioskUnitTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func text(_ path: String) throws -> String {
        try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("every hardening line the operator guide shows is in the packaged unit")
    func guideMatchesUnit() throws {
        let guide = try text("docs/kiosk-operator.md")
        let unit = try text("packaging/yibao-kiosk.service").split(separator: "\n").map(String.init)
        let section = try #require(guide.range(of: "### 2a.")).upperBound
        let start = try #require(guide.range(of: "```ini\n", range: section..<guide.endIndex)).upperBound
        let end = try #require(guide.range(of: "```", range: start..<guide.endIndex)).lowerBound
        let lines = guide[start..<end].split(separator: "\n").map(String.init)
        #expect(lines.count >= 10)
        for line in lines { #expect(unit.contains(line), "the unit lacks \(line)") }
    }

    @Test("the unit runs the installed program as the kiosk user, with local settings in /etc/default")
    func unitRunsThePackagedProgram() throws {
        let unit = try text("packaging/yibao-kiosk.service")
        #expect(unit.contains("\nExecStart=/usr/bin/yibao kiosk\n"))
        #expect(unit.contains("\nUser=yibao-kiosk\n"))
        #expect(unit.contains("\nEnvironmentFile=-/etc/default/yibao-kiosk\n"))
        #expect(unit.contains("\n[Install]\nWantedBy=multi-user.target\n"))
        #expect(!unit.contains("/usr/local/"))
    }
}
