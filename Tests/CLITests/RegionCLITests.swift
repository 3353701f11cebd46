import Foundation
import Testing

/// Region codes on the command line: read through the region catalog, refused with the nearest real
/// places when unknown, named back in words; usage errors end in the language they began in.
@Suite("Region codes on the command line")
struct RegionCLITests {
    static let me = "110105195603100015"

    @Test("An unknown region code is refused with the nearest real places, in Chinese and in English")
    func unknownCodeRefused() throws {
        var cli = try CLIRunner()
        for (code, language) in [("330399", "zh"), ("119999", "en")] {
            cli.language = language
            let result = try cli.run([
                "person", "add", "--name", "张建国", "--id", Self.me, "--scheme", "employee", "--region", code, "--me",
            ])
            #expect(result.status == 2)
            if language == "zh" {
                #expect(result.stderr.contains("没有代码为 330399 的地区。最接近的是："))
                #expect(result.stderr.contains("温州"))
                // A message in Chinese ends in Chinese, not with "Try `yibao --help`".
                #expect(result.stderr.contains("用法请看 `yibao --help`。"))
                #expect(!result.stderr.contains("Try `yibao --help`"))
            } else {
                #expect(result.stderr.contains("No region has the code 119999. The nearest are:"))
                #expect(result.stderr.contains("Try `yibao --help`."))
            }
        }
        let listed = try cli.run(["person", "list"])
        #expect(!listed.stdout.contains("张建国"))
    }

    @Test("A real code is named back when added and when listed; full-width digits are read")
    func namedBack() throws {
        var cli = try CLIRunner()
        cli.language = "zh"
        let added = try cli.run([
            "person", "add", "--name", "张建国", "--id", Self.me, "--scheme", "employee", "--region", "３２０２００", "--me",
        ])
        #expect(added.status == 0)
        #expect(added.stdout.contains("参保地 江苏省无锡市（320200）"))
        let listed = try cli.run(["person", "list"])
        #expect(listed.stdout.contains("320200 江苏省无锡市"))
        cli.language = "en"
        let english = try cli.run(["person", "list"])
        #expect(english.stdout.contains("320200 Wuxi, Jiangsu"))
    }
}
