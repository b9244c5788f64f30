import Foundation
import RapportBase
import RapportSyntax

/// A contact's level read from a job title, for exports that have titles but no levels
/// ("CFO" is an executive, "Head of IT" senior, "Procurement Manager" a manager). The common
/// English forms and the usual German, French, Spanish, Italian and Dutch ones are known; a
/// title that matches none stays without a level (missing, never guessed). A mapping's
/// `title_levels` adds or overrides titles.
public enum ContactTitles {
    /// Words and phrases by level, most senior first (a title takes the first level it matches).
    package static let patterns: [(level: ContactLevel, phrases: [String])] = [
        (.executive, ["ceo", "cfo", "coo", "cto", "cio", "cmo", "cro", "cso", "cdo", "cpo", "chro", "chief", "president",
                      "owner", "founder", "co founder", "cofounder", "managing director", "general manager", "executive director",
                      "evp", "svp", "executive vice president", "senior vice president", "md", "managing partner",
                      "geschaftsfuhrer", "geschaftsfuhrerin", "vorstand", "vorstandsvorsitzender", "inhaber", "inhaberin",
                      "directeur general", "directrice generale", "pdg", "dg", "president directeur general",
                      "director general", "directora general", "consejero delegado", "director ejecutivo",
                      "amministratore delegato", "direttore generale", "algemeen directeur", "directeur eigenaar", "eigenaar"]),
        (.senior, ["vp", "vice president", "director", "directora", "head", "head of", "leiter", "leiterin", "bereichsleiter",
                   "bereichsleiterin", "prokurist", "prokuristin", "directeur", "directrice", "direttore", "direttrice",
                   "hoofd", "principal"]),
        (.manager, ["manager", "managerin", "lead", "team lead", "supervisor", "teamleiter", "teamleiterin", "abteilungsleiter",
                    "abteilungsleiterin", "gruppenleiter", "responsable", "chef", "cheffe", "gerente", "jefe", "jefa",
                    "responsabile", "coordinator", "coordinatrice", "koordinator", "teamleider", "afdelingshoofd"]),
        (.staff, ["specialist", "analyst", "engineer", "assistant", "associate", "buyer", "representative", "consultant",
                  "clerk", "coordinator assistant", "administrator", "accountant", "technician", "einkaufer", "einkauferin",
                  "sachbearbeiter", "sachbearbeiterin", "referent", "referentin", "acheteur", "acheteuse", "comprador",
                  "compradora", "analista", "tecnico", "impiegato", "impiegata", "inkoper", "medewerker"]),
    ]

    /// The level of `title`, or nil when no known word says it.
    public static func level(of title: String, overrides: [String: ContactLevel] = [:]) -> ContactLevel? {
        let words = normalised(title)
        if let level = overrides[words.joined(separator: " ")] { return level }
        guard !words.isEmpty else { return nil }
        for (level, phrases) in patterns {
            for phrase in phrases where contains(words, phrase.split(separator: " ").map(String.init)) { return level }
        }
        return nil
    }

    /// Lower-case words without accents: "Geschäftsführer" → ["geschaftsfuhrer"].
    package static func normalised(_ text: String) -> [String] {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .map(String.init)
    }

    package static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where Array(words[start..<start + phrase.count]) == phrase { return true }
        return false
    }
}
