import ChronographCore

@testable import ChronographExtraction

/// The shipped resources, loaded once for all tests.
let shipped: Resources = {
    do { return try Resources.load() } catch { fatalError("resources failed to load: \(error)") }
}()

func extract(_ text: String, published: String? = "2021-10-22", lang: String? = nil) -> Extraction {
    Extractor(resources: shipped, today: CivilDate(2026, 11, 29)).extract(Article(id: "t", lang: lang, published: published, text: text))
}
