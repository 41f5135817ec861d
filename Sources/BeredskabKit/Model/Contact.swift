/// A row of a kommune's contact table.
public struct Contact: Sendable, Identifiable {
    public enum Visibility: String, Sendable {
        /// Shown on every build.
        case everyone = "offentlig"
        /// Only in the intranet build: direct lines, staff names.
        case intranetOnly = "intern"
    }

    public let id: String
    public let name: String
    public let role: String
    public let unit: String?
    public let phones: [PhoneNumber]
    public let email: EmailAddress?
    public let openingHours: String?
    public let alwaysOpen: Bool
    public let visibility: Visibility
    /// The day someone last checked the details; nil when nobody did (a plan's own date belongs in `source`).
    public let verified: Day?
    public let source: String
    public let note: String?
    public let location: SourceLocation
    /// The texts in the site's other languages (`rolle_en` …), by language code.
    public var translations: [String: ContactTranslation] = [:]

    /// The columns of a contact table (the keys of a YAML contact), in their order.
    static let columns = ["id", "navn", "rolle", "enhed", "telefon", "email", "aabningstid", "doegnaaben",
                          "synlighed", "verificeret", "kilde", "note"]
    static let requiredColumns = ["id", "navn", "rolle", "kilde"]

    /// The columns that may be repeated per language, `<kolonne>_<sprog>`: `rolle_en`.
    /// Ids, numbers and addresses are never translated.
    static let translatableColumns = ["navn", "rolle", "enhed", "aabningstid", "note"]
    /// Every such column for every language a site may declare, for the YAML reader.
    static let translationColumns = translatableColumns.flatMap { column in
        Language.known.keys.sorted().filter { $0 != Language.danish.code }.map { "\(column)_\($0)" }
    }

    /// `rolle_en` → (`rolle`, `en`); nil for any other column.
    static func translationColumn(_ name: String) -> (column: String, language: String)? {
        guard let underscore = name.lastIndex(of: "_") else { return nil }
        let column = String(name[..<underscore]), code = String(name[name.index(after: underscore)...])
        guard translatableColumns.contains(column), code != Language.danish.code, Language.known[code] != nil else { return nil }
        return (column, code)
    }
}

/// A kommune contact's texts in another language, from its `<kolonne>_<sprog>`
/// columns; what is not there is shown as the kommune wrote it.
public struct ContactTranslation: Sendable {
    public var name: String?
    public var role: String?
    public var unit: String?
    public var openingHours: String?
    public var note: String?
    /// The first of its cells, for messages about the language.
    public let location: SourceLocation
}
