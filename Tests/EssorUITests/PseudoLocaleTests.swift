import EssorCore
import Foundation
import Testing

@testable import EssorUI

/// Every screen of the goldens, rendered with every text 40 % longer and
/// marked ⟦…⟧ (`Localization.pseudoLocale`): a translation longer than the
/// French must be shortened with an ellipsis where it does not fit, never
/// cut off silently by a column or the edge of the screen.
@Suite struct PseudoLocaleTests {
    /// Frame glyphs: a text that stops at one is under a window drawn
    /// over it (the help, a dialog), not cut.
    static let frames: Set<Character> = ["│", "┌", "└", "├", "┐", "┘", "┤", "─", "╭", "╰", "┬", "┴"]

    /// The pseudo texts of `line` that are cut without an ellipsis. A text
    /// still open at the end of the line is fine when `next` carries on
    /// with it (a wrapped paragraph).
    static func clipped(_ line: String, next: String = "") -> [String] {
        let chars = Array(line)
        var open: [Int] = []
        for (index, c) in chars.enumerated() {
            if c == "⟦" { open.append(index) } else if c == "⟧" { _ = open.popLast() }
        }
        var problems: [String] = []
        for start in open {
            // The text up to where another one starts.
            var end = start + 1
            while end < chars.count, chars[end] != "⟦" { end += 1 }
            // Shortened at the end of the row when it holds a nested text
            // that closes (« ⟦Point bas fin ⟦octobre⟧ 2027, à…»): the
            // ellipsis may come after it. A text two spaces on is another
            // column's.
            var span = end
            while span < chars.count {
                if chars[span] == "⟦" {
                    let next = chars[(span + 1)...].firstIndex { $0 == "⟦" || $0 == "⟧" }
                    let closes = next.map { chars[$0] == "⟧" } ?? false
                    let column = span >= 2 && chars[span - 1] == " " && chars[span - 2] == " "
                    if !closes || column { break }
                }
                span += 1
            }
            if chars[start..<span].contains("…") { continue }
            let text = String(chars[start..<end])
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            // An outer text still open when a nested one opens after it
            // (« ⟦Supprimé : ⟦1 contact⟧, ⟦3 années… ») carries on with it.
            let lastRow = end == chars.count || start < (open.last ?? start)
            if text.contains("…") { continue }
            if trimmed.contains(where: { frames.contains($0) }) { continue }
            // A wrapped text carries on in the next row of its region,
            // which starts after the last frame to its left.
            let region = (chars[..<start].lastIndex(where: { frames.contains($0) }) ?? -1) + 1
            if lastRow, continues(next, from: region) { continue }
            problems.append(text)
        }
        return problems
    }

    /// Whether `next`, from column `start` on, carries on a wrapped text:
    /// it ends one before starting another, or holds only its words.
    static func continues(_ next: String, from start: Int) -> Bool {
        let rest = next.dropFirst(start)
        guard rest.contains(where: { !$0.isWhitespace }) else { return false }
        let close = rest.firstIndex(of: "⟧")
        let open = rest.firstIndex(of: "⟦")
        switch (open, close) {
        case (nil, _): return true
        case (let open?, let close?): return close < open
        case (_?, nil): return false
        }
    }

    @Test(arguments: GoldenRenderTests.cases)
    func longerTextsAreShortenedVisibly(_ golden: GoldenRenderTests.Case) throws {
        let lines = try Localization.$pseudoLocale.withValue(true) {
            let app = try DemoFixture(width: golden.width, height: golden.height)
            app.controller.press(golden.keys)
            return HeadlessRenderer.lines(app.controller.render())
        }
        #expect(lines.joined().contains("⟦"), "the pseudo-locale is not in use")
        for (row, line) in lines.enumerated() {
            for text in Self.clipped(line, next: row + 1 < lines.count ? lines[row + 1] : "") {
                Issue.record("\(golden.name), row \(row): “\(text)” is cut without an ellipsis\n\(line)")
            }
        }
    }

    @Test func theCheckerTellsACutTextFromAShortenedOne() {
        #expect(Self.clipped(" ⟦Nom··⟧  ⟦Ville·⟧ ").isEmpty)
        #expect(Self.clipped(" ⟦Structures memb…  ⟦Ville·⟧").isEmpty)
        #expect(Self.clipped(" ⟦Structures memb  ⟦Ville·⟧") == ["⟦Structures memb  "])
        #expect(Self.clipped("abc ⟦Fin") == ["⟦Fin"])
        #expect(Self.clipped(" ⟦tri : ⟦nom··⟧···⟧").isEmpty)
        #expect(Self.clipped(" ⟦tri : ⟦nom··⟧·  ⟦Ville·⟧") == ["⟦tri : "])
        #expect(Self.clipped(" ⟦une longue phrase", next: "   qui continue··⟧").isEmpty)
        #expect(Self.clipped(" ⟦Avec : ⟦1 contact⟧, ⟦3 années de", next: "  comptes⟧⟧").isEmpty)
        #expect(Self.clipped(" ⟦Avec : ⟦1 contact⟧, ⟦3 années de", next: "") == ["⟦Avec : ", "⟦3 années de"])
        #expect(Self.clipped(" ⟦Heu│ ⟦Nom⟧").isEmpty)
        // A sentence holding a translated word, shortened after it.
        #expect(Self.clipped(" ⟦Point bas fin ⟦octobre·⟧ 2027, à…").isEmpty)
        #expect(Self.clipped(" ⟦Point bas fin ⟦octobre·⟧ 2027, à") == ["⟦Point bas fin "])
        #expect(Self.clipped(" ⟦Point bas fin  ⟦octobre·⟧ 2027, à…") == ["⟦Point bas fin  "])
    }
}
