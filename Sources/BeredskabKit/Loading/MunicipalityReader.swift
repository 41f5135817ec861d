/// Reads `kommuner/<id>/`: settings, plan, contact table, cards, action plan.
extension SourceReader {
    static let municipalityFiles: Set = ["kommune.yaml", "plan.md", "kontakter.csv", "kontakter.yaml", "handleplan.yaml", "kort"]

    mutating func municipalities() -> [MunicipalitySource] {
        var ids: [String] = []
        for entry in list("kommuner") {
            guard case .folder(let id) = entry else {
                if case .file(let name) = entry { unused("kommuner/\(name)", expected: []) }
                continue
            }
            guard Identifier.isValid(id) else {
                diagnostics.error("mappenavnet " + Identifier.problem(id), at: SourceLocation(path: folder.display("kommuner/\(id)")))
                continue
            }
            ids.append(id)
        }
        // Each kommune is read by its own reader, so a national site uses every core;
        // messages and unreadable keys are gathered in folder order.
        let folder = self.folder, cache = self.cache
        let read = ParallelMap.map(ids) { id -> (MunicipalitySource, SourceReader) in
            var reader = SourceReader(folder: folder, cache: cache)
            let read = reader.cached(\.municipalitySources, folder.display("kommuner/\(id)")) { reader in
                (reader.municipality(id), reader.unreadable)
            }
            reader.unreadable.formUnion(read.unreadable)
            return (read.source, reader)
        }
        for (_, reader) in read {
            diagnostics.append(contentsOf: reader.diagnostics.all)
            unreadable.formUnion(reader.unreadable)
        }
        return read.map(\.0)
    }

    private mutating func municipality(_ id: String) -> MunicipalitySource {
        let base = "kommuner/\(id)"
        for entry in list(base) {
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
            contacts: contacts ?? [],
            contactsPath: contactsPath,
            contactsUnreadable: contacts == nil,
            cards: markdownFolder("\(base)/kort", key: "kort:\(id)/"),
            actionPlan: yaml("\(base)/handleplan.yaml", required: false))
    }

    /// The contact records, nil when the table is missing or unreadable (reported).
    private mutating func contactTable(_ base: String) -> ([ContactRecord]?, String?) {
        let csv = "\(base)/kontakter.csv", yml = "\(base)/kontakter.yaml"
        switch (folder.exists(csv), folder.exists(yml)) {
        case (true, true):
            diagnostics.error("kommunen har både kontakter.csv og kontakter.yaml; behold kun den ene", at: SourceLocation(path: folder.display(yml)))
            return (nil, nil)
        case (false, false):
            diagnostics.error("kommunen har ingen kontakttabel; opret kontakter.csv eller kontakter.yaml", at: SourceLocation(path: folder.display(base)))
            return (nil, nil)
        case (true, false):
            let path = folder.display(csv)
            let records = cached(\.contactRecords, path) { reader -> [ContactRecord]? in
                guard let text = reader.folder.text(csv, diagnostics: &reader.diagnostics),
                      let table = CSVTable.parse(text, path: path, diagnostics: &reader.diagnostics) else { return nil }
                table.checkHeader(diagnostics: &reader.diagnostics)
                return table.readingExcelDates(diagnostics: &reader.diagnostics).records
            }
            return (records, path)
        case (false, true):
            guard let source = yaml(yml, required: true) else { return (nil, folder.display(yml)) }
            guard case .sequence(let items, _) = source.root else {
                diagnostics.error("kontakter.yaml skal være en liste af kontakter (hver linje begynder med `- id: …`)", at: source.root.location)
                return (nil, source.path)
            }
            return (items.map { ContactRecord($0) }, source.path)
        }
    }
}

extension CSVTable {
    /// Rows as mappings keyed by the header, so CSV and YAML contacts decode alike.
    var records: [ContactRecord] {
        rows.map { ContactRecord(mapping($0), row: $0.number) }
            + brokenRows.map { row in ContactRecord(mapping(Row(number: row.number, fields: Array(row.fields.prefix(1)))), row: row.number, isBroken: true) }
    }

    private func mapping(_ row: Row) -> YAMLValue {
        let entries = zip(header, row.fields).map { column, field in
            YAMLValue.Entry(
                key: column.text.lowercased(),
                keyLocation: field.location,
                value: field.text.isEmpty ? .null(field.location) : .scalar(field.text, field.location))
        }
        return .mapping(entries, row.fields.first?.location ?? SourceLocation(path: ""))
    }

    /// Column problems once, at the header, rather than once in every row.
    func checkHeader(diagnostics d: inout Diagnostics) {
        let names = header.map { $0.text.lowercased() }
        for (field, name) in zip(header, names) where !Contact.columns.contains(name) && Contact.translationColumn(name) == nil {
            d.warning("ukendt kolonne `\(field.text)` bliver ikke brugt" + Suggestion.hint(for: name, in: Contact.columns), at: field.location)
        }
        for column in Contact.requiredColumns where !names.contains(column) {
            d.error("overskriften mangler kolonnen `\(column)`; tilføj den (kolonnerne er \(Contact.columns.joined(separator: String(delimiter))))",
                    at: header.first?.location ?? SourceLocation(path: ""))
        }
    }
}
