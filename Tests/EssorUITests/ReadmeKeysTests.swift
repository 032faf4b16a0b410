import Foundation
import Testing

@testable import EssorUI

/// The README's key reference is the bindings' own: regenerate it with
/// `ESSOR_RECORD_README=1 swift test --filter ReadmeKeysTests`.
@Suite struct ReadmeKeysTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

    @Test func theREADMEListsEveryKeyAsTheBindingsSay() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let begin = "<!-- keys:begin -->\n"
        let end = "<!-- keys:end -->"
        let start = try #require(text.range(of: begin), "README.md has no keys:begin marker")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        let generated = KeyReference.markdown()
        if ProcessInfo.processInfo.environment["ESSOR_RECORD_README"] == "1" {
            let updated = text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: generated)
            try updated.write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            String(text[start.upperBound..<stop.lowerBound]) == generated,
            "README.md's key reference differs from the bindings: ESSOR_RECORD_README=1 swift test --filter ReadmeKeysTests"
        )
    }
}
