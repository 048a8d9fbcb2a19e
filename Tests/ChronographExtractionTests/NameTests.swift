import ChronographCore
import Testing

@testable import ChronographExtraction

/// People the dictionary does not know, and words that only look like names.
@Suite struct NameTests {
    func actorNames(_ text: String) -> [String] { extract(text, published: "2018-05-08").actors.map(\.name) }

    @Test func anUnknownNameAfterATitleWithItsCountryIsAPerson() {
        let names = actorNames("وقال وزير المالية المصري هاني سامح إن القرار غير مقبول. وأضاف سامح أن القاهرة سترد.")
        #expect(names.contains("هاني سامح"))
        let e = extract("وقال وزير الداخلية الليبي مراد فتحي إنه اتخذ القرار.", published: "2018-05-08")
        #expect(e.actors.contains { $0.name == "مراد فتحي" && $0.type == .person })
    }

    @Test func aCommonVerbIsNoSurname() {
        // ترأس (chaired) folds like تراس (Truss).
        #expect(!actorNames("ترأس الصماد المجلس السياسي.").contains("Liz Truss"))
    }

    @Test func aCapitalsOnlyAbbreviationStaysInCapitalsAfterARole() {
        #expect(!actorNames("Kerry met Arab foreign ministers who backed the plan.").contains("World Health Organization"))
    }

    @Test func aPluralRoleInAPlaceIsNoOfficeHolder() {
        let e = extract("Kerry met Arab foreign ministers in Paris on Sunday.", published: "2013-09-08")
        #expect(!e.actors.contains { $0.id == "laurent-fabius" })
    }

    @Test func thePossessiveIsNoPartOfAName() {
        let e = extract("Spokeswoman Karin Holtberg's remarks angered Moscow. Holtberg's office said later she was misquoted.", published: "2018-05-08")
        let holt = e.actors.filter { $0.name.contains("Holtberg") }
        #expect(holt.map(\.name) == ["Karin Holtberg"])
        #expect(holt.first?.mentions.count == 2)
    }
}
