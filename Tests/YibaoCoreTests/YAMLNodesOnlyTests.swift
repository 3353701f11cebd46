import Testing
import Yams

@testable import YibaoCore

/// Issue 19 (round four): the data files are composed with a constructor of empty tables and the UTF-8
/// encoding given (`YAMLText.nodesOnly`), not Yams' defaults, whose first use cost ~1 million instructions
/// before the first Home screen. The nodes Yibao reads must be exactly those of Yams' defaults.
@Suite("YAML composed without Yams' default tables")
struct YAMLNodesOnlyTests {
    @Test("every policy file composes to the same nodes as with Yams' default constructor and encoding")
    func sameNodes() throws {
        let files = try PolicyFixture.realFiles()
        #expect(files.count >= 5)
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let ours = try YAMLText.compose(text, file: path, resolver: .basic)
            let yams = try Yams.compose(yaml: text, .basic)
            #expect(ours == yams, "\(path)")
            let oursDefault = try YAMLText.compose(text, file: path)
            #expect(oursDefault == (try Yams.compose(yaml: text)), "\(path)")
        }
    }

    @Test("Yams' own conversions of what the readers read (text, numbers, true/false) are unchanged")
    func conversionsUnchanged() throws {
        let text = "a: 12\nb: true\nc: '07'\nd: 2.5\n"
        let node = try #require(try YAMLText.compose(text, file: "t.yaml"))
        #expect(node["a"]?.int == 12)
        #expect(node["b"]?.bool == true)
        #expect(node["c"]?.string == "07")
        #expect(node["d"]?.float == 2.5)
    }
}
