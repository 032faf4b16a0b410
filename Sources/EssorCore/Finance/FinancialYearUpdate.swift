/// What an import brings for one structure's year: the figures of its
/// cells, and the columns the file has. It merges by column: a figure
/// whose column the file leaves out keeps the stored value, as does an
/// empty cell unless the import clears empty cells (`--vider-vides`), in
/// which case the figure becomes unknown.
public struct FinancialYearUpdate: Equatable, Sendable {
    public var structureID: StructureID
    public var year: Int
    /// The cells that hold a figure.
    public var values: [FinancialYear.Figure: Double]
    /// The figure columns of the file, filled or not.
    public var columns: Set<FinancialYear.Figure>
    /// Whether an empty cell makes the figure unknown (else it keeps the
    /// stored value).
    public var clearsEmpty: Bool

    public init(
        structureID: StructureID, year: Int, values: [FinancialYear.Figure: Double],
        columns: Set<FinancialYear.Figure>, clearsEmpty: Bool = false
    ) {
        self.structureID = structureID
        self.year = year
        self.values = values
        self.columns = columns.union(values.keys)
        self.clearsEmpty = clearsEmpty
    }

    /// The year once the update is applied to what is stored (nil: a year
    /// not entered yet). The version is the stored one: an import replaces
    /// what it brings whatever was saved since it was read.
    public func applied(to stored: FinancialYear?) -> FinancialYear {
        var year = stored ?? FinancialYear(structureID: structureID, year: self.year)
        for figure in columns {
            if let value = values[figure] {
                year[figure] = value
            } else if clearsEmpty {
                year[figure] = nil
            }
        }
        return year
    }

    /// One figure that the update changes: stored → new (nil: unknown).
    public struct Change: Equatable, Sendable {
        public var figure: FinancialYear.Figure
        public var stored: Double?
        public var new: Double?
    }

    /// What the update does to a stored year: the figures it changes, in
    /// the figures' order, and whether it brings a year not entered yet.
    public struct Outcome: Equatable, Sendable {
        public var changes: [Change]
        /// A year not stored before, which the update creates (only when
        /// it changes something: a row of empty cells creates nothing).
        public var isNew: Bool
    }

    public func outcome(from stored: FinancialYear?) -> Outcome {
        let changes = changes(from: stored)
        return Outcome(changes: changes, isNew: stored == nil && !changes.isEmpty)
    }

    /// What the update changes in the stored year, in the figures' order.
    public func changes(from stored: FinancialYear?) -> [Change] {
        let new = applied(to: stored)
        return FinancialYear.Figure.allCases.compactMap { figure in
            stored?[figure] == new[figure]
                ? nil : Change(figure: figure, stored: stored?[figure], new: new[figure])
        }
    }
}
