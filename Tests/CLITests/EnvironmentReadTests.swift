import Foundation
import Testing
import YibaoCore
import YibaoService
import YibaoStore

@testable import yibao

/// Issue 19 (round four): start-up reads single environment variables (`getenv`) instead of Foundation's
/// whole environment dictionary, which is built afresh at every read; the values must be the same.
@Suite("Environment variables read one at a time")
struct EnvironmentReadTests {
    @Test("a variable read alone has the value the whole environment gives it, and an unset one is nil")
    func sameAsWholeEnvironment() {
        let whole = ProcessInfo.processInfo.environment
        for name in ["PATH", "HOME", "LANG", "TERM"] {
            #expect(Environment.variable(name) == whole[name], "\(name)")
        }
        #expect(Environment.variable("YIBAO_SURELY_NOT_SET_\(getpid())") == nil)
        let names = ["PATH", "HOME", "YIBAO_SURELY_NOT_SET"]
        #expect(Environment.variables(names) == whole.filter { names.contains($0.key) })
    }

    @Test("the default store path read from the few variables it names is the one the whole environment gives")
    func defaultStorePath() {
        let whole = ProcessInfo.processInfo.environment
        let few = Environment.variables(["YIBAO_STORE", "XDG_DATA_HOME", "HOME"])
        #expect(Store.defaultPath(environment: few) == Store.defaultPath(environment: whole))
    }

    @Test("opening a store file does not read the environment (only a server's connection needs it)")
    func fileStoreReadsNoEnvironment() throws {
        let folder = NSTemporaryDirectory() + "yibao-env-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var read = false
        func environment() -> [String: String] {
            read = true
            return ProcessInfo.processInfo.environment
        }
        let store = try StoreOpening.open(.file(path: folder + "/yibao.sqlite"), environment: environment())
        #expect(!read)
        _ = store
    }
}
