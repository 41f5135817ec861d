/// The Danish texts `beredskab new` writes. `UDFYLD` marks every fact the editor
/// must take from the plan; comments (`#`) say what goes where.
enum ScaffoldTexts {
    /// An id that does not exist, where the site has none to offer: the build then names what to write.
    static let placeholderID = "udfyld"

    static func municipality(name: String?) -> String {
        """
        # Kommunens oplysninger. Ret alt, hvor der står UDFYLD, med det, planen siger.
        # Fjern linjen `kladde: ja`, når kommunen er klar til at blive udgivet;
        # indtil da vises den kun af `beredskab serve`, `check` og `build --kladder`.
        navn: "\(name ?? "UDFYLD: kommunens navn, fx Allerød Kommune")"
        hjemmeside: https://www.UDFYLD.dk/
        beskrivelse: "UDFYLD: én sætning om kommunens beredskab."
        akut:
          # id på den kontakt i kontakter.csv, der tager imod henvendelser i åbningstiden
          kontakt: modtagelsen
          # Nævner planen en døgnvagt eller en anden kontakt uden for åbningstid, så tilføj dens id:
          # uden_for_aabningstid: social-doegnvagt
        kladde: ja

        """
    }

    /// Semicolon-separated UTF-8 with a byte-order mark and CRLF, as Danish Excel saves it.
    static var contactTable: Data {
        let rows = [
            "id;navn;rolle;enhed;telefon;email;aabningstid;doegnaaben;synlighed;verificeret;kilde;note",
            "modtagelsen;UDFYLD: enhedens navn;UDFYLD: hvad kontakten tager imod;;;;;nej;offentlig;;UDFYLD: planens titel og dato;",
        ]
        return Data([0xEF, 0xBB, 0xBF] + Array((rows.joined(separator: "\r\n") + "\r\n").utf8))
    }

    static let plan = """
    ---
    titel: "UDFYLD: planens titel"
    # Skriv den dato, planen selv giver, som ÅÅÅÅ-MM-DD: vedtaget (og vedtaget_af) eller gaeldende_fra.
    # vedtaget: 2024-04-01
    # vedtaget_af: Kommunalbestyrelsen
    # gaeldende_fra: 2024-04-01
    ansvarlig: "UDFYLD: den enhed, der ejer planen"
    resume: "UDFYLD: én sætning om, hvad planen beskriver."
    ---
    ## Formål

    UDFYLD: hvad planen skal sikre, med planens egne ord omskrevet.

    ## Underretning

    UDFYLD: hvem der tager imod underretninger og henvendelser, og hvordan. Link til kontakten i stedet for at skrive nummeret: [Modtagelsen](kontakt:modtagelsen).

    """

    static func card(audience: String, situation: String, contact: String, basis: String?, today: Day) -> String {
        """
        ---
        titel: "UDFYLD: kortets titel, fx Bekymring for tvangsægteskab – barn under 18"
        resume: "UDFYLD: én sætning om, hvornår kortet bruges."
        maalgrupper: [\(audience)]
        situationer: [\(situation)]
        alder: under-18
        kontakter: [\(contact)]
        opdateret: \(today.iso)
        \(basis.map { "bygger_paa: [\($0)]" } ?? "# bygger_paa: [ankre på de overskrifter i plan.md, som trinene bygger på]")
        kladde: ja
        ---
        ## Hvornår bruger du kortet

        UDFYLD: den situation, kortet er til.

        ## Tegn du skal være opmærksom på

        - UDFYLD: et tegn, som planen nævner.

        ## Det gør du nu

        1. UDFYLD: første trin, som planen beskriver det. Kontakt [\(contact)](kontakt:\(contact)).

        ## Det må du ikke

        - UDFYLD: det, planen siger, du ikke må.

        """
    }
}

import Foundation
