import Foundation
import Testing

@testable import ChronographCore

/// The typed CAMEO code: its traits are the codebook's (cameo.tsv), not guesses from digits.
@Suite struct CameoCodeTests {
    @Test func aCodeCarriesTheCodebooksTraits() throws {
        let strike = try #require(CameoCode("195"))
        #expect(strike.root == .fight)
        #expect(strike.isForce && strike.isMaterial && !strike.isCooperation)
        #expect(strike.quadClass == 4)
        #expect(strike.traits?.label == "Employ aerial weapons")
        #expect(strike.traits?.goldstein == -10)
        #expect(strike.traits?.plover == "ASSAULT")
        let visit = try #require(CameoCode("042"))
        #expect(visit.isVerbal && visit.isCooperation && !visit.isForce)
        #expect(visit.intent.value == "036")
        #expect(CameoCode("112")!.intent.value == "112")
        #expect(CameoCode("172")!.isForce == false)
        #expect(CameoCode("0874")?.quadClass == 2)
    }

    @Test func onlyCodesOfTheCodebooksShapeAreCodes() {
        for bad in ["", "1", "19x", "21", "00", "12345", "١٩"] { #expect(CameoCode(bad) == nil, "\(bad)") }
        #expect(CameoCode("1823")!.isWithin(CameoCode("18")!))
        #expect(!CameoCode("180")!.isWithin(CameoCode("19")!))
        #expect(CameoRoot.allCases.map(\.code.value).first == "01" && CameoRoot.useUnconventionalMassViolence.code.value == "20")
    }

    @Test func theQuadClassOfAnEventIsTheCodebooks() {
        #expect(EventType(code: "057", label: "").quadClass == 1)
        #expect(EventType(code: "070", label: "").quadClass == 2)
        #expect(EventType(code: "111", label: "").quadClass == 3)
        #expect(EventType(code: "145", label: "").quadClass == 4)
    }

    @Test func theAnnotationScriptsCopyOfTheCodebookIsTheSame() throws {
        // (scripts/annotation reads the codebook at its former place; make-cameo-table.py writes both.)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let core = try Data(contentsOf: root.appendingPathComponent("Sources/ChronographCore/Resources/cameo.tsv"))
        let copy = try Data(contentsOf: root.appendingPathComponent("Sources/ChronographExtraction/Resources/cameo/cameo.tsv"))
        #expect(core == copy)
    }
}
