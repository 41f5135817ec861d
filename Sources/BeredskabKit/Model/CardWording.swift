/// What the generator itself says inside a card, per language: the four fixed
/// sections every card has (so a reader under stress finds the same thing in the
/// same place on every card), and the heading and note that set general advice
/// apart from the kommune's procedure. A language without an entry here gets no
/// section check, and its general advice is not marked.
struct CardWording: Sendable {
    let sections: [String]
    let generalAdvice: String
    let generalAdviceNote: String

    static let byLanguage: [String: CardWording] = [
        "da": CardWording(
            sections: ["Hvornår bruger du kortet", "Tegn du skal være opmærksom på", "Det gør du nu", "Det må du ikke"],
            generalAdvice: "Generelle råd",
            generalAdviceNote: "Rådene her er almindelig god praksis. De står ikke i kommunens plan og er ikke kommunens procedure."),
        "en": CardWording(
            sections: ["When to use this card", "Signs to look out for", "What to do now", "What not to do"],
            generalAdvice: "General advice",
            generalAdviceNote: "This advice is general good practice. It is not in the municipality's plan and is not the municipality's procedure."),
    ]
}
