import EssorCore
import Testing

@testable import EssorUI

@Suite struct TextWidthTests {
    @Test func measuresGraphemes() {
        #expect(TextWidth.of("abc") == 3)
        #expect(TextWidth.of("Économie") == 8)
        #expect(TextWidth.of("E\u{0301}conomie") == 8)  // combining accent stays with its base
        #expect(TextWidth.of("日本") == 4)
        #expect(TextWidth.of("👍") == 2)
        #expect(TextWidth.of("👨‍👩‍👧") == 2)
        #expect(TextWidth.of("❤️") == 2)
        #expect(TextWidth.of("한국") == 4)
        #expect(TextWidth.of("a\u{200B}b") == 2)
    }
}

@Suite struct CanvasTests {
    func line(_ canvas: Canvas, _ y: Int = 0) -> String { HeadlessRenderer.lines(canvas)[y] }

    @Test func writesAndTruncatesWithAnEllipsis() {
        var canvas = Canvas(width: 12, height: 1)
        let used = canvas.write("Coopérative du Bocage", x: 0, y: 0, maxWidth: 10)
        #expect(used == 10)
        #expect(line(canvas) == "Coopérati…")
    }

    @Test func keepsWideCharactersWhole() {
        var canvas = Canvas(width: 10, height: 2)
        canvas.write("日本語テキスト", x: 0, y: 0, maxWidth: 5)
        #expect(line(canvas, 0) == "日本…")
        canvas.write("日本語", x: 0, y: 1, maxWidth: 4)
        #expect(line(canvas, 1) == "日 …")  // no half character: a space, then the mark
        #expect(canvas[1, 0].isContinuation)
    }

    @Test func keepsEmojiAndCombiningMarksInOneCell() {
        var canvas = Canvas(width: 10, height: 1)
        canvas.write("👍e\u{0301}!", x: 0, y: 0)
        #expect(canvas[0, 0].text == "👍")
        #expect(canvas[1, 0].isContinuation)
        #expect(canvas[2, 0].text == "e\u{0301}")
        #expect(canvas[3, 0].text == "!")
    }

    @Test func escapesControlCharactersFromData() {
        var canvas = Canvas(width: 30, height: 1)
        canvas.write("A\u{1B}[2J\r\u{202E}Z", x: 0, y: 0)
        #expect(line(canvas) == "A\\e[2J\\r\\u{202E}Z")
        let roles = HeadlessRenderer.roles(canvas)
        #expect(roles.hasPrefix(".XX...XXXXXXXXXX."))
        for cell in canvas.cells { #expect(SafeText.isClean(cell.text)) }
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.write("日本", x: 0, y: 0)
        canvas.write("x", x: 1, y: 0)
        #expect(line(canvas) == " x本")
        canvas.write("y", x: 2, y: 0)
        #expect(line(canvas) == " xy")
    }

    @Test func clipsAtTheRightEdge() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.write("abcdefgh", x: 2, y: 0)
        #expect(line(canvas) == "  ab…")
        canvas.write("日", x: 4, y: 0)
        #expect(line(canvas) == "  ab…")  // a wide character never spills over the edge
    }

    @Test func drawsBoxesInAsciiWhenAsked() {
        var canvas = Canvas(width: 6, height: 3, glyphs: .ascii)
        canvas.box(canvas.bounds)
        #expect(HeadlessRenderer.lines(canvas) == ["+----+", "|    |", "+----+"])
    }
}

@Suite struct TextLayoutTests {
    @Test func wrapsAtSpacesAndCutsLongWords() {
        #expect(TextLayout.wrap("Les paniers de la vallée", width: 10) == ["Les", "paniers de", "la vallée"])
        #expect(
            TextLayout.wrap("https://exemple.example/long", width: 10) == [
                "https://ex", "emple.exam", "ple/long",
            ])
        #expect(TextLayout.wrap("a\nb", width: 5) == ["a", "b"])
        #expect(TextLayout.wrap("日本語の文", width: 4) == ["日本", "語の", "文"])
    }

    @Test func truncatesByDisplayWidth() {
        #expect(TextLayout.truncate("Économie Circulaire", to: 8) == "Économi…")
        #expect(TextLayout.truncate("court", to: 8) == "court")
        #expect(TextLayout.truncate("x\u{1B}y", to: 8) == "x\\ey")
    }
}

@Suite struct TableLayoutTests {
    @Test func dropsLeastImportantColumnsFirst() {
        let columns = [
            TableColumn("Nom", .flex(min: 10, weight: 2), priority: 1),
            TableColumn("Ville", .fixed(8), priority: 2),
            TableColumn("Cohortes", .flex(min: 10, weight: 1), priority: 5),
        ]
        #expect(TableView.widths(columns, available: 40) == [16, 8, 14])
        #expect(TableView.widths(columns, available: 25) == [16, 8, nil])
        #expect(TableView.widths(columns, available: 6) == [6, nil, nil])
    }
}

@Suite struct KeymapTests {
    @Test func findsCommandsByContextOrder() {
        let keymap = Keymap.standard
        #expect(keymap.command(for: .char("j"), in: [.list, .global]) == .moveDown)
        #expect(keymap.command(for: .escape, in: [.detail, .global]) == .back)
        #expect(keymap.command(for: .enter, in: [.cohorts, .list]) == .open)
        #expect(keymap.command(for: .char("§"), in: KeyContext.allCases) == nil)
    }

    @Test func everyCommandIsDescribedAndNamedOnce() {
        // Two declarations with one name would be one command for the
        // configuration file but two for the help.
        var described: [String: String] = [:]
        for binding in Keymap.standard.bindings {
            let text = binding.command.description(true)
            #expect(described[binding.command.rawValue, default: text] == text, "\(binding.command.rawValue)")
            described[binding.command.rawValue] = text
        }
        #expect(Command(rawValue: "edit-model") == .editModel)
        #expect(Command(rawValue: "no-such-command") == nil)
        for command in Command.allCases {
            #expect(!Strings.text(.command(command), .fr).isEmpty)
            #expect(Strings.text(.command(command), .fr) != Strings.text(.command(command), .en))
        }
    }

    /// A key has one unconditional binding per context at most; one that
    /// applies only sometimes (v in the matrix) comes before it and lets
    /// the key fall through otherwise.
    @Test func noKeyIsBoundTwiceInOneContext() {
        for context in KeyContext.allCases {
            let bindings = Keymap.standard.bindings(in: context)
            let keys = bindings.filter { $0.condition == nil }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "duplicate key in \(context)")
            for (index, binding) in bindings.enumerated() where binding.condition != nil {
                for later in bindings[(index + 1)...] where !Set(later.keys).isDisjoint(with: binding.keys) {
                    #expect(later.condition == nil, "two conditional bindings share a key in \(context)")
                }
            }
        }
    }
}

/// Layout costs what the text costs, once: a long text is wrapped in one
/// pass, and a view lays out only what it can show.
@Suite struct LongTextLayoutTests {
    @Test func aWordLongerThanManyLinesIsCutInOnePass() {
        let text = String(repeating: "x", count: 200_000)
        let lines = TextLayout.wrap(text, width: 40)
        #expect(lines.count == 5_000 && lines.allSatisfy { $0.count == 40 })
        #expect(TextLayout.wrap("ab cdefghij k", width: 4) == ["ab", "cdef", "ghij", "k"])
    }

    @Test func aLimitedWrapStopsAtItsLines() {
        let (lines, truncated) = TextLayout.wrap(
            String(repeating: "mot ", count: 1_000_000), width: 40, limit: 10)
        #expect(lines.count == 10 && truncated)
        #expect(TextLayout.wrap("court", width: 40, limit: 10) == (["court"], false))
    }

    @Test func aDetailShowsAValueOnlyAsFarAsAFieldTakes() {
        let value = String(repeating: "y", count: TextLimit.long + 5_000)
        let rows = DetailDocument.layout([.paragraph(value)], width: 100, glyphs: .unicode)
        #expect(rows.count == TextLimit.long / 100 + 1)
        #expect(rows.last?.spans.first?.text.hasSuffix("… (+5 000)") == true)
        #expect(
            DetailDocument.layout([.paragraph(value)], width: 100, glyphs: .unicode, maxRows: 30).count == 30)
    }

    @Test func truncatingLooksAtTheStartOnly() {
        let text = String(repeating: "z", count: 5_000_000)
        #expect(TextLayout.truncate(text, to: 10) == "zzzzzzzzz…")
        #expect(TextLayout.truncate("court", to: .max) == "court")
    }
}
