/// Parts that many pages show alike: a kommune's akut box, footer, plan summary and
/// contact lines, and the main menu. Each is made once per kommune, language and set
/// of links instead of once per page (a national site has ~8,000 pages and 98
/// kommuner; a card page showed the plan three times and the akut box twice), and so
/// is the page header. A part is kept under the links it holds as seen from the page,
/// so two pages share it only when every address in it is the same from both; it is
/// found again by the page's place (`Route.place`) without making those addresses.
/// One per build (see `PageContext`).
final class SharedParts: Sendable {
    enum Part: Hashable {
        case akut, footer, plan
        /// A contact line (a card lists a few of its kommune's twenty contacts).
        case contact(String)
    }

    /// A page a part links to, and the anchor on it.
    struct Target: Sendable {
        let route: Route
        let fragment: String?
    }

    private struct Owner: Hashable {
        let part: Part
        let municipality: String
        let language: String?
    }

    private struct Key: Hashable {
        let owner: Owner
        let hrefs: [String]
    }

    private struct Placed: Hashable {
        let owner: Owner
        let place: String
    }

    /// The pages each part links to: the same from every page, so found once.
    private let targets = Locked([Owner: [Target]]())
    private let kept = Locked([Key: View]())
    private let byPlace = Locked([Placed: View]())
    private let menus = Locked([MenuKey: [View]]())

    /// Parts of a page made alike for every page with one place in the tree.
    enum PlacedPart: Hashable {
        /// The page header (`{{#chrome}}`) of pages in a section.
        case chrome(PageContext.Section)
        /// The language menu of a page only in the default language.
        case untranslatedLanguageMenu
    }

    private let placedParts = Locked([PlacedKey: View]())

    private struct PlacedKey: Hashable {
        let part: PlacedPart
        let language: String?
        let rootOverride: String?
        /// The folder around the page's own, or the page itself where a target lies in its folder.
        let place: String
    }

    /// A part of every page in one folder and `language`: a link from such a page to a
    /// target outside its own folder goes up out of that folder and on from the
    /// folder around it, the same from each of them (`Route.place`). A page whose own
    /// folder holds a target (the front page, a free page) has a part of its own.
    /// - Parameter targets: every page the part links to.
    func placed(_ part: PlacedPart, of page: Route, language: String?, rootOverride: String? = nil,
                targets: [Route], make: () -> View) -> View {
        let key = PlacedKey(part: part, language: language, rootOverride: rootOverride, place: page.place(among: targets))
        return placedParts.value(key) {
            var view = make()
            view.markShared()
            return view
        }
    }

    private struct MenuKey: Hashable {
        let section: PageContext.Section
        let language: String?
        let root: String
    }

    /// - Parameters:
    ///   - links: the pages the part links to (asked once per kommune and language).
    ///   - make: the part as seen from `page` (asked once per distinct set of links).
    /// - Parameter municipality: the kommune the part belongs to ("" for a national one).
    func view(_ part: Part, of municipality: String, language: String?, from page: Route,
              links: () -> [Target], make: () -> View) -> View {
        let owner = Owner(part: part, municipality: municipality, language: language)
        let found = targets.value(owner, orMake: links)
        // Pages with one place see the same links (see `Route.place`): found without
        // making them.
        let placed = Placed(owner: owner, place: page.place(among: found.lazy.map(\.route)))
        return byPlace.value(placed) {
            let key = Key(owner: owner, hrefs: found.map { page.relative(to: $0.route, fragment: $0.fragment) })
            return kept.value(key) {
                var view = make()
                view.markShared()
                return view
            }
        }
    }

    /// The main menu of every page in `section` and `language` whose way to the
    /// site's root is `root`: the same on thousands of pages.
    func menu(_ section: PageContext.Section, language: String?, root: String, make: () -> [View]) -> [View] {
        menus.value(MenuKey(section: section, language: language, root: root), orMake: make)
    }
}
