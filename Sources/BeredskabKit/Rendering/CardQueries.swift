/// Which cards serve an audience or a worry, in the order a reader scans them.
extension Municipality {
    func cards(audience: String? = nil, situation: String? = nil) -> [ActionCard] {
        // Sorted as keys with positions, not as cards: sorting moved whole cards at
        // every step (the finder pages ask this ~4,000 times in a national build), and
        // a comparison reading `cards` through `self` copied the whole kommune.
        let cards = self.cards
        var matching: [(order: Int, title: String, index: Int)] = []
        for i in cards.indices
        where (audience.map { a in cards[i].audiences.contains { $0.id == a } } ?? true)
            && (situation.map { s in cards[i].situations.contains { $0.id == s } } ?? true) {
            matching.append((cards[i].age.order, cards[i].title, i))
        }
        // The position last: the order of equal cards stays the content's, as a stable sort keeps it.
        matching.sort { ($0.order, $0.title, $0.index) < ($1.order, $1.title, $1.index) }
        return matching.map { cards[$0.index] }
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
