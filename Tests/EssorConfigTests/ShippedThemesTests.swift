import EssorConfig
import EssorUI
import Foundation
import Testing

/// The files in `themes/`: they parse cleanly, and their text is readable.
@Suite struct ShippedThemesTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("themes").path

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasSuffix(".toml")
        }.sorted()
    }

    static func load(_ file: String) throws -> (Theme, [ConfigProblem]) {
        try ThemeFile.load(path: folder + "/" + file, name: String(file.dropLast(5)))
    }

    @Test func theFiveThemesAreShipped() {
        #expect(Set(Self.files) == ["defaut.toml", "nuit.toml", "clair.toml", "contraste.toml", "mono.toml"])
    }

    @Test(arguments: files) func parsesWithoutWarnings(file: String) throws {
        let (theme, warnings) = try Self.load(file)
        #expect(warnings.isEmpty, "\(warnings)")
        #expect(!theme.summary.isEmpty)
        #expect(theme.styles.count == Role.allCases.count)
    }

    /// Every role is written out, so that a theme never depends on what
    /// the built-in default happens to be.
    @Test(arguments: files) func declaresEveryRole(file: String) throws {
        let text = try String(contentsOfFile: Self.folder + "/" + file, encoding: .utf8)
        for role in Role.allCases {
            let name = RoleNames.name(role)
            #expect(text.contains("\n\(name) = "), "\(file) does not set \(name)")
        }
    }

    /// WCAG 2: text at least 4.5:1 against its background (7:1 for
    /// `contraste`); borders and bars, which are not text, at least 3:1.
    @Test(arguments: files) func textIsReadable(file: String) throws {
        let (theme, _) = try Self.load(file)
        let text = file == "contraste.toml" ? 7.0 : 4.5
        for role in Role.allCases {
            guard let ratio = theme.style(role).contrast else { continue }
            let needed = [.border, .borderFocused, .bar].contains(role) ? 3.0 : text
            #expect(ratio >= needed, "\(file) \(role): \(ratio)")
        }
    }

    @Test func coloursAreConcreteInTheColourThemes() throws {
        for file in ["nuit.toml", "clair.toml", "contraste.toml"] {
            let (theme, _) = try Self.load(file)
            for role in Role.allCases {
                #expect(theme.style(role).contrast != nil, "\(file) \(role) uses the terminal's colours")
            }
        }
    }

    @Test func defautAndMonoMatchTheCompiledInThemes() throws {
        #expect(try Self.load("defaut.toml").0.styles == Theme.builtIn.styles)
        #expect(try Self.load("mono.toml").0.styles == Theme.mono.styles)
        #expect(try Self.load("mono.toml").0.isMonochrome)
    }
}

extension TextStyle {
    /// Contrast of the text against its background as shown (reverse
    /// video swaps them); nil when either is the terminal's own colour.
    var contrast: Double? {
        let shown = reverse ? (background, foreground) : (foreground, background)
        guard let text = shown.0.components, let ground = shown.1.components else { return nil }
        return Contrast.ratio(text, ground)
    }
}
