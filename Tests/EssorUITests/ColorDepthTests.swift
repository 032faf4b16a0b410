import EssorUI
import Testing

@Suite struct ColorDepthTests {
    @Test func depthFollowsTheTerminalsColourCount() {
        #expect(ColorDepth(colors: 0) == .none)
        #expect(ColorDepth(colors: 2) == .none)
        #expect(ColorDepth(colors: 8) == .ansi8)
        #expect(ColorDepth(colors: 16) == .ansi16)
        #expect(ColorDepth(colors: 88) == .ansi16)
        #expect(ColorDepth(colors: 256) == .indexed256)
        #expect(ColorDepth(colors: 16_777_216) == .direct)
    }

    @Test func trueColourIsKeptOnDirectColourTerminals() {
        #expect(ColorDepth.direct.fit(.rgb(0x12, 0x34, 0x56)) == .rgb(0x12, 0x34, 0x56))
        #expect(ColorDepth.direct.fit(.ansi(3)) == .ansi(3))
        #expect(ColorDepth.direct.fit(.terminalDefault) == .terminalDefault)
    }

    @Test func rgbComesDownToTheNearestOfTheCubeOrGreys() {
        #expect(ColorDepth.indexed256.fit(.rgb(255, 0, 0)) == .indexed(196))
        #expect(ColorDepth.indexed256.fit(.rgb(0, 0, 0)) == .indexed(16))
        #expect(ColorDepth.indexed256.fit(.rgb(255, 255, 255)) == .indexed(231))
        // A grey between cube steps lands on the greyscale ramp.
        #expect(ColorDepth.indexed256.fit(.rgb(0x80, 0x80, 0x80)) == .indexed(244))
        #expect(ColorDepth.indexed256.fit(.rgb(0x1a, 0x1d, 0x27)) == .indexed(234))
        // Standard colours stay as they are: the terminal's own palette.
        #expect(ColorDepth.indexed256.fit(.ansi(12)) == .ansi(12))
    }

    @Test func sixteenColoursKeepTheHueOfPastels() {
        // By distance alone a pastel red is nearest to grey; by hue it stays red.
        #expect(ColorDepth.ansi16.fit(.rgb(0xf7, 0x76, 0x8e)) == .ansi(9))
        #expect(ColorDepth.ansi16.fit(.rgb(0x9e, 0xce, 0x6a)) == .ansi(10))
        #expect(ColorDepth.ansi16.fit(.rgb(0x0b, 0x5c, 0xad)) == .ansi(4))
        #expect(ColorDepth.ansi16.fit(.rgb(0xe0, 0xaf, 0x68)) == .ansi(11))
        #expect(ColorDepth.ansi16.fit(.rgb(0x7d, 0xcf, 0xff)) == .ansi(14))
        #expect(ColorDepth.ansi16.fit(.indexed(196)) == .ansi(9))
        #expect(ColorDepth.ansi16.fit(.rgb(0x1a, 0x1d, 0x27)) == .ansi(0))
        #expect(ColorDepth.ansi16.fit(.rgb(0x3b, 0x42, 0x58)) == .ansi(8))
        #expect(ColorDepth.ansi16.fit(.rgb(0xfb, 0xfa, 0xf7)) == .ansi(15))
    }

    @Test func eightColoursDropTheBrightHalf() {
        #expect(ColorDepth.ansi8.fit(.ansi(9)) != .ansi(9))
        #expect(ColorDepth.ansi8.fit(.rgb(0xf7, 0x76, 0x8e)) == .ansi(1))
        #expect(ColorDepth.ansi8.fit(.rgb(0xe4, 0xe6, 0xeb)) == .ansi(7))
        #expect(ColorDepth.ansi8.fit(.ansi(5)) == .ansi(5))
    }

    @Test func noColourMeansTheTerminalsOwn() {
        #expect(ColorDepth.none.fit(.rgb(1, 2, 3)) == .terminalDefault)
        let theme = Theme(
            name: "x",
            styles: [.normal: TextStyle(foreground: .rgb(255, 255, 255), background: .rgb(0, 0, 0))])
        #expect(theme.fitted(to: .none) == .mono)
    }

    @Test func aRoleWhoseBackgroundMergesWithTheScreenFallsBackToAttributes() {
        let screen = ThemeColor.rgb(0x1a, 0x1d, 0x27)
        let theme = Theme(
            name: "sombre",
            styles: [
                .normal: TextStyle(foreground: .rgb(0xe4, 0xe6, 0xeb), background: screen),
                // Close to the screen: both become black on 8 colours.
                .selectionDim: TextStyle(
                    foreground: .rgb(0xe4, 0xe6, 0xeb), background: .rgb(0x27, 0x2b, 0x38)),
                .selection: TextStyle(foreground: .rgb(0xe4, 0xe6, 0xeb), background: .rgb(0x3b, 0x42, 0x58)),
            ])
        let eight = theme.fitted(to: .ansi8)
        // The built-in look: underline for the unfocused selection.
        #expect(eight.style(.selectionDim).underline)
        #expect(eight.style(.selectionDim).background == .ansi(0))
        // Selection's grey became black too: reverse video keeps it seen.
        #expect(eight.style(.selection).reverse)
        // With 256 colours the theme's own colours are kept.
        let full = theme.fitted(to: .indexed256)
        #expect(!full.style(.selectionDim).underline)
        #expect(full.style(.selectionDim).background != full.style(.normal).background)
    }

    @Test func contrastFollowsTheWCAGFormula() {
        #expect(abs(Contrast.ratio((0, 0, 0), (255, 255, 255)) - 21) < 0.001)
        #expect(abs(Contrast.ratio((255, 255, 255), (255, 255, 255)) - 1) < 0.001)
        // A known pair: #767676 on white is the classic 4.54:1.
        #expect(abs(Contrast.ratio((0x76, 0x76, 0x76), (255, 255, 255)) - 4.54) < 0.01)
    }
}
