/// The URL layout of the site, in one place.
public enum Routes {
    public static let home = Route("index.html")
    public static let notFound = Route("404.html")
    public static let organisations = Route(folder: "organisationer")
    public static let glossary = Route(folder: "begreber")

    public static let situations = Route(folder: "situationer")
    public static let audiences = Route(folder: "maalgrupper")
    public static let comparison = Route(folder: "sammenlign")
    public static let search = Route(folder: "soeg")
    /// Every page in one list, for readers without JavaScript.
    public static let allPages = Route(folder: "soeg", "alle")
    public static let feed = Route("feed.xml")
    /// The folders at the top of `site/`: 404.html finds the site root in an address by them.
    static let topFolders = ["assets", "begreber", "kommuner", "maalgrupper", "organisationer", "sammenlign", "sider", "situationer", "soeg"]

    public static func situation(_ id: String) -> Route { Route(folder: "situationer", id) }
    public static func audience(_ id: String) -> Route { Route(folder: "maalgrupper", id) }
    /// A kommune's cards for one audience: step 2 of "Find dit kort".
    public static func municipalityAudience(_ municipality: String, _ audience: String) -> Route {
        Route(folder: "kommuner", municipality, "maalgrupper", audience)
    }
    /// Step 3 of "Find dit kort": the cards for an audience and a worry, by age.
    public static func finder(_ municipality: String, _ audience: String, _ situation: String) -> Route {
        Route(folder: "kommuner", municipality, "maalgrupper", audience, situation)
    }
    public static func municipality(_ id: String) -> Route { Route(folder: "kommuner", id) }
    public static func plan(_ municipality: String) -> Route { Route(folder: "kommuner", municipality, "plan") }
    public static func contacts(_ municipality: String) -> Route { Route(folder: "kommuner", municipality, "kontakter") }
    public static func actionPlan(_ municipality: String) -> Route { Route(folder: "kommuner", municipality, "handleplan") }
    public static func card(_ municipality: String, _ id: String) -> Route { Route(folder: "kommuner", municipality, "kort", id) }
    /// Beside the cards, so their relative links work unchanged; a card may not use this id.
    public static func printBundle(_ municipality: String, _ audience: String) -> Route {
        Route(folder: "kommuner", municipality, "kort", "udskriv-" + audience)
    }
    public static func organisation(_ id: String) -> Route { Route(folder: "organisationer", id) }
    public static func term(_ id: String) -> Route { Route(folder: "begreber", id) }
    public static func page(_ id: String) -> Route { Route(folder: "sider", id) }
}
