/// A gettext plural rule: the C expression of a catalogue's
/// `Plural-Forms` header (`plural=(n > 1)` for French), which tells which
/// of a message's forms goes with a count.
///
/// The expression is parsed once into a tree; every operator gettext
/// allows is read (`?:`, `||`, `&&`, comparisons, `+ - * / %`, `!`,
/// parentheses). A division by zero gives form 0 rather than a crash.
public struct PluralRule: Sendable {
    indirect enum Node: Sendable {
        case n
        case number(Int)
        case not(Node)
        case binary(String, Node, Node)
        case choice(Node, Node, Node)
    }

    let root: Node

    /// English and German: one form for 1, another for every other count.
    public static let germanic = PluralRule(root: .binary("!=", .n, .number(1)))

    init(root: Node) { self.root = root }

    public init?(_ formula: String) {
        var parser = Parser(Array(formula.unicodeScalars))
        guard let root = parser.expression(), parser.atEnd else { return nil }
        self.root = root
    }

    /// The index of the form for `count`.
    public func form(_ count: Int) -> Int { Self.evaluate(root, count) }

    static func evaluate(_ node: Node, _ n: Int) -> Int {
        switch node {
        case .n: return n
        case .number(let value): return value
        case .not(let inner): return evaluate(inner, n) == 0 ? 1 : 0
        case .choice(let test, let yes, let no):
            return evaluate(test, n) != 0 ? evaluate(yes, n) : evaluate(no, n)
        case .binary(let op, let left, let right):
            let a = evaluate(left, n)
            let b = evaluate(right, n)
            switch op {
            case "||": return a != 0 || b != 0 ? 1 : 0
            case "&&": return a != 0 && b != 0 ? 1 : 0
            case "==": return a == b ? 1 : 0
            case "!=": return a != b ? 1 : 0
            case "<": return a < b ? 1 : 0
            case ">": return a > b ? 1 : 0
            case "<=": return a <= b ? 1 : 0
            case ">=": return a >= b ? 1 : 0
            case "+": return a &+ b
            case "-": return a &- b
            case "*": return a &* b
            case "/": return b == 0 ? 0 : a / b
            case "%": return b == 0 ? 0 : a % b
            default: return 0
            }
        }
    }

    /// Recursive descent, lowest precedence first.
    struct Parser {
        let text: [Unicode.Scalar]
        var index = 0

        init(_ text: [Unicode.Scalar]) { self.text = text }

        var atEnd: Bool {
            mutating get {
                skipSpaces()
                return index == text.count
            }
        }

        mutating func skipSpaces() {
            while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
        }

        mutating func take(_ token: String) -> Bool {
            skipSpaces()
            let scalars = Array(token.unicodeScalars)
            guard index + scalars.count <= text.count, Array(text[index..<index + scalars.count]) == scalars
            else {
                return false
            }
            // `<` is not `<=`, `!` is not `!=`, `|` alone is not an operator.
            if scalars.count == 1, index + 1 < text.count, "<>!=".unicodeScalars.contains(scalars[0]),
                text[index + 1] == "="
            {
                return false
            }
            index += scalars.count
            return true
        }

        mutating func expression() -> Node? {
            guard let test = binary(0) else { return nil }
            guard take("?") else { return test }
            guard let yes = expression(), take(":"), let no = expression() else { return nil }
            return .choice(test, yes, no)
        }

        static let levels: [[String]] = [
            ["||"], ["&&"], ["==", "!="], ["<=", ">=", "<", ">"], ["+", "-"], ["*", "/", "%"],
        ]

        mutating func binary(_ level: Int) -> Node? {
            guard level < Self.levels.count else { return unary() }
            guard var left = binary(level + 1) else { return nil }
            while let op = Self.levels[level].first(where: { take($0) }) {
                guard let right = binary(level + 1) else { return nil }
                left = .binary(op, left, right)
            }
            return left
        }

        mutating func unary() -> Node? {
            if take("!") {
                guard let inner = unary() else { return nil }
                return .not(inner)
            }
            if take("(") {
                guard let inner = expression(), take(")") else { return nil }
                return inner
            }
            skipSpaces()
            if index < text.count, text[index] == "n" {
                index += 1
                return .n
            }
            var digits = ""
            while index < text.count, ("0"..."9").contains(text[index]) {
                digits.unicodeScalars.append(text[index])
                index += 1
            }
            guard let value = Int(digits) else { return nil }
            return .number(value)
        }
    }
}
