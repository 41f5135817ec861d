/// Which cards serve an audience or a worry, in the order a reader scans them.
extension Municipality {
    func cards(audience: String? = nil, situation: String? = nil) -> [ActionCard] {
        cards.filter { card in
            (audience.map { a in card.audiences.contains { $0.id == a } } ?? true)
                && (situation.map { s in card.situations.contains { $0.id == s } } ?? true)
        }
        .sorted { ($0.age.order, $0.title) < ($1.age.order, $1.title) }
    }
}

extension ActionCard.AgeGroup {
    var order: Int { ActionCard.AgeGroup.allCases.firstIndex(of: self) ?? 0 }
}
