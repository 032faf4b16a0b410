import EssorExchange
import Foundation
import Testing

@Suite struct ICalendarTextTests {
    @Test func escapesAndUnescapesText() {
        let text = "Atelier; modèle, \"économique\"\\ligne\nsuite"
        let escaped = ICalendarText.escape(text)
        #expect(escaped == "Atelier\\; modèle\\, \"économique\"\\\\ligne\\nsuite")
        #expect(ICalendarText.unescape(escaped) == text)
        #expect(ICalendarText.unescape("a\\Nb") == "a\nb")
    }

    @Test func foldsAtSeventyFiveOctetsWithoutSplittingCharacters() {
        let line = "SUMMARY:" + String(repeating: "é", count: 100)
        let folded = ICalendarText.fold(line)
        #expect(folded.hasSuffix("\r\n"))
        let physical = folded.split(separator: "\r\n", omittingEmptySubsequences: true)
        #expect(physical.count > 1)
        for part in physical { #expect(part.utf8.count <= 75) }
        // Unfolding gives the line back.
        let unfolded = folded.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(
            of: "\r\n", with: "")
        #expect(unfolded == line)
    }
}
