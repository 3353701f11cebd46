import Testing

@testable import YibaoCore

@Suite("Bad policy files are refused with their file and line")
struct PolicyBadFileTests {
    /// Replaces `old` by `new` in `file` and expects an error at the line where `lineOf` then starts.
    func expectError(
        _ file: String, replacing old: String, with new: String, atLineOf lineOf: String, mentioning words: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let files = try PolicyFixture.files(file, replacing: old, with: new)
        let line = try #require(PolicyFixture.line(of: lineOf, in: files[file]!), sourceLocation: sourceLocation)
        let error = try #require(PolicyFixture.loadError(files), "loaded without error", sourceLocation: sourceLocation)
        #expect(error.file == file, sourceLocation: sourceLocation)
        #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
        #expect(error.message.contains(words), "\(error)", sourceLocation: sourceLocation)
        #expect(error.description.hasPrefix("\(file):\(line): "), sourceLocation: sourceLocation)
    }

    @Test("A YAML syntax error")
    func syntax() throws {
        try expectError(
            "policy/national.yaml", replacing: "    geography: same_province\n",
            with: "    geography: same_province\n  \t broken: [\n", atLineOf: "\t broken", mentioning: "YAML syntax")
    }

    @Test("An unknown key (a typo)")
    func unknownKey() throws {
        try expectError(
            "policy/national.yaml", replacing: "    cross_province_quota: false\n",
            with: "    cross_provence_quota: false\n", atLineOf: "cross_provence_quota", mentioning: "cross_provence_quota")
    }

    @Test("A date that is not a real date")
    func badDate() throws {
        try expectError(
            "policy/national.yaml", replacing: "effective_from: 2024-10-01", with: "effective_from: 2024-13-01",
            atLineOf: "2024-13-01", mentioning: "YYYY-MM-DD")
    }

    @Test("A date written the wrong way")
    func badDateFormat() throws {
        try expectError(
            "policy/regions.yaml", replacing: "effective_from: 2022-05-31", with: "effective_from: 2022/5/31",
            atLineOf: "2022/5/31", mentioning: "2022/5/31")
    }

    @Test("An unknown near-relative class")
    func unknownKin() throws {
        try expectError(
            "policy/national.yaml", replacing: "      - maternal_grandchild\n    geography: same_province",
            with: "      - mother_in_law\n    geography: same_province", atLineOf: "mother_in_law",
            mentioning: "mother_in_law")
    }

    @Test("A bad region prefix")
    func badRegion() throws {
        try expectError(
            "policy/regions.yaml", replacing: "region: \"3713\"", with: "region: \"371\"", atLineOf: "\"371\"",
            mentioning: "2, 4 or 6 digits")
        try expectError(
            "policy/regions.yaml", replacing: "region: \"3713\"", with: "region: \"9913\"", atLineOf: "\"9913\"",
            mentioning: "9913")
        try expectError(
            "policy/credits.yaml", replacing: "region: \"4403\"", with: "region: \"440\"", atLineOf: "\"440\"",
            mentioning: "440")
    }

    @Test("A missing source points at the entry")
    func missingSource() throws {
        try expectError(
            "policy/regions.yaml", replacing: "    source: 临沂医院转载的家庭共济通知（2022-05-31）：\"同一个参保人只能同时绑定或被绑定1次，最多可授权绑定6人\"\n", with: "",
            atLineOf: "region: \"3713\"", mentioning: "source")
    }

    @Test("A missing effective_from points at the entry")
    func missingDate() throws {
        try expectError(
            "policy/fraud.yaml", replacing: "  - id: resell_medicine\n    effective_from: 2021-05-01\n",
            with: "  - id: resell_medicine\n", atLineOf: "id: resell_medicine", mentioning: "effective_from")
    }

    @Test("A duplicate entry")
    func duplicateEntry() throws {
        let linyi = """
              - region: "3713"
                name: {zh: 临沂, en: Linyi}
                effective_from: 2022-05-31
                source: again
                max_payers_per_beneficiary: 2

            """
        try expectError(
            "policy/regions.yaml", replacing: "  - region: \"44\"", with: linyi + "  - region: \"44\"",
            atLineOf: "  - region: \"3713\"\n    name: {zh: 临沂, en: Linyi}\n    effective_from: 2022-05-31\n    source: again",
            mentioning: "duplicate")
        try expectError(
            "policy/fraud.yaml", replacing: "  - id: resell_medicine", with: "  - id: lend_card",
            atLineOf: "  - id: lend_card\n    effective_from: 2021-05-01\n    source: 医疗保障基金使用监督管理条例 第四十一条第一款",
            mentioning: "duplicate")
    }

    @Test("The same key twice in one entry")
    func duplicateKey() throws {
        try expectError(
            "policy/uses.yaml", replacing: "  - id: pharmacy\n    allowed: true\n",
            with: "  - id: pharmacy\n    allowed: true\n    allowed: false\n", atLineOf: "    allowed: false",
            mentioning: "twice")
    }

    @Test("An empty rule list")
    func emptyList() throws {
        var files = try PolicyFixture.realFiles()
        files["policy/fraud.yaml"] = "# nothing here\n\nconduct: []\n"
        let error = try #require(PolicyFixture.loadError(files))
        #expect(error.file == "policy/fraud.yaml")
        #expect(error.line == 3)
        #expect(error.message.contains("empty"))
    }

    @Test("An empty file, and a missing file")
    func emptyAndMissing() throws {
        var files = try PolicyFixture.realFiles()
        files["policy/credits.yaml"] = "# only a comment\n"
        #expect(PolicyFixture.loadError(files)?.file == "policy/credits.yaml")
        files["policy/credits.yaml"] = nil
        let missing = try #require(PolicyFixture.loadError(files))
        #expect(missing.file == "policy/credits.yaml")
        #expect(missing.line == 0)
        #expect(missing.description == "policy/credits.yaml: the file is missing")
    }

    @Test("A national rule naming a use that uses.yaml does not have")
    func unknownUse() throws {
        try expectError(
            "policy/national.yaml", replacing: "    uses: [medical_care, pharmacy]\n",
            with: "    uses: [medical_care, pharmacy, gym]\n", atLineOf: "pharmacy, gym", mentioning: "gym")
    }

    @Test("A region entry that changes nothing")
    func regionWithoutFlags() throws {
        try expectError(
            "policy/regions.yaml",
            replacing: "    max_payers_per_beneficiary: 1\n    max_beneficiaries_per_payer: 6\n    one_role_per_person: true\n",
            with: "",
            atLineOf: "region: \"3713\"", mentioning: "changes nothing")
    }

    @Test("A credit rule with two amounts, or bands out of order")
    func creditShapes() throws {
        try expectError(
            "policy/credits.yaml", replacing: "    percent_of_base: 2\n    text:\n      zh: 北京",
            with: "    percent_of_base: 2\n    percent_of_reference: 2\n    text:\n      zh: 北京",
            atLineOf: "  - region: \"11\"\n    group: in_service", mentioning: "exactly one")
        try expectError(
            "policy/credits.yaml", replacing: "{from_age: 70, amount: 110.00}", with: "{from_age: 0, amount: 110.00}",
            atLineOf: "{from_age: 0, amount: 110.00}", mentioning: "go up")
        try expectError(
            "policy/credits.yaml", replacing: "amount: 1680.00", with: "amount: -1680",
            atLineOf: "amount: -1680", mentioning: "yuan")
    }

    @Test("A wrong certainty word, a half-given text, a wrong true/false")
    func wrongWords() throws {
        try expectError(
            "policy/regions.yaml", replacing: "certainty: secondary", with: "certainty: maybe",
            atLineOf: "certainty: maybe", mentioning: "maybe")
        try expectError(
            "policy/regions.yaml", replacing: "name: {zh: 广东, en: Guangdong}", with: "name: {zh: 广东}",
            atLineOf: "name: {zh: 广东}", mentioning: "`en`")
        try expectError(
            "policy/uses.yaml", replacing: "  - id: cash\n    allowed: false", with: "  - id: cash\n    allowed: nope",
            atLineOf: "allowed: nope", mentioning: "true or false")
    }

    @Test("An unknown top-level key")
    func unknownTopLevel() throws {
        try expectError(
            "policy/uses.yaml", replacing: "uses:\n", with: "usage:\n", atLineOf: "usage:", mentioning: "usage")
    }
}
