import Testing
@testable import BeredskabKit

@Suite("Routing")
struct RoutingTests {
    /// Pages with one place reach every target by the same relative address.
    @Test func pagesWithOnePlaceSeeTargetsAlike() {
        let targets = [Route("sider/om/index.html"), Route("kommuner/a/kontakter/index.html"), Route("index.html")]
        #expect(Route("kommuner/a/kort/x/index.html").place(among: targets) == "kommuner/a/kort/")
        #expect(Route("kommuner/a/kontakter/index.html").place(among: targets) == "kommuner/a/kontakter/index.html")
        #expect(Route("sider/om/index.html").place(among: targets) == "sider/om/index.html")
        #expect(Route("soeg/index.html").place(among: targets) == "")
        #expect(Route("index.html").place(among: targets) == "index.html")
        let pages = ["kommuner/a/kort/x/index.html", "kommuner/a/kort/xy/index.html", "kommuner/a/kort/udskriv-z/index.html",
                     "kommuner/a/index.html", "kommuner/b/index.html", "kommuner/a/plan/index.html", "soeg/index.html", "begreber/index.html",
                     "sider/andet/index.html", "en/sider/om/index.html", "en/index.html"].map(Route.init)
        for a in pages {
            for b in pages where a.place(among: targets) == b.place(among: targets) {
                #expect(targets.map { a.relative(to: $0) } == targets.map { b.relative(to: $0) }, "\(a) and \(b)")
            }
        }
    }

    @Test func relativeLinksPointAtFiles() {
        let card = Routes.card("alleroed", "x")
        #expect(card.relative(to: Routes.home) == "../../../../index.html")
        #expect(card.relative(to: Routes.plan("alleroed"), fragment: "underretning") == "../../plan/index.html#underretning")
        #expect(card.relative(to: Routes.card("alleroed", "y")) == "../y/index.html")
        #expect(Routes.home.relative(to: Routes.municipality("koebenhavn")) == "kommuner/koebenhavn/index.html")
        #expect(Routes.home.relative(to: Routes.home) == "index.html")
        #expect(Routes.plan("a").relative(to: Routes.plan("a"), fragment: "x") == "index.html#x")
        // Folders are compared whole: `kort-x` is not inside `kort`.
        #expect(Route("k/kort-x/index.html").relative(to: Route("k/kort/y/index.html")) == "../kort/y/index.html")
        #expect(Route("k/kort/index.html").relative(to: Route("k/kort-x/index.html")) == "../kort-x/index.html")
        #expect(Route("a/b/c/index.html").relative(to: Route("a/b.html")) == "../../b.html")
        #expect(Route("index.html").relative(to: Route("assets/site.css")) == "assets/site.css")
    }
}
