/// The selected row of a list and the first row shown.
public struct ListCursor: Equatable, Sendable {
    public var index: Int = 0
    public var offset: Int = 0

    public init(index: Int = 0, offset: Int = 0) {
        self.index = index
        self.offset = offset
    }

    /// Keeps the cursor inside `count` rows and visible in `pageSize` rows.
    public mutating func clamp(count: Int, pageSize: Int) {
        index = count == 0 ? 0 : min(max(0, index), count - 1)
        let page = max(1, pageSize)
        if index < offset { offset = index }
        if index >= offset + page { offset = index - page + 1 }
        offset = max(0, min(offset, max(0, count - page)))
    }

    public mutating func move(by delta: Int, count: Int, pageSize: Int) {
        index += delta
        clamp(count: count, pageSize: pageSize)
    }

    public mutating func move(to newIndex: Int, count: Int, pageSize: Int) {
        index = newIndex
        clamp(count: count, pageSize: pageSize)
    }
}
