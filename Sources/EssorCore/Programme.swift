/// The cooperation programme a store describes (one per store).
public struct Programme: Equatable, Sendable {
    public var name: String
    public var operatorName: String
    public var funders: [String]
    public var contactEmail: String
    public var contactAddress: String
    public var summary: String

    public init(
        name: String, operatorName: String, funders: [String], contactEmail: String,
        contactAddress: String, summary: String
    ) {
        self.name = name
        self.operatorName = operatorName
        self.funders = funders
        self.contactEmail = contactEmail
        self.contactAddress = contactAddress
        self.summary = summary
    }
}
