extension Site {
    func with(baseURL: WebURL) -> Site {
        let s = settings
        var changed = SiteSettings(title: s.title, description: s.description, quickExit: s.quickExit,
                                   accessibilityStatement: s.accessibilityStatement, baseURL: baseURL, contactEmail: s.contactEmail)
        changed.languages = s.languages
        changed.translations = s.translations
        return Site(settings: changed,
                    organisations: organisations, situations: situations, audiences: audiences, terms: terms, pages: pages,
                    municipalities: municipalities, unreadable: unreadable, hiddenContacts: hiddenContacts, drafts: drafts)
    }

    func with(unreadable: Set<String>) -> Site {
        Site(settings: settings, organisations: organisations, situations: situations, audiences: audiences,
             terms: terms, pages: pages, municipalities: municipalities, unreadable: unreadable,
             hiddenContacts: hiddenContacts, drafts: drafts)
    }

    /// The site as `target` may show it. For the public, `intern` contacts are
    /// removed here, at the model stage, so that no later stage can link or render them.
    func visible(to target: BuildTarget) -> Site {
        guard target == .offentlig else { return self }
        var hidden: [String: [HiddenContact]] = [:]
        let shown = municipalities.map { m -> Municipality in
            let intern = m.contacts.filter { $0.visibility == .intranetOnly }
            guard !intern.isEmpty else { return m }
            hidden[m.id] = intern.map { HiddenContact(id: $0.id, location: $0.location) }
            return m.with(contacts: m.contacts.filter { $0.visibility == .everyone }, cards: m.cards)
        }
        return Site(settings: settings, organisations: organisations, situations: situations, audiences: audiences,
                    terms: terms, pages: pages, municipalities: shown, unreadable: unreadable, hiddenContacts: hidden,
                    drafts: drafts)
    }

    /// The site without drafts (`kladde: ja`): what a published build shows. Only
    /// the drafts' ids remain, so that a link to one becomes plain text with a warning.
    func withoutDrafts() -> Site {
        var left = drafts
        let published = municipalities.compactMap { m -> Municipality? in
            guard !m.isDraft else {
                left.insert("kommune:" + m.id)
                return nil
            }
            let drafts = m.cards.filter(\.isDraft)
            guard !drafts.isEmpty else { return m }
            for card in drafts { left.insert("kort:\(m.id)/\(card.id)") }
            return m.with(contacts: m.contacts, cards: m.cards.filter { !$0.isDraft })
        }
        return Site(settings: settings, organisations: organisations, situations: situations, audiences: audiences,
                    terms: terms, pages: pages, municipalities: published, unreadable: unreadable,
                    hiddenContacts: hiddenContacts, drafts: left)
    }
}

extension Municipality {
    func with(contacts: [Contact], cards: [ActionCard]) -> Municipality {
        Municipality(id: id, name: name, website: website, description: description,
                     accessibilityStatement: accessibilityStatement, urgentContact: urgentContact,
                     afterHoursContact: afterHoursContact, police: police, plan: plan, contacts: contacts, cards: cards,
                     actionPlan: actionPlan, location: location, isDraft: isDraft, revision: revision)
    }
}
