/// Which cards serve an audience or a worry, in the order a reader scans them.
extension Municipality {
    func cards(audience: String? = nil, situation: String? = nil) -> [ActionCard] {
        // Sorted as positions, not as cards: sorting moved whole cards at every step
        // (the finder pages ask this ~4,000 times in a national build).
        let matching = cards.indices.filter { i in
            (audience.map { a in cards[i].audiences.contains { $0.id == a } } ?? true)
                && (situation.map { s in cards[i].situations.contains { $0.id == s } } ?? true)
        }
        return matching
            .sorted { (cards[$0].age.order, cards[$0].title) < (cards[$1].age.order, cards[$1].title) }
            .map { cards[$0] }
    }
}

extension ActionCard.AgeGroup {
    /// Under 18 first, then over 18, then all ages: the order of the cases.
    var order: Int {
        switch self {
        case .under18: 0
        case .over18: 1
        case .all: 2
        }
    }
}
