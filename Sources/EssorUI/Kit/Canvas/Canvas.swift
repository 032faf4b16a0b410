import EssorCore

/// One cell of the canvas: a grapheme cluster and its role. A wide
/// grapheme occupies its cell and the next one, which holds "" (a
/// continuation cell).
public struct Cell: Equatable, Sendable {
    public var text: String
    public var role: Role

    public init(text: String, role: Role) {
        self.text = text
        self.role = role
    }

    public static let blank = Cell(text: " ", role: .normal)
    public var isContinuation: Bool { text.isEmpty }
}

/// An in-memory grid of cells that views draw into. Everything written
/// through it is measured per grapheme and escaped when it came from data,
/// so no control character can reach the terminal.
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public let glyphs: Glyphs
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.glyphs = glyphs
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Sets one cell, keeping wide characters whole: overwriting either half
    /// of a wide character blanks the other half.
    mutating func set(x: Int, y: Int, text: String, role: Role, wide: Bool = false) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1].text = " "
        }
        if x + 1 < width, cells[index + 1].isContinuation, !cells[index].isContinuation {
            cells[index + 1].text = " "
        }
        cells[index] = Cell(text: text, role: role)
        if wide {
            guard x + 1 < width else {
                cells[index].text = " "
                return
            }
            if x + 2 < width, cells[index + 2].isContinuation { cells[index + 2].text = " " }
            cells[index + 1] = Cell(text: "", role: role)
        }
    }

    /// Fills a rectangle with spaces (or `fill`) in `role`.
    public mutating func fill(_ rect: Rect, role: Role, with fill: String = " ") {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { set(x: x, y: y, text: fill, role: role) }
        }
    }

    /// Sets the role of existing cells without changing their text.
    public mutating func paint(_ rect: Rect, role: Role) {
        let r = clip(rect)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * width + x].role = role }
        }
    }

    /// Writes `text` at (x, y) in at most `maxWidth` cells (to the right
    /// edge by default). Control characters are drawn escaped in the
    /// `.escaped` role; text too long ends with an ellipsis. Returns the
    /// number of cells used.
    @discardableResult
    public mutating func write(
        _ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: Role = .normal
    ) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        guard limit > 0 else { return 0 }
        let segments = SafeText.segments(text)
        var total = 0
        for segment in segments { total += TextWidth.of(segment.text) }
        let budget = total <= limit ? limit : limit - TextWidth.of(glyphs.ellipsis)
        var column = x
        var used = 0
        outer: for segment in segments {
            let segmentRole = segment.isEscape && role != .selection ? Role.escaped : role
            for character in segment.text {
                let w = TextWidth.of(character)
                if w == 0 { continue }
                if used + w > budget { break outer }
                if column >= 0 {
                    set(x: column, y: y, text: String(character), role: segmentRole, wide: w == 2)
                }
                column += w
                used += w
            }
        }
        if total > limit {
            // Pad a half-filled cell left by a wide character, then mark the cut.
            while used < budget {
                set(x: column, y: y, text: " ", role: role)
                column += 1
                used += 1
            }
            set(x: column, y: y, text: glyphs.ellipsis, role: role)
            used += 1
        }
        return used
    }

    /// Writes `text` right-aligned so that it ends at column `right` (excluded).
    @discardableResult
    public mutating func writeRight(_ text: String, right: Int, y: Int, maxWidth: Int, role: Role = .normal)
        -> Int
    {
        let w = min(TextWidth.of(SafeText.escaped(text)), maxWidth)
        return write(text, x: right - w, y: y, maxWidth: w, role: role)
    }

    public mutating func horizontalLine(x: Int, y: Int, width: Int, role: Role = .border) {
        guard width > 0 else { return }
        for column in x..<(x + width) { set(x: column, y: y, text: glyphs.horizontal, role: role) }
    }

    public mutating func verticalLine(x: Int, y: Int, height: Int, role: Role = .border) {
        guard height > 0 else { return }
        for row in y..<(y + height) { set(x: x, y: row, text: glyphs.vertical, role: role) }
    }

    /// Draws a frame around `rect` with an optional title in its top edge.
    public mutating func box(_ rect: Rect, role: Role = .border, title: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        horizontalLine(x: rect.x + 1, y: rect.y, width: rect.width - 2, role: role)
        horizontalLine(x: rect.x + 1, y: rect.maxY - 1, width: rect.width - 2, role: role)
        verticalLine(x: rect.x, y: rect.y + 1, height: rect.height - 2, role: role)
        verticalLine(x: rect.maxX - 1, y: rect.y + 1, height: rect.height - 2, role: role)
        set(x: rect.x, y: rect.y, text: glyphs.topLeft, role: role)
        set(x: rect.maxX - 1, y: rect.y, text: glyphs.topRight, role: role)
        set(x: rect.x, y: rect.maxY - 1, text: glyphs.bottomLeft, role: role)
        set(x: rect.maxX - 1, y: rect.maxY - 1, text: glyphs.bottomRight, role: role)
        if let title, rect.width > 6 {
            write(" \(title) ", x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4, role: role)
        }
    }

    func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x)
        let y0 = max(0, rect.y)
        let x1 = min(width, rect.maxX)
        let y1 = min(height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }
}
