import ArgumentParser
import ChronographCore
import ChronographExtraction
import Foundation

/// `chronograph train`: the learned reader from gold-annotated articles.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the learned reader on gold-annotated articles (deterministic: same data, same bytes).",
        discussion: "Example: chronograph train data/annotated --split train -o reader.model")

    @Argument(help: "Gold articles (.json) or directories of them.") var gold: [String]
    @Option(help: "Only the articles that the directory's splits.json assigns to this split (train or test).") var split: String?
    @Option(help: "The unlabelled pool, for annotated articles stored without their text (default: ../shared/corpus/pool).")
    var pool: String?
    @Option(name: .shortAndLong, help: "Write the model to this file.") var output: String
    @Option(help: "Passes over the training data (perceptron).") var epochs: Int = 8
    @Option(help: "L2 penalty of the log-linear decisions; 0 trains averaged perceptrons instead.") var l2: Double = 0.001
    @Option(help: "Gradient steps of the log-linear decisions.") var iterations: Int = 120
    @Option(help: "An extra actor dictionary; repeatable.") var dictionary: [String] = []
    @Flag(help: "Print what training saw and the features of largest weight of each decision.") var report = false

    func validate() throws {
        if epochs < 1 || epochs > 100 { throw ValidationError("--epochs must be between 1 and 100") }
    }

    func run() throws {
        let resources = try Resources.load(dictionaries: dictionary).withVerbDictionaries().reading(with: nil)
        var trainer = ReaderTrainer(extractor: Extractor(resources: resources))
        trainer.epochs = epochs
        trainer.l2 = l2 > 0 ? l2 : nil
        trainer.iterations = iterations
        let (model, seen) = try trainer.train(paths: gold, split: split, pool: pool, report: report)
        guard seen.articles > 0 else {
            throw InputError.unreadable(gold.joined(separator: " "), "no gold-annotated articles\(split.map { " in the split \($0)" } ?? "")")
        }
        try model.data().write(to: URL(fileURLWithPath: output))
        var lines = [
            "trained on \(seen.articles) articles: \(seen.goldEvents) gold events, \(seen.goldEventsReachable) among the candidates; "
                + "\(seen.candidates) candidates, \(seen.positives) events, \(seen.dated) date choices; event threshold \(seen.threshold), candidate F1 \(seen.candidateF1) (cross-validated)",
            "weights: " + model.sizes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "),
        ]
        for (decision, top) in seen.topFeatures.sorted(by: { $0.key < $1.key }) {
            lines.append("\(decision): features of largest weight")
            lines += top.map { String(format: "  %+8.2f  ", $0.weight) + $0.name }
        }
        FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
