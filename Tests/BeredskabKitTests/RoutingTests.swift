import Testing
@testable import BeredskabKit

@Suite("Routing")
struct RoutingTests {
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
