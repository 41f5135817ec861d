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
    }
}
