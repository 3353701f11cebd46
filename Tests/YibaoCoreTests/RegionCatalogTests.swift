import Foundation
import Testing

@testable import YibaoCore

/// The generated GB/T 2260 list, read from `Data/regions/gb2260.tsv` as the app embeds it.
enum RegionCatalogFixture {
    static let catalog: RegionCatalog = {
        let url = PolicyFixture.dataDirectory.appendingPathComponent(RegionCatalog.fileName)
        return RegionCatalog.parse((try? String(contentsOf: url, encoding: .utf8)) ?? "")
    }()
}

@Suite("The region catalog: every province, prefecture and county code, named, checked and searched")
struct RegionCatalogTests {
    let catalog = RegionCatalogFixture.catalog

    @Test("The list is complete: 31 provinces, over 300 prefectures and over 2,800 counties, with its source and date")
    func complete() throws {
        let levels = Dictionary(grouping: catalog.places, by: \.level).mapValues(\.count)
        #expect(levels[.province] == 31)
        #expect((levels[.prefecture] ?? 0) > 300)
        #expect((levels[.county] ?? 0) > 2_800)
        let url = PolicyFixture.dataDirectory.appendingPathComponent(RegionCatalog.fileName)
        let head = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").prefix(7).joined(separator: "\n")
        #expect(head.contains("# source:"))
        #expect(head.contains("# generated: 20"))
        #expect(head.contains("scripts/generate-regions.py"))
    }

    @Test("A code is named back in words with what it belongs to, in both languages")
    func words() {
        #expect(catalog.words(RegionCode("320200")!) == .init(zh: "江苏省无锡市", en: "Wuxi, Jiangsu"))
        #expect(catalog.words(RegionCode("320281")!) == .init(zh: "江苏省无锡市江阴市", en: "Jiangyin, Wuxi, Jiangsu"))
        #expect(catalog.words(RegionCode("110105")!) == .init(zh: "北京市朝阳区", en: "Chaoyang District, Beijing"))
        #expect(catalog.describe(RegionCode("330300")!).zh == "浙江省温州市（330300）")
    }

    @Test("Pinyin initials, Chinese characters and digits narrow the list, the likely place first")
    func search() {
        #expect(catalog.search("wx").first?.name == "无锡市")
        #expect(catalog.search("nj").first?.name == "南京市")
        #expect(catalog.search("南京").first?.name == "南京市")
        #expect(catalog.search("无锡").first?.code.code == "320200")
        #expect(catalog.search("wuxi").first?.code.code == "320200")
        #expect(catalog.search("Wenzhou").first?.code.code == "330300")
        #expect(catalog.search("3303").first?.code.code == "330300")
        #expect(catalog.search("3303").allSatisfy { $0.code.code.hasPrefix("3303") })
        #expect(catalog.search("ＷＸ").first?.name == "无锡市")  // full-width letters forgiven
        #expect(catalog.search("330399").isEmpty)
        #expect(catalog.search("").count == catalog.places.count)
    }

    @Test("Unknown codes are refused with the nearest real places; real ones are read, full-width digits too")
    func check() throws {
        #expect(try catalog.checkedRegion("３２０２００") == RegionCode("320200"))
        #expect(throws: RegionCodeError.self) { try catalog.checkedRegion("119999") }
        do {
            _ = try catalog.checkedRegion("330399")
            Issue.record("330399 was accepted")
        } catch {
            guard case .unknown(let code, let nearest) = error else { Issue.record("\(error)"); return }
            #expect(code == "330399")
            #expect(nearest.first?.zh.contains("温州") == true)
            #expect(error.message.zh.hasPrefix("没有代码为 330399 的地区。最接近的是："))
            #expect(error.message.en.contains("The nearest are:"))
        }
        do {
            _ = try catalog.checkedRegion("12ab")
            Issue.record("12ab was accepted")
        } catch {
            guard case .malformed = error else { Issue.record("\(error)"); return }
        }
        // Without a list nothing can be said against a well-formed code.
        #expect(try RegionCatalog.empty.checkedRegion("330399") == RegionCode("330399"))
    }

    @Test("The policy book carries the list when the files include it")
    func inPolicyBook() throws {
        var files = try PolicyFixture.realFiles()
        #expect(try PolicyBook.load(files: files).regionCatalog.isEmpty)
        let url = PolicyFixture.dataDirectory.appendingPathComponent(RegionCatalog.fileName)
        files[RegionCatalog.fileName] = try String(contentsOf: url, encoding: .utf8)
        #expect(try PolicyBook.load(files: files).regionCatalog.places.count == catalog.places.count)
    }
}

@Suite("Relations found by typing")
struct RelationTypeAheadTests {
    func first(_ query: String) -> Relationship? {
        let choices = Relationship.everydayChoices
        return TypeAhead.matches(query, keys: choices.map(\.searchKeys)).first.map { choices[$0] }
    }

    @Test("岳, mu, mother, 妈妈 and yf each find the relation first")
    func typeAhead() {
        #expect(first("岳") == .wifesFather)
        #expect(first("mu") == .mother)
        #expect(first("mother") == .mother)
        #expect(first("妈妈") == .mother)
        #expect(first("yf") == .wifesFather)
        #expect(first("兄弟") == .brother)
        #expect(first("sister") == .sister)
    }

    @Test("The picker offers neutral 兄弟 and 姐妹 beside the elder and younger ones")
    func neutralSiblings() {
        #expect(Relationship.everydayChoices.contains(.brother))
        #expect(Relationship.everydayChoices.contains(.sister))
    }
}

@Suite("Ledger notes in the reader's language")
struct LedgerNoteTests {
    @Test("Notes Yibao wrote read in one language; a note a person typed is kept as typed")
    func notes() {
        #expect(LedgerNote.text(Household.openingBalanceNote, language: .zhHans) == "期初余额")
        #expect(LedgerNote.text(Household.openingBalanceNote, language: .en) == "opening balance")
        #expect(LedgerNote.text("期初余额 opening balance", language: .en) == "opening balance")
        #expect(LedgerNote.text(Household.medicalCostsNote, language: .zhHans) == "就医购药")
        #expect(LedgerNote.text("月度划入", language: .en) == "monthly credit")
        #expect(LedgerNote.text("社区医院 门诊", language: .en) == "社区医院 门诊")
    }
}
