import EssorCore
import EssorUI
import Testing

@Suite struct KeySpecTests {
    @Test func readsKeysAsPeopleWriteThem() {
        #expect(KeySpec.parse("q") == .char("q"))
        #expect(KeySpec.parse("Q") == .char("Q"))
        #expect(KeySpec.parse("é") == .char("é"))
        #expect(KeySpec.parse("Ctrl-Q") == .ctrl("q"))
        #expect(KeySpec.parse("C-x") == .ctrl("x"))
        #expect(KeySpec.parse("^L") == .ctrl("l"))
        #expect(KeySpec.parse("Alt-b") == .alt("b"))
        #expect(KeySpec.parse("M-f") == .alt("f"))
        #expect(KeySpec.parse("F2") == .function(2))
        #expect(KeySpec.parse("f12") == .function(12))
        #expect(KeySpec.parse("Enter") == .enter)
        #expect(KeySpec.parse("Entrée") == .enter)
        #expect(KeySpec.parse("Échap") == .escape)
        #expect(KeySpec.parse("PgDn") == .pageDown)
        #expect(KeySpec.parse("PgSuiv") == .pageDown)
        #expect(KeySpec.parse("Space") == .char(" "))
        #expect(KeySpec.parse("Maj-Tab") == .backTab)
        #expect(KeySpec.parse("↑") == .up)
    }

    @Test func refusesWhatIsNotAKey() {
        #expect(KeySpec.parse("") == nil)
        #expect(KeySpec.parse("Ctrl-") == nil)
        #expect(KeySpec.parse("Ctrl-QQ") == nil)
        #expect(KeySpec.parse("F99") == nil)
        #expect(KeySpec.parse("\u{1B}") == nil)
        #expect(KeySpec.parse("hyper-x") == nil)
    }

    @Test func everyKeyTheHelpNamesCanBeWrittenBack() {
        for binding in Keymap.standard.bindings {
            for key in binding.keys {
                for lang in [Lang.fr, .en] {
                    let name = Strings.text(.keyName(key), lang)
                    #expect(KeySpec.parse(name) == key, "\(name)")
                }
            }
        }
    }
}

@Suite struct KeyRemapTests {
    @Test func aRemappedActionAnswersToItsNewKeysOnly() {
        let (keymap, orphans) = Keymap.standard.remapped([KeyRemap(.quit, [.ctrl("q")])])
        #expect(orphans.isEmpty)
        #expect(keymap.command(for: .ctrl("q"), in: [.global]) == .quit)
        #expect(keymap.command(for: .char("q"), in: [.global]) == nil)
        // The help overlay's own `q` is another action and stays.
        #expect(keymap.command(for: .char("q"), in: [.help]) == .back)
    }

    @Test func aKeyGivenToAnActionIsTakenFromTheOthersAround() {
        let (keymap, _) = Keymap.standard.remapped([
            KeyRemap(.filter, [.char("f")]), KeyRemap(.quit, [.char("j")]),
        ])
        #expect(keymap.command(for: .char("f"), in: [.list, .global]) == .filter)
        #expect(keymap.command(for: .char("j"), in: [.structures, .list, .global]) == .quit)
        // ↓ still moves down.
        #expect(keymap.command(for: .down, in: [.structures, .list, .global]) == .moveDown)
        // In forms, j is typed as text: the picker and text contexts keep theirs.
        #expect(keymap.command(for: .char("j"), in: [.listField, .form]) == .moveDown)
    }

    @Test func lettersAreNeverTakenWhereTextIsTyped() {
        let (keymap, _) = Keymap.standard.remapped([KeyRemap(.save, [.char("s"), .ctrl("s")])])
        #expect(keymap.command(for: .char("s"), in: [.text, .form]) == nil)
        #expect(keymap.command(for: .ctrl("s"), in: [.text, .form]) == .save)
    }

    @Test func anActionLeftWithoutKeysIsReported() {
        let (_, orphans) = Keymap.standard.remapped([KeyRemap(.quit, [.ctrl("l")], line: 4)])
        #expect(orphans.map(\.command) == [.redraw])
        #expect(orphans.first?.line == 4)
        let (_, unbound) = Keymap.standard.remapped([KeyRemap(.redraw, [], line: 9)])
        #expect(unbound.map(\.command) == [.redraw])
        #expect(unbound.first?.line == 9)
    }

    @Test func theHelpOverlayShowsRemappedKeys() throws {
        let (keymap, _) = Keymap.standard.remapped([KeyRemap(.quit, [.ctrl("q"), .function(10)])])
        let app = try DemoFixture(width: 100, height: 60, preferences: Preferences(keymap: keymap))
        app.press(.char("?"))
        let quit = HelpContent.lines(app.state).compactMap { line -> String? in
            if case .field(let keys, "Quitter", _) = line { return keys } else { return nil }
        }
        #expect(quit.first == "Ctrl-Q F10")  // then `:q`, the command line's
        app.press(.escape)
        // The status line's hints say it too, and the key works.
        #expect(app.screen.contains("Ctrl-Q quitter"))
        #expect(app.press(.char("q")).isEmpty)
        #expect(app.press(.ctrl("q")) == [.quit])
    }
}
