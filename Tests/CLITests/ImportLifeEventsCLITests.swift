import Foundation
import Testing

/// `yibao export` → `yibao import` into a new store → `yibao export` again: life's records (dated
/// person events, bindings that ended by themselves with the quota returned) come across unchanged.
@Suite("Import carries life events")
struct ImportLifeEventsCLITests {
    typealias L = LifeEventCLITests

    @Test("export, import into a new store, export again: the same JSON, with a death, a move and an ended binding in it")
    func roundTripWithLifeEvents() throws {
        let life = LifeEventCLITests()
        var cli = try life.family()
        defer { cli.cleanUp() }
        // The daughter moves from Shanghai to Beijing (her quota binding ends, the quota returns); then
        // the mother dies (her ordered binding ends).
        cli.date = "2026-11-25"
        life.ok(try cli.run(["person", "edit", "--person", L.daughterShanghai, "--region", "110105"]))
        cli.date = "2026-11-28"
        life.ok(try cli.run(["person", "died", "--person", L.mother]))
        let first = try cli.run(["export"])
        life.ok(first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let events = try #require(object["personEvents"] as? [[String: Any]])
        #expect(events.contains { $0["field"] as? String == "died_on" && $0["newValue"] as? String == "2026-11-28" })
        #expect(events.contains { $0["field"] as? String == "region" && $0["newValue"] as? String == "110105" })
        let ends = try #require(object["bindingEnds"] as? [[String: Any]])
        #expect(ends.count == 2)
        #expect(Set(ends.compactMap { $0["reason"] as? String }) == ["moved", "died"])

        let file = cli.directory.appendingPathComponent("export.json")
        try Data(first.stdout.utf8).write(to: file)
        let copy = cli.directory.appendingPathComponent("copy/yibao.sqlite").path
        let imported = try cli.run(["import", file.path, "--store", copy, "--lang", "en", "--date", cli.date], plain: true)
        #expect(imported.status == 0, "exit \(imported.status); stderr: \(imported.stderr)")
        let second = try cli.run(["export", "--store", copy, "--lang", "en", "--date", cli.date], plain: true)
        life.ok(second)
        #expect(second.stdout == first.stdout)
        // The copy knows the death: the mother can no longer be changed there either.
        let edit = try cli.run(
            ["person", "edit", "--person", L.mother, "--name", "王桂英", "--store", copy, "--lang", "en", "--date", cli.date],
            plain: true)
        #expect(edit.status != 0)
        #expect(edit.stderr.contains("2026-11-28"), "\(edit.stderr)")
    }
}
