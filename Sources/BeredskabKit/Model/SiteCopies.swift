extension Site {
    func with(baseURL: WebURL) -> Site {
        let s = settings
        return Site(settings: SiteSettings(title: s.title, description: s.description, quickExit: s.quickExit,
                                           accessibilityStatement: s.accessibilityStatement, baseURL: baseURL, contactEmail: s.contactEmail),
                    organisations: organisations, situations: situations, audiences: audiences, terms: terms, pages: pages,
                    municipalities: municipalities, unreadable: unreadable, hiddenContacts: hiddenContacts)
    }

    func with(unreadable: Set<String>) -> Site {
        Site(settings: settings, organisations: organisations, situations: situations, audiences: audiences,
             terms: terms, pages: pages, municipalities: municipalities, unreadable: unreadable,
             hiddenContacts: hiddenContacts)
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
            return Municipality(id: m.id, name: m.name, website: m.website, description: m.description,
                                accessibilityStatement: m.accessibilityStatement, urgentContact: m.urgentContact,
                                afterHoursContact: m.afterHoursContact, police: m.police, plan: m.plan,
                                contacts: m.contacts.filter { $0.visibility == .everyone }, cards: m.cards,
                                actionPlan: m.actionPlan, location: m.location)
        }
        return Site(settings: settings, organisations: organisations, situations: situations, audiences: audiences,
                    terms: terms, pages: pages, municipalities: shown, unreadable: unreadable, hiddenContacts: hidden)
    }
}
