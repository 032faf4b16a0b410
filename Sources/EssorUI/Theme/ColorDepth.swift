import Foundation

/// What a terminal can show, and how a theme's colours come down to it:
/// true colour as is; else the nearest of the 256-colour cube and greys;
/// else of the 16, or the 8, standard colours; else attributes only.
public enum ColorDepth: Int, Comparable, Sendable, CaseIterable {
    case none = 0
    case ansi8 = 8
    case ansi16 = 16
    case indexed256 = 256
    case direct = 16_777_216

    /// The depth for a terminal offering `colors` colours.
    public init(colors: Int) {
        self = Self.allCases.last { $0.rawValue <= max(0, colors) } ?? .none
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `color` as this depth can show it.
    public func fit(_ color: ThemeColor) -> ThemeColor {
        guard let (r, g, b) = color.components else { return .terminalDefault }
        switch self {
        case .none:
            return .terminalDefault
        case .direct:
            if case .ansi(let n) = color, n < 8 { return color }
            return .rgb(UInt8(r), UInt8(g), UInt8(b))
        case .indexed256:
            if case .ansi = color { return color }
            if case .indexed = color { return color }
            return .indexed(Self.nearest(r, g, b, among: 16..<256))
        case .ansi16:
            if case .ansi = color { return color }
            return .ansi(Self.standard(r, g, b))
        case .ansi8:
            if case .ansi(let n) = color, n < 8 { return color }
            return .ansi(Self.standard(r, g, b, bright: false))
        }
    }

    /// The standard colour that reads as (r, g, b): by hue for colours
    /// (a pastel red stays red, where the nearest by distance would be
    /// grey), by lightness for greys; bright when light enough.
    static func standard(_ r: Int, _ g: Int, _ b: Int, bright: Bool = true) -> Int {
        let high = max(r, g, b)
        let low = min(r, g, b)
        let chroma = high - low
        if chroma < 40 {
            let lightness = (high + low) / 2
            if !bright { return lightness < 128 ? 0 : 7 }
            return lightness < 60 ? 0 : lightness < 150 ? 8 : lightness < 240 ? 7 : 15
        }
        var hue: Double
        let c = Double(chroma)
        if high == r {
            hue = 60 * (Double(g - b) / c)
        } else if high == g {
            hue = 60 * (Double(b - r) / c + 2)
        } else {
            hue = 60 * (Double(r - g) / c + 4)
        }
        if hue < 0 { hue += 360 }
        // Hue ranges as the eye names them (yellow is narrow, blue wide).
        let base: Int
        switch hue {
        case 30..<80: base = 3
        case 80..<160: base = 2
        case 160..<210: base = 6
        case 210..<280: base = 4
        case 280..<330: base = 5
        default: base = 1
        }
        return bright && high > 200 ? base + 8 : base
    }

    /// The index of the xterm colour closest to (r, g, b), by a distance
    /// that weighs green most, as the eye does.
    static func nearest(_ r: Int, _ g: Int, _ b: Int, among range: Range<Int>) -> Int {
        var best = range.lowerBound
        var bestDistance = Int.max
        for index in range {
            let c = xtermComponents(index)
            let distance = 2 * (c.r - r) * (c.r - r) + 4 * (c.g - g) * (c.g - g) + 3 * (c.b - b) * (c.b - b)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }

    /// xterm's colours: 16 standard, the 6×6×6 cube, 24 greys.
    static func xtermComponents(_ index: Int) -> (r: Int, g: Int, b: Int) {
        let standard: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return standard[index] }
        if index < 232 {
            let n = index - 16
            let level = { (v: Int) in v == 0 ? 0 : 55 + v * 40 }
            return (level(n / 36), level(n / 6 % 6), level(n % 6))
        }
        let grey = 8 + (index - 232) * 10
        return (grey, grey, grey)
    }
}

/// WCAG 2 contrast between two colours, from 1 (none) to 21.
public enum Contrast {
    public static func ratio(_ a: (r: Int, g: Int, b: Int), _ b: (r: Int, g: Int, b: Int)) -> Double {
        let la = luminance(a)
        let lb = luminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func luminance(_ c: (r: Int, g: Int, b: Int)) -> Double {
        func channel(_ v: Int) -> Double {
            let s = Double(v) / 255
            return s <= 0.03928 ? s / 12.92 : Foundation.pow((s + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)
    }
}
