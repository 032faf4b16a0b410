import EssorCore
import Testing

@Suite struct SafeTextTests {
    @Test func escapesControlAndBidiCharacters() {
        #expect(SafeText.escaped("a\u{1B}[31mb") == "a\\e[31mb")
        #expect(SafeText.escaped("ligne\r\nsuite\ttab") == "ligne\\r\\nsuite\\ttab")
        #expect(SafeText.escaped("\u{202E}gnp.exe") == "\\u{202E}gnp.exe")
        #expect(SafeText.escaped("\u{2066}x\u{2069}") == "\\u{2066}x\\u{2069}")
        #expect(SafeText.escaped("del\u{7F}") == "del\\u{7F}")
        #expect(SafeText.escaped("c1\u{9B}2J") == "c1\\u{9B}2J")
        #expect(SafeText.escaped("nul\u{0}") == "nul\\0")
        #expect(SafeText.escaped("bell\u{7}") == "bell\\u{7}")
    }

    @Test func leavesOrdinaryTextAlone() {
        let text = "Épicerie Solidaire — 東京 👍 « ok »"
        #expect(SafeText.isClean(text))
        #expect(SafeText.escaped(text) == text)
    }

    @Test func splitsIntoPrintableRunsAndEscapes() {
        #expect(
            SafeText.segments("a\u{1B}b")
                == [
                    .init(text: "a", isEscape: false), .init(text: "\\e", isEscape: true),
                    .init(text: "b", isEscape: false),
                ])
        #expect(SafeText.segments("ok") == [.init(text: "ok", isEscape: false)])
    }
}

@Suite struct FormattingTests {
    @Test func writesDecimalsPerLanguage() {
        #expect(DecimalFormat.string(12.5, lang: .fr) == "12,5")
        #expect(DecimalFormat.string(12.5, lang: .en) == "12.5")
        #expect(DecimalFormat.string(3, lang: .fr) == "3")
        #expect(DecimalFormat.string(46.54, lang: .fr) == "46,5")
    }

    @Test func parsesDecimalCommaAndSpaces() {
        #expect(NumberReader.parse("12,5") == 12.5)
        #expect(NumberReader.parse("1 234,5") == 1234.5)
        #expect(NumberReader.parse("abc") == nil)
        #expect(NumberReader.parse("") == nil)
    }

    @Test func resolvesTheLanguage() {
        #expect(Lang.resolve(explicit: "en", environment: [:]) == .en)
        #expect(Lang.resolve(explicit: "FR", environment: ["LANG": "en_GB.UTF-8"]) == .fr)
        #expect(Lang.resolve(explicit: "de", environment: [:]) == nil)
        #expect(Lang.resolve(explicit: nil, environment: ["LANG": "en_US.UTF-8"]) == .en)
        #expect(Lang.resolve(explicit: nil, environment: ["LC_ALL": "fr_FR.UTF-8", "LANG": "en_US"]) == .fr)
        #expect(Lang.resolve(explicit: nil, environment: ["LC_MESSAGES": "en_US", "LANG": "fr_FR"]) == .en)
        #expect(Lang.resolve(explicit: nil, environment: ["LANG": "C.UTF-8"]) == .fr)
        #expect(Lang.resolve(explicit: nil, environment: [:]) == .fr)
    }
}
