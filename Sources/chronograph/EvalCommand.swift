import ArgumentParser
import ChronographCore
import ChronographExtraction
import Foundation

/// `chronograph eval`: precision, recall and F1 against gold-annotated articles.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against gold-annotated articles (the metrics of ../shared/eval/score.py).")

    @Argument(help: "Gold articles (.json) or directories of them.") var gold: [String]
    @Option(help: "An extra actor dictionary; repeatable.") var dictionary: [String] = []
    @Option(help: "Output format: text or json.") var format: String = "text"
    @Option(help: "Only the articles that the directory's splits.json assigns to this split (train or test).") var split: String?
    @Option(help: "The unlabelled pool, for annotated articles stored without their text (default: ../shared/corpus/pool).")
    var pool: String?
    @OptionGroup var reader: ReaderOptions

    func run() throws {
        let resources = try ExtractionRequest(
            files: [], published: nil, lang: nil, dictionary: dictionary, model: reader.model, rulesOnly: reader.rulesOnly
        ).resources()
        let scorer = try Scorer.evaluate(paths: gold, extractor: Extractor(resources: resources), split: split, pool: pool)
        guard scorer.articles > 0 else {
            throw InputError.unreadable(
                gold.joined(separator: " "), "no gold-annotated articles (.json with a \"gold\" object)\(split.map { " in the split \($0)" } ?? "")")
        }
        // Gold objects with nothing in them score nothing: say so rather than print zeros.
        guard scorer.totals.values.contains(where: { $0.tp + $0.fn > 0 }) else {
            throw InputError.unreadable(gold.joined(separator: " "), "the gold objects annotate no timex, actor or event: nothing to score")
        }
        if format == "json" {
            var out: [String: Any] = ["articles": scorer.articles, "failed": 0]
            for (k, v) in scorer.totals { out[k] = ["precision": v.precision, "recall": v.recall, "f1": v.f1, "tp": v.tp, "fp": v.fp, "fn": v.fn] }
            try Console.write(try JSONSerialization.data(withJSONObject: out, options: [.prettyPrinted, .sortedKeys]) + Data("\n".utf8), to: nil)
        } else {
            try Console.write(scorer.table(), to: nil)
        }
    }
}
