import Foundation

/// The European emblem drawn from its official geometry (the graphic
/// guide to the European emblem): a rectangle of 3:2, twelve five-pointed
/// gold stars on a circle whose radius is a third of the height, each star
/// inscribed in a circle of an eighteenth of the height, one point up,
/// placed like the hours of a clock face. Reflex blue and yellow are the
/// guide's screen values.
public enum EUEmblem {
    public static let blue = "#003399"
    public static let yellow = "#FFCC00"

    /// The statement of annex IX of Regulation (EU) 2021/1060.
    public static func statement(_ lang: Lang) -> String {
        lang == .fr ? "Cofinancé par l'Union européenne" : "Co-funded by the European Union"
    }

    /// The emblem as an SVG element `height` millimetres high (the guide
    /// asks for at least 1 cm).
    public static func svg(height: Int = 12, title: String = "European Union") -> String {
        let h = 540.0
        let w = h * 1.5
        let ring = h / 3
        let outer = h / 18
        // A regular pentagram's inner vertices lie at (3 − √5) / 2 of its
        // outer radius.
        let inner = outer * (3 - 5.0.squareRoot()) / 2
        var stars: [String] = []
        for hour in 0..<12 {
            let angle = Double(hour) * .pi / 6
            let cx = w / 2 + ring * sin(angle)
            let cy = h / 2 - ring * cos(angle)
            var points: [String] = []
            for vertex in 0..<10 {
                let r = vertex.isMultiple(of: 2) ? outer : inner
                let a = Double(vertex) * .pi / 5
                points.append("\(format(cx + r * sin(a))),\(format(cy - r * cos(a)))")
            }
            stars.append("<polygon points=\"\(points.joined(separator: " "))\"/>")
        }
        let width = format(Double(height) * 1.5)
        return """
            <svg xmlns="http://www.w3.org/2000/svg" class="eu-emblem" width="\(width)mm" height="\(height)mm" \
            viewBox="0 0 \(format(w)) \(format(h))" role="img" aria-label="\(title)">\
            <title>\(title)</title>\
            <rect width="\(format(w))" height="\(format(h))" fill="\(blue)"/>\
            <g fill="\(yellow)">\(stars.joined())</g></svg>
            """
    }

    private static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
