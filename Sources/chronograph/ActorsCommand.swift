import ArgumentParser
import ChronographCore
import ChronographExtraction

/// `chronograph actors`: what the dictionary knows.
struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "actors", abstract: "What the actor dictionary knows.", subcommands: [List.self, Show.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the dictionary's actors (id, type, name).")
        @Option(help: "Extra actor dictionary (YAML or TABARI/PETRARCH text); repeatable.") var dictionary: [String] = []
        @Option(help: "Only this type: person, country, organization, armed_group, place.") var type: ActorType?

        func run() throws {
            let r = try Resources.load(dictionaries: dictionary)
            var out = ""
            for e in r.actors.entries where type == nil || e.type == type {
                out += "\(e.id)\t\(e.type.rawValue)\t\(e.name)\n"
            }
            try Console.write(out, to: nil)
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one actor: names, codes, roles; with --on, the roles held that day.")
        @Argument(help: "Any name or alias, in any language.") var name: String
        @Option(help: "A date (YYYY-MM-DD): the roles held on it.") var on: CivilDate?
        @Option(help: "Extra actor dictionary (YAML or TABARI/PETRARCH text); repeatable.") var dictionary: [String] = []

        func run() throws {
            let r = try Resources.load(dictionaries: dictionary)
            let e = try ActorResolver(extraction: Extraction(), dictionary: r.actors).entry(name)
            var out = "\(e.name) (\(e.id), \(e.type.rawValue))\n"
            if let c = e.codes, !c.isEmpty { out += "codes: \(c.joined(separator: ", "))\n" }
            if let a = e.affiliation { out += "affiliation: \(a)\n" }
            for (lang, names) in (e.aliases ?? [:]).sorted(by: { $0.key < $1.key }) {
                // Each language's own comma: the Arabic one between Arabic names only.
                out += "\(lang): " + TimelineFormat.isolate(names.joined(separator: lang == "ar" ? "، " : ", ")) + "\n"
            }
            let day = on
            for role in e.roles ?? [] where day == nil || role.covers(day!) {
                out += "role: \(role.role) of \(role.of), \(role.from ?? "?") – \(role.to ?? "")\n"
            }
            for code in e.datedCodes ?? [] where day == nil || code.covers(day!) {
                out += "code: \(code.code), \(code.from ?? "…") – \(code.to ?? "…")\n"
            }
            try Console.write(out, to: nil)
        }
    }
}
