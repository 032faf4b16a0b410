/// A contact as typed in a form.
public struct ContactDraft: Equatable, Sendable, Codable {
    public enum Field: String, CaseIterable, Sendable, Codable {
        case name, role, email, phone
    }

    public var name: String
    public var role: String
    public var email: String
    public var phone: String

    public init(name: String = "", role: String = "", email: String = "", phone: String = "") {
        self.name = name
        self.role = role
        self.email = email
        self.phone = phone
    }

    public init(_ contact: Contact) {
        self.init(name: contact.name, role: contact.role, email: contact.email, phone: contact.phone)
    }

    public func issues() -> [Field: FieldIssue] {
        var issues: [Field: FieldIssue] = [:]
        if name.trimmingSpaces.isEmpty { issues[.name] = .required }
        if !email.trimmingSpaces.isEmpty && !Validators.isEmail(email.trimmingSpaces) {
            issues[.email] = .email
        }
        if !phone.trimmingSpaces.isEmpty && !Validators.isFrenchPhone(phone) { issues[.phone] = .phone }
        Validators.lengths(
            [(.name, name, TextLimit.name), (.role, role, TextLimit.name), (.email, email, TextLimit.name)],
            into: &issues)
        return issues
    }

    public var contact: Contact {
        Contact(
            name: name.trimmingSpaces, role: role.trimmingSpaces, email: email.trimmingSpaces,
            phone: phone.trimmingSpaces)
    }
}
