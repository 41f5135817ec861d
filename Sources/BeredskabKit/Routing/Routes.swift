/// The URL layout of the site, in one place.
public enum Routes {
    public static let home = Route("index.html")
    public static let notFound = Route("404.html")
    public static let organisations = Route(folder: "organisationer")
    public static let glossary = Route(folder: "begreber")

    public static func municipality(_ id: String) -> Route { Route(folder: "kommuner", id) }
    public static func plan(_ municipality: String) -> Route { Route(folder: "kommuner", municipality, "plan") }
    public static func contacts(_ municipality: String) -> Route { Route(folder: "kommuner", municipality, "kontakter") }
    public static func actionPlan(_ municipality: String) -> Route { Route(folder: "kommuner", municipality, "handleplan") }
    public static func card(_ municipality: String, _ id: String) -> Route { Route(folder: "kommuner", municipality, "kort", id) }
    public static func organisation(_ id: String) -> Route { Route(folder: "organisationer", id) }
    public static func term(_ id: String) -> Route { Route(folder: "begreber", id) }
    public static func page(_ id: String) -> Route { Route(folder: "sider", id) }
}
