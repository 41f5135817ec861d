/// The model stage: turns loaded sources into the typed, immutable `Site`.
/// Each value is checked for shape (dates, numbers, URLs); references between
/// things are left for the link stage.
public enum Modeller {
    /// - Parameters:
    ///   - target: a public build leaves `intern` contacts out of the model (see `Site.visible(to:)`).
    ///   - drafts: whether drafts (`kladde: ja`) are part of this build (`Site.withoutDrafts()`).
    ///   - cache: the preview server's; decoded files are reused until they change.
    public static func model(_ content: LoadedContent, target: BuildTarget = .intranet, drafts: Bool = true,
                             cache: SourceCache? = nil) -> Staged<Site?> {
        var d = Diagnostics()
        let settings = content.site.flatMap { SiteDecoder.decode($0.root, diagnostics: &d) }
        let languages = settings?.otherLanguages.map(\.code) ?? []
        var unreadable = Set<String>()
        // Kommuner are decoded side by side (a national site has ~100); their
        // diagnostics join the others below, in the kommuner's order.
        let municipalities = ParallelMap.map(content.municipalities) { source in
            var local = Diagnostics()
            let decoded = decoded(\.municipalities, source.folder, cache, &local) { d -> (municipality: Municipality?, unreadable: Set<String>) in
                var lost = Set<String>()
                var m = MunicipalityDecoder.decode(source, languages: languages, cache: cache, unreadable: &lost, diagnostics: &d)
                m?.revision = cache?.nextRevision() ?? 0
                return (m, lost)
            }
            return (decoded.municipality, decoded.unreadable, local.all)
        }
        let site = Site(
            settings: settings ?? SiteDecoder.placeholder,
            organisations: list(content.organisations, noun: "organisationen", d: &d) { OrganisationDecoder.decode($0, languages: languages, diagnostics: &$1) },
            situations: list(content.situations, noun: "situationen", d: &d) { DirectoryDecoder.situation($0, languages: languages, diagnostics: &$1) },
            audiences: list(content.audiences, noun: "målgruppen", d: &d) { DirectoryDecoder.audience($0, languages: languages, diagnostics: &$1) },
            terms: TranslationDecoder.paired(content.terms, languages: languages, diagnostics: &d, decode: { source, d in
                decoded(\.terms, source.path, cache, &d) { DirectoryDecoder.term(source, diagnostics: &$0) }
                    ?? { unreadable.insert("begreb:" + source.id); return nil }()
            }, attach: { $0.translations = $1 }),
            pages: TranslationDecoder.paired(content.pages, languages: languages, diagnostics: &d, decode: { source, d in
                decoded(\.pages, source.path, cache, &d) { DirectoryDecoder.page(source, diagnostics: &$0) }
                    ?? { unreadable.insert("side:" + source.id); return nil }()
            }, attach: { $0.translations = $1 }),
            municipalities: municipalities.compactMap { municipality, lost, diagnostics in
                d.append(contentsOf: diagnostics)
                unreadable.formUnion(lost)
                return municipality
            },
            unreadable: [])
        guard settings != nil else { return Staged(nil, d.all) }
        let shown = site.with(unreadable: unreadable.union(content.unreadable)).visible(to: target)
        guard !drafts else { return Staged(shown, d.all) }
        // A build without drafts says nothing about them but what stops it (an error).
        let draftFolders = shown.municipalities.filter(\.isDraft).map { $0.location.path.dropLast("kommune.yaml".count) }
        let draftCards = Set(shown.municipalities.flatMap { m in m.cards.filter(\.isDraft).map(\.body.path) })
        let kept = d.all.filter { diagnostic in
            let path = diagnostic.location.path
            return diagnostic.severity == .error || !(draftCards.contains(path) || draftFolders.contains { path.hasPrefix($0) })
        }
        return Staged(shown.withoutDrafts(), kept)
    }

    /// Decodes one file's model, or takes it from the preview server's cache.
    static func decoded<T>(_ store: KeyPath<SourceCache, FileStore<T>>, _ path: String?, _ cache: SourceCache?,
                           _ d: inout Diagnostics, _ decode: (inout Diagnostics) -> T) -> T {
        guard let cache, let path else { return decode(&d) }
        return cache[keyPath: store].get(path, &d, decode)
    }

    /// A YAML file that holds a list of entries.
    private static func list<T>(
        _ source: YAMLSource?, noun: String, d: inout Diagnostics,
        _ decode: (YAMLValue, inout Diagnostics) -> T?
    ) -> [T] {
        guard let source else { return [] }
        guard case .sequence(let items, _) = source.root else {
            d.error("filen skal være en liste, hvor hver \(noun.dropLast(2)) begynder med `- id: …`", at: source.root.location)
            return []
        }
        return items.compactMap { decode($0, &d) }
    }
}
