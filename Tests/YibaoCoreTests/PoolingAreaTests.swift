import Testing

@testable import YibaoCore

@Suite("Pooling areas: where a move ends a binding (Data/policy/pooling.yaml)")
struct PoolingAreaTests {
    let pooling: PoolingAreas
    init() throws { pooling = try PolicyFixture.book().poolingAreas }

    func region(_ code: String) -> RegionCode { PolicyTestKit.region(code) }

    @Test("A municipality is one pooling area: districts of Beijing or of Chongqing are the same area")
    func municipality() {
        #expect(pooling.samePoolingArea(region("110105"), region("110108")))
        #expect(pooling.samePoolingArea(region("500101"), region("500230")))
        #expect(pooling.area(of: region("310104")).level == .municipality)
        #expect(pooling.area(of: region("310104")).code == "31")
        #expect(!pooling.samePoolingArea(region("110105"), region("120101")))
    }

    @Test("Elsewhere the prefecture-level city pools: Wenzhou's districts are one area, Hangzhou another")
    func prefecture() {
        #expect(pooling.samePoolingArea(region("330302"), region("330304")))
        #expect(!pooling.samePoolingArea(region("330302"), region("330106")))
        #expect(pooling.area(of: region("330302")) == PoolingArea(code: "3303", level: .prefecture))
    }

    @Test("A province that pools as one (Hainan) is one area: Haikou and Sanya are the same")
    func provinceLevel() {
        #expect(pooling.samePoolingArea(region("460100"), region("460200")))
        #expect(pooling.area(of: region("460100")).level == .province)
        #expect(pooling.area(of: region("460100")).basis?.source.isEmpty == false)
    }

    @Test("The Corps' city Shihezi pools on its own, marked uncertain, apart from its neighbours")
    func corpsCity() {
        let shihezi = pooling.area(of: region("659001"))
        #expect(shihezi.code == "659001")
        #expect(shihezi.level == .own)
        #expect(shihezi.certainty == .uncertain)
        #expect(!pooling.samePoolingArea(region("659001"), region("659002")))
        #expect(!pooling.samePoolingArea(region("659001"), region("650100")))
    }

    @Test("Without pooling.yaml the four municipalities still pool as whole cities")
    func fallback() throws {
        var files = try PolicyFixture.realFiles()
        files["policy/pooling.yaml"] = nil
        let book = try PolicyBook.load(files: files)
        #expect(book.poolingAreas.samePoolingArea(region("500101"), region("500230")))
        #expect(!book.poolingAreas.samePoolingArea(region("460100"), region("460200")))
    }

    @Test("A level that does not fit the code's length is refused with its file and line")
    func wrongLength() throws {
        let files = try PolicyFixture.files(
            "policy/pooling.yaml", replacing: "region: \"46\"\n    level: province", with: "region: \"4601\"\n    level: province")
        let error = try #require(PolicyFixture.loadError(files))
        #expect(error.description.contains("policy/pooling.yaml"))
        #expect(error.description.contains("4601"))
    }
}
