import Testing

@testable import YibaoCore

@Suite("Region flags: longest prefix wins, then the latest date")
struct PolicyRegionPrecedenceTests {
    /// The real files, with regions.yaml replaced by `regions`.
    func book(_ regions: String) throws -> PolicyBook {
        var files = try PolicyFixture.realFiles()
        files["policy/regions.yaml"] = regions
        return try PolicyBook.load(files: files)
    }

    static let regions = """
        regions:
          - region: "33"
            name: {zh: 浙江, en: Zhejiang}
            effective_from: 2022-01-01
            source: test
            max_payers_per_beneficiary: 2
          - region: "33"
            name: {zh: 浙江, en: Zhejiang}
            effective_from: 2024-01-01
            source: test
            max_payers_per_beneficiary: 4
          - region: "3303"
            name: {zh: 温州, en: Wenzhou}
            effective_from: 2023-01-01
            source: test
            max_payers_per_beneficiary: 0
          - region: "330302"
            name: {zh: 鹿城, en: Lucheng}
            effective_from: 2023-06-01
            source: test
            one_payer_per_settlement: true
        """

    @Test("The latest entry for a prefix that has started wins")
    func latestDateWins() throws {
        let book = try book(Self.regions)
        let hangzhou = PolicyTestKit.region("330106")
        #expect(book.flags(for: hangzhou, on: PolicyTestKit.date("2021-12-31")).maxPayersPerBeneficiary == nil)
        #expect(book.flags(for: hangzhou, on: PolicyTestKit.date("2022-01-01")).maxPayersPerBeneficiary == 2)
        #expect(book.flags(for: hangzhou, on: PolicyTestKit.date("2024-01-01")).maxPayersPerBeneficiary == 4)
    }

    @Test("A longer prefix wins over a later shorter one, and 0 removes a cap")
    func longestPrefixWins() throws {
        let book = try book(Self.regions)
        let lucheng = PolicyTestKit.region("330302")
        #expect(book.flags(for: lucheng, on: PolicyTestKit.date("2022-06-01")).maxPayersPerBeneficiary == 2)
        let later = book.flags(for: lucheng, on: PolicyTestKit.date("2025-01-01"))
        #expect(later.maxPayersPerBeneficiary == nil)
        #expect(later.onePayerPerSettlement)
        #expect(!book.flags(for: PolicyTestKit.region("330304"), on: PolicyTestKit.date("2025-01-01")).onePayerPerSettlement)
    }

    @Test("A region code that merely shares digits elsewhere does not match")
    func prefixMustStartTheCode() throws {
        let book = try book(Self.regions)
        #expect(book.flags(for: PolicyTestKit.region("313300"), on: PolicyTestKit.date("2025-01-01")) == RegionFlags())
    }
}
