/// A contact reference resolved: a kommune's own contact or a national organisation.
public enum ContactEntry: Sendable {
    case local(municipality: String, Contact)
    case national(Organisation)

    public var id: String {
        switch self {
        case .local(_, let c): c.id
        case .national(let o): o.id
        }
    }

    public var name: String {
        switch self {
        case .local(_, let c): c.name
        case .national(let o): o.name
        }
    }

    public var phones: [PhoneNumber] {
        switch self {
        case .local(_, let c): c.phones
        case .national(let o): o.phones
        }
    }

    public var email: EmailAddress? {
        switch self {
        case .local(_, let c): c.email
        case .national(let o): o.email
        }
    }

    public var openingHours: String? {
        switch self {
        case .local(_, let c): c.openingHours
        case .national(let o): o.openingHours
        }
    }

    public var alwaysOpen: Bool {
        switch self {
        case .local(_, let c): c.alwaysOpen
        case .national(let o): o.alwaysOpen
        }
    }

    /// What they are for: the contact's role, or the organisation's description.
    public var role: String {
        switch self {
        case .local(_, let c): c.role
        case .national(let o): o.description
        }
    }

    /// The page that shows this contact, and the anchor on it.
    public var route: (Route, String?) {
        switch self {
        case .local(let m, let c): (Routes.contacts(m), "kontakt-" + c.id)
        case .national(let o): (Routes.organisation(o.id), nil)
        }
    }
}
