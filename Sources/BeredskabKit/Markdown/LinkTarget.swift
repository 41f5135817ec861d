/// What a Markdown link points at, read from its URL.
public enum LinkTarget: Sendable, Equatable {
    /// `kontakt:<id>`: a contact of the current kommune, else a national organisation.
    case contact(String)
    /// `kort:<id>` or `kort:<kommune>/<id>`.
    case card(municipality: String?, id: String)
    /// `plan:#anker`, `plan:<kommune>` or `plan:<kommune>#anker`.
    case plan(municipality: String?, anchor: String?)
    case term(String)
    case page(String)
    /// `#anker` within the same document.
    case fragment(String)
    /// http(s), mailto: and tel: links, kept as written.
    case external(String)
    case invalid(String)

    public init(_ url: String) {
        let url = url.trimmingSpaces()
        if url.hasPrefix("#") { self = .fragment(String(url.dropFirst())); return }
        guard let colon = url.firstIndex(of: ":") else {
            self = .invalid("`\(url)` er et relativt link; brug et af skemaerne `kontakt:`, `kort:`, `plan:`, `begreb:` eller `side:`, eller en fuld adresse med `https://`")
            return
        }
        let scheme = url[..<colon].lowercased()
        let rest = String(url[url.index(after: colon)...])
        switch scheme {
        case "kontakt": self = Self.id(rest, scheme) { .contact($0) }
        case "begreb": self = Self.id(rest, scheme) { .term($0) }
        case "side": self = Self.id(rest, scheme) { .page($0) }
        case "kort":
            let parts = rest.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            switch parts.count {
            case 1: self = Self.id(parts[0], scheme) { .card(municipality: nil, id: $0) }
            case 2 where Identifier.isValid(parts[0]): self = Self.id(parts[1], scheme) { .card(municipality: parts[0], id: $0) }
            default: self = .invalid("`\(url)` er ikke et gyldigt kort-link; skriv `kort:<id>` eller `kort:<kommune>/<id>`")
            }
        case "plan":
            let pieces = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let municipality = pieces[0].isEmpty ? nil : pieces[0]
            let anchor = pieces.count > 1 ? pieces[1] : nil
            if let municipality, !Identifier.isValid(municipality) {
                self = .invalid("`\(url)` er ikke et gyldigt plan-link; skriv `plan:#anker` eller `plan:<kommune>#anker`")
            } else {
                self = .plan(municipality: municipality, anchor: anchor?.isEmpty == true ? nil : anchor)
            }
        case "http", "https", "mailto", "tel":
            self = .external(url)
        default:
            self = .invalid("links med `\(scheme):` er ikke tilladt; brug `https://`, `mailto:`, `tel:` eller et af skemaerne `kontakt:`, `kort:`, `plan:`, `begreb:` og `side:`")
        }
    }

    private static func id(_ text: String, _ scheme: String, _ make: (String) -> LinkTarget) -> LinkTarget {
        Identifier.isValid(text) ? make(text) : .invalid("`\(scheme):\(text)`: " + Identifier.problem(text))
    }
}

import Foundation
