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

    @Test("the app's quick path runs what the parsed app command runs: the same options, the others at their defaults")
    func quickAppMatchesParsed() throws {
        let arguments = ["--store", "/tmp/s.sqlite", "--lang", "en"]
        let quick = try #require(GlobalOptions.quickParse(arguments))
        let parsed = try AppCommand.parse(arguments)
        // `Yibao.quickApp` runs `AppCommand.run(options, charset: nil, kiosk: false)`: what parsing gives
        // when only the global options are on the command line. Mirror counts AppCommand's properties: a
        // new option or flag must be passed by quickApp too.
        #expect(quick == parsed.global.values)
        #expect(parsed.kiosk == false)
        #expect(parsed.terminal.charset == nil)
        #expect(Mirror(reflecting: parsed).children.count == 3, "AppCommand gained a property: pass it in quickApp")
    }
}
