import Foundation

/// `beredskab new`: the files of a new kommune or card, as drafts (`kladde: ja`)
/// with `UDFYLD` wherever the editor must write what the plan says. Nothing is
/// filled in on the editor's behalf: `check` lists what each draft still lacks,
/// and a published page that still says `UDFYLD` is an error.
public enum Scaffold {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The files of a new kommune: kommune.yaml, kontakter.csv, plan.md and a first card.
    /// - Parameter today: the date the card is marked as updated.
    public static func municipality(id: String, name: String?, contentFolder: String, today: Day) throws(Failure) -> [OutputFile] {
        try checkID(id, noun: "kommunens id")
        let base = "kommuner/\(id)"
        guard !FileManager.default.fileExists(atPath: "\(contentFolder)/\(base)") else {
            throw Failure(description: "\(contentFolder)/\(base) findes allerede; vælg et andet id, eller ret filerne dér")
        }
        let (audience, situation) = firstIDs(in: contentFolder)
        return [
            OutputFile(path: "\(base)/kommune.yaml", text: ScaffoldTexts.municipality(name: name)),
            OutputFile(path: "\(base)/kontakter.csv", contents: ScaffoldTexts.contactTable),
            OutputFile(path: "\(base)/plan.md", text: ScaffoldTexts.plan),
            OutputFile(path: "\(base)/kort/underretning.md",
                       text: ScaffoldTexts.card(audience: audience, situation: situation, contact: "modtagelsen", basis: "underretning", today: today)),
        ]
    }

    /// A new card in an existing kommune, from the four-section template.
    public static func card(municipality: String, id: String, contentFolder: String, today: Day) throws(Failure) -> OutputFile {
        try checkID(municipality, noun: "kommunens id")
        try checkID(id, noun: "kortets id")
        let folder = "\(contentFolder)/kommuner/\(municipality)"
        guard FileManager.default.fileExists(atPath: "\(folder)/kommune.yaml") else {
            throw Failure(description: "kommunen `\(municipality)` findes ikke i \(contentFolder)/kommuner/; opret den først med `beredskab new kommune \(municipality)`")
        }
        let path = "kommuner/\(municipality)/kort/\(id).md"
        guard !FileManager.default.fileExists(atPath: "\(contentFolder)/\(path)") else {
            throw Failure(description: "\(contentFolder)/\(path) findes allerede; vælg et andet id")
        }
        let (audience, situation) = firstIDs(in: contentFolder)
        return OutputFile(path: path, text: ScaffoldTexts.card(audience: audience, situation: situation,
                                                               contact: urgentContact(in: folder) ?? ScaffoldTexts.placeholderID,
                                                               basis: nil, today: today))
    }

    /// Writes `files` under `contentFolder`, never over a file that exists.
    public static func write(_ files: [OutputFile], into contentFolder: String) throws(Failure) {
        for file in files {
            let url = URL(fileURLWithPath: contentFolder).appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url, options: .withoutOverwriting)
            } catch {
                throw Failure(description: "\(url.path) kunne ikke skrives: \(error.localizedDescription)")
            }
        }
    }

    private static func checkID(_ id: String, noun: String) throws(Failure) {
        guard Identifier.isValid(id) else {
            throw Failure(description: "\(noun) " + Identifier.problem(id))
        }
    }

    /// The first audience and situation the site has, so that the new card builds.
    private static func firstIDs(in contentFolder: String) -> (String, String) {
        func first(_ file: String) -> String? {
            let text = (try? String(contentsOfFile: "\(contentFolder)/\(file)", encoding: .utf8)) ?? ""
            var d = Diagnostics()
            guard case .sequence(let items, _)? = YAMLReader.parse(text, path: file, diagnostics: &d),
                  case .mapping(let entries, _)? = items.first,
                  case .scalar(let id, _)? = entries.first(where: { $0.key == "id" })?.value else { return nil }
            return id
        }
        return (first("maalgrupper.yaml") ?? ScaffoldTexts.placeholderID, first("situationer.yaml") ?? ScaffoldTexts.placeholderID)
    }

    /// `akut.kontakt` of kommune.yaml: the contact a new card links to first.
    private static func urgentContact(in folder: String) -> String? {
        let text = (try? String(contentsOfFile: "\(folder)/kommune.yaml", encoding: .utf8)) ?? ""
        var d = Diagnostics()
        guard case .mapping(let entries, _)? = YAMLReader.parse(text, path: "kommune.yaml", diagnostics: &d),
              case .mapping(let akut, _)? = entries.first(where: { $0.key == "akut" })?.value,
              case .scalar(let id, _)? = akut.first(where: { $0.key == "kontakt" })?.value, Identifier.isValid(id) else { return nil }
        return id
    }
}
