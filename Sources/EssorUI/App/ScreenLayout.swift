/// Where things go on screen for a given size. Used by the views to draw
/// and by the reducer to page and scroll by what is actually visible.
public struct ScreenLayout: Equatable, Sendable {
    public static let minWidth = 40
    public static let minHeight = 10
    /// From this width, list panels show their detail beside the list.
    public static let wideWidth = 100

    public let size: Size

    public init(_ size: Size) { self.size = size }

    public var isTooSmall: Bool { size.width < Self.minWidth || size.height < Self.minHeight }
    public var isWide: Bool { size.width >= Self.wideWidth }
    public var header: Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    public var tabs: Rect { Rect(x: 0, y: 1, width: size.width, height: 1) }
    public var body: Rect { Rect(x: 0, y: 2, width: size.width, height: size.height - 3) }
    public var status: Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }

    /// The help overlay's frame.
    public var overlay: Rect {
        let width = min(size.width - 4, 76)
        let height = size.height - 4
        return Rect(x: (size.width - width) / 2, y: 2, width: width, height: height)
    }

    /// Lines of help visible inside the overlay frame.
    public var overlayPageSize: Int { max(1, overlay.height - 3) }

    /// - Parameter detailHidden: the user asked for the list alone (`z`).
    public func panel(_ panel: PanelID, focus: Focus, rowCount: Int, detailHidden: Bool = false)
        -> PanelLayout
    {
        let body = self.body
        if detailHidden {
            return focus == .detail
                ? PanelLayout(list: nil, detail: body, separator: nil)
                : PanelLayout(list: body, detail: nil, separator: nil)
        }
        if panel == .cohorts {
            if isWide {
                let (list, rest) = body.splitLeft(body.width * 55 / 100)
                return PanelLayout(
                    list: list,
                    detail: Rect(x: rest.x + 1, y: rest.y, width: rest.width - 1, height: rest.height),
                    separator: .vertical(x: rest.x))
            }
            let listHeight = min(rowCount + 2, max(5, body.height / 2))
            let (list, rest) = body.splitTop(listHeight)
            return PanelLayout(
                list: list,
                detail: Rect(x: rest.x, y: rest.y + 1, width: rest.width, height: rest.height - 1),
                separator: .horizontal(y: rest.y))
        }
        if isWide {
            let (list, rest) = body.splitLeft(body.width * 60 / 100)
            return PanelLayout(
                list: list,
                detail: Rect(x: rest.x + 1, y: rest.y, width: rest.width - 1, height: rest.height),
                separator: .vertical(x: rest.x))
        }
        return focus == .detail
            ? PanelLayout(list: nil, detail: body, separator: nil)
            : PanelLayout(list: body, detail: nil, separator: nil)
    }
}

/// A panel's share of the body: a list, a detail, or both with a line between.
public struct PanelLayout: Equatable, Sendable {
    public enum Separator: Equatable, Sendable {
        case vertical(x: Int)
        case horizontal(y: Int)
    }

    public var list: Rect?
    public var detail: Rect?
    public var separator: Separator?

    /// Rows of records visible in the list (title and column header aside).
    public var pageSize: Int { max(1, (list?.height ?? 3) - 2) }
    /// Lines of detail visible under its title line.
    public var detailPageSize: Int { max(1, (detail?.height ?? 2) - 1) }
    /// Width available to detail text (one column of margin each side).
    public var detailTextWidth: Int { max(1, (detail?.width ?? 3) - 2) }
}
