import Testing

@testable import yibao

/// The app's own command line, read without ArgumentParser, must read exactly as ArgumentParser would.
@Suite("The app's options read quickly")
struct QuickOptionsTests {
    static func viaParser(_ arguments: [String]) throws -> [String?] {
        let options = try GlobalOptions.parse(arguments)
        return [options.store, options.lang, options.date, options.policyDir]
    }

    @Test(
        "options-only command lines read the same as with ArgumentParser",
        arguments: [
            [], ["--store", "/tmp/s.sqlite"], ["--store=/tmp/s.sqlite", "--lang", "en"],
            ["--lang", "zh-Hans", "--date", "2026-06-30", "--store", "a b.sqlite", "--policy-dir", "/etc/yibao/p"],
            ["--date=2026-06-30", "--policy-dir=x=y"],
        ])
    func sameAsParser(arguments: [String]) throws {
        let quick = try #require(GlobalOptions.quickParse(arguments))
        #expect([quick.store, quick.lang, quick.date, quick.policyDir] == (try Self.viaParser(arguments)))
    }

    @Test(
        "anything else is left to ArgumentParser",
        arguments: [
            ["balance"], ["--help"], ["-h"], ["--store"], ["--store", "a", "--store", "b"], ["--store", "--lang"],
            ["--store="], ["--kiosk"], ["--version"], ["app"], ["--lang", "en", "extra"],
            ["--generate-completion-script"],
        ])
    func declined(arguments: [String]) {
        #expect(GlobalOptions.quickParse(arguments) == nil)
    }

    @Test("every option GlobalOptions declares is one quickParse knows")
    func knowsEveryOption() {
        // Mirror lists the property wrappers: a new option must be added to quickParse too.
        #expect(Mirror(reflecting: GlobalOptions()).children.count == GlobalOptions.quickParseCount)
    }

    @Test("the app command built without ArgumentParser has every property set, as parsing would")
    func appCommandComplete() throws {
        let quick = try #require(Yibao.appCommand(["--store", "/tmp/s.sqlite"]) as? AppCommand)
        let parsed = try AppCommand.parse(["--store", "/tmp/s.sqlite"])
        // Reading a property ArgumentParser never decoded stops the whole program, so this reads each
        // one, and Mirror counts them: a new option or flag must be set in appCommand too.
        #expect(quick.kiosk == parsed.kiosk)
        #expect(quick.global.store == parsed.global.store)
        #expect(quick.terminal.charset == parsed.terminal.charset)
        #expect(Mirror(reflecting: quick).children.count == 3, "AppCommand gained a property: set it in appCommand")
    }
}
