import Testing

/// `--relation` refusals come from the model's typed error: an ambiguous word lists its meanings.
@Suite("The command line's relationship words")
struct CLIRelationWordTests {
    @Test("an ambiguous word lists the relationships it may mean, an unknown one says so; both exit 2 and bind nothing")
    func ambiguousAndUnknown() throws {
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let me = CLITests.me
        let mother = CLITests.mother
        #expect(
            try cli.run([
                "person", "add", "--name", "张建国", "--id", me, "--scheme", "employee", "--region", "110000", "--me",
            ])
            .status == 0)
        #expect(
            try cli.run([
                "person", "add", "--name", "王桂兰", "--id", mother, "--scheme", "resident", "--region", "110000",
            ])
            .status == 0)
        let ambiguous = try cli.run([
            "relatives", "add", "--payer", me, "--beneficiary", mother, "--relation", "grandmother",
        ])
        #expect(ambiguous.status == 2)
        #expect(
            ambiguous.stderr.contains("paternal-grandmother") && ambiguous.stderr.contains("maternal-grandmother"),
            "\(ambiguous.stderr)")
        var zh = cli
        zh.language = "zh-Hans"
        let unknown = try zh.run(["relatives", "add", "--payer", me, "--beneficiary", mother, "--relation", "邻居"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("不认识"), "\(unknown.stderr)")
        #expect(try cli.run(["relatives", "list"]).stdout.contains("No mutual-aid bindings yet."))
    }
}
