/// Reads `kommuner/<id>/`: settings, plan, contact table, cards, action plan.
extension SourceReader {
    static let municipalityFiles: Set = ["kommune.yaml", "plan.md", "kontakter.csv", "kontakter.yaml", "handleplan.yaml", "kort"]

    mutating func municipalities() -> [MunicipalitySource] {
        var result: [MunicipalitySource] = []
        for entry in folder.list("kommuner", diagnostics: &diagnostics) {
            guard case .folder(let id) = entry else {
                if case .file(let name) = entry { unused("kommuner/\(name)", expected: []) }
                continue
            }
            guard Identifier.isValid(id) else {
                diagnostics.error("mappenavnet " + Identifier.problem(id), at: SourceLocation(path: folder.display("kommuner/\(id)")))
                continue
            }
            result.append(municipality(id))
        }
        return result
    }

    private mutating func municipality(_ id: String) -> MunicipalitySource {
        let base = "kommuner/\(id)"
        for entry in folder.list(base, diagnostics: &diagnostics) {
            switch entry {
            case .file(let name), .folder(let name):
                if !Self.municipalityFiles.contains(name) { unused("\(base)/\(name)", expected: Self.municipalityFiles) }
            }
        }
        let plan: MarkdownSource?
        if folder.exists("\(base)/plan.md") {
            plan = markdown("\(base)/plan.md", id: "plan")
        } else {
            diagnostics.error("kommunen har ingen beredskabsplan; opret plan.md i mappen", at: SourceLocation(path: folder.display(base)))
            plan = nil
        }
        let (contacts, contactsPath) = contactTable(base)
        return MunicipalitySource(
            id: id,
            folder: folder.display(base),
            settings: yaml("\(base)/kommune.yaml", required: true),
            plan: plan,
            contacts: contacts,
            contactsPath: contactsPath,
            cards: markdownFolder("\(base)/kort", key: "kort:\(id)/"),
            actionPlan: yaml("\(base)/handleplan.yaml", required: false))
    }

    private mutating func contactTable(_ base: String) -> ([YAMLValue], String?) {
        let csv = "\(base)/kontakter.csv", yml = "\(base)/kontakter.yaml"
        switch (folder.exists(csv), folder.exists(yml)) {
        case (true, true):
            diagnostics.error("kommunen har både kontakter.csv og kontakter.yaml; behold kun den ene", at: SourceLocation(path: folder.display(yml)))
            return ([], nil)
        case (false, false):
            diagnostics.error("kommunen har ingen kontakttabel; opret kontakter.csv eller kontakter.yaml", at: SourceLocation(path: folder.display(base)))
            return ([], nil)
        case (true, false):
            let path = folder.display(csv)
            let records = cached(\.contactRecords, path) { reader -> [YAMLValue] in
                guard let text = reader.folder.text(csv, diagnostics: &reader.diagnostics),
                      let table = CSVTable.parse(text, path: path, diagnostics: &reader.diagnostics) else { return [] }
                return table.records
            }
            return (records, path)
        case (false, true):
            guard let source = yaml(yml, required: true) else { return ([], folder.display(yml)) }
            guard case .sequence(let items, _) = source.root else {
                diagnostics.error("kontakter.yaml skal være en liste af kontakter (hver linje begynder med `- id: …`)", at: source.root.location)
                return ([], source.path)
            }
            return (items, source.path)
        }
    }
}

extension CSVTable {
    /// Rows as mappings keyed by the header, so CSV and YAML contacts decode alike.
    var records: [YAMLValue] {
        rows.map { row in
            let entries = zip(header, row).map { column, field in
                YAMLValue.Entry(
                    key: column.text.lowercased(),
                    keyLocation: field.location,
                    value: field.text.isEmpty ? .null(field.location) : .scalar(field.text, field.location))
            }
            return .mapping(entries, row.first?.location ?? SourceLocation(path: ""))
        }
    }
}
