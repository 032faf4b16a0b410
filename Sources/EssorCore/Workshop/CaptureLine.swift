/// The capture line of the workshop screen: a kind prefix, the text,
/// `#tags`, and for an action `@owner` and a due date.
///
/// `action: relancer la mairie @Coop des Deux Rives 15/01 #financement`
/// gives an action "relancer la mairie", owned by "Coop des Deux Rives",
/// due on the next 15 January, tagged `financement`. Without a prefix the
/// line is an idea.
public struct CaptureLine: Equatable, Sendable {
    public var kind: WorkshopItemKind
    public var text: String
    public var tags: [String]
    public var owner: String
    public var due: LocalDate?

    public init(kind: WorkshopItemKind, text: String, tags: [String], owner: String, due: LocalDate?) {
        self.kind = kind
        self.text = text
        self.tags = tags
        self.owner = owner
        self.due = due
    }

    /// Prefixes, French and English, with or without accents.
    static let prefixes: [(String, WorkshopItemKind)] = [
        ("idee", .idea), ("idea", .idea), ("i", .idea),
        ("question", .question), ("q", .question),
        ("decision", .decision), ("d", .decision),
        ("action", .action), ("a", .action), ("todo", .action),
    ]

    /// Nil for a line with no text. `today` dates a `15/01` without a year:
    /// the first such day from `today` on.
    public static func parse(_ line: String, today: LocalDate) -> CaptureLine? {
        var rest = line.trimmingSpaces
        var kind = WorkshopItemKind.idea
        if let colon = rest.firstIndex(of: ":") {
            let head = SearchFolding.fold(String(rest[..<colon]).trimmingSpaces)
            if let found = prefixes.first(where: { $0.0 == head }) {
                kind = found.1
                rest = String(rest[rest.index(after: colon)...]).trimmingSpaces
            }
        } else if rest.hasPrefix("?") {
            kind = .question
            rest = String(rest.dropFirst()).trimmingSpaces
        }
        var words: [String] = []
        var tags: [String] = []
        var owner: [String] = []
        var due: LocalDate?
        var inOwner = false
        for word in rest.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            if word.hasPrefix("#"), word.count > 1 {
                // Kept as written (accents too), in lower case; the same tag
                // twice, accents or case aside, counts once.
                let tag = String(word.dropFirst()).lowercased().filter {
                    $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_"
                }
                if !tag.isEmpty
                    && !tags.contains(where: { SearchFolding.fold($0) == SearchFolding.fold(tag) })
                {
                    tags.append(tag)
                }
                inOwner = false
                continue
            }
            if kind == .action, due == nil, let date = date(word, today: today) {
                due = date
                inOwner = false
                continue
            }
            if word.hasPrefix("@") {
                inOwner = true
                let name = String(word.dropFirst())
                if !name.isEmpty { owner.append(name) }
                continue
            }
            if inOwner {
                owner.append(word)
            } else {
                words.append(word)
            }
        }
        let text = words.joined(separator: " ")
        guard !text.isEmpty else { return nil }
        return CaptureLine(kind: kind, text: text, tags: tags, owner: owner.joined(separator: " "), due: due)
    }

    /// `15/01`, `15/01/2027` or `2027-01-15`; a day without a year is the
    /// first one from `today` on.
    static func date(_ word: String, today: LocalDate) -> LocalDate? { DateReader.read(word, today: today) }

    public func item(meeting: MeetingID, at instant: Int64) -> WorkshopItem {
        WorkshopItem(
            meetingID: meeting, kind: kind, text: text, tags: tags, owner: owner, due: due, createdAt: instant
        )
    }
}
