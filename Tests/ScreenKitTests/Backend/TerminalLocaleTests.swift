import ScreenKit
import Testing

@Suite("Terminal locale")
struct TerminalLocaleTests {
    @Test("LC_ALL wins over LC_CTYPE, which wins over LANG; empty values are skipped")
    func precedence() {
        #expect(
            TerminalLocale.requestedLocale(environment: ["LANG": "en_US.UTF-8", "LC_ALL": "zh_CN.GBK"]) == "zh_CN.GBK")
        #expect(TerminalLocale.requestedLocale(environment: ["LANG": "en_US.UTF-8", "LC_CTYPE": "C"]) == "C")
        #expect(TerminalLocale.requestedLocale(environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": ""]) == "zh_CN.UTF-8")
        #expect(TerminalLocale.requestedLocale(environment: [:]) == nil)
    }

    @Test("UTF-8 is wanted when the requested locale names it, in either spelling")
    func wantsUTF8() {
        #expect(TerminalLocale.wantsUTF8(environment: ["LANG": "zh_CN.UTF-8"]))
        #expect(TerminalLocale.wantsUTF8(environment: ["LC_ALL": "en_US.utf8"]))
        #expect(!TerminalLocale.wantsUTF8(environment: ["LANG": "zh_CN.GB18030"]))
        #expect(!TerminalLocale.wantsUTF8(environment: ["LANG": "C"]))
        #expect(!TerminalLocale.wantsUTF8(environment: [:]))
        #expect(TerminalLocale.utf8Fallbacks.first == "C.UTF-8")
    }
}
