import Foundation
import Testing
import TestSupport

/// A kiosk whose store cannot be written (issue 15): visitors read a calm "out of service", never the
/// store's path or a command.
@Suite("The kiosk on a read-only disk", .serialized, .enabled(if: TmuxSession.isAvailable && TmpfsMount.available))
struct KioskOutOfServiceEndToEndTests {
    typealias K = KioskEndToEndTests

    @Test("signing in on a read-only disk says 'out of service, please ask at the counter' and shows no path")
    func readOnlyKiosk() throws {
        let fixture = try K.Fixture()
        defer { fixture.remove() }
        let mount = try #require(TmpfsMount.mount(kilobytes: 16384))
        defer { mount.unmount() }
        let store = mount.path + "/yibao.sqlite"
        for name in try FileManager.default.contentsOfDirectory(atPath: fixture.directory.path)
        where name.hasPrefix("yibao.sqlite") {
            try FileManager.default.copyItem(
                atPath: fixture.directory.appendingPathComponent(name).path, toPath: mount.path + "/" + name)
        }
        #expect(mount.remountReadOnly())
        let command = [E2E.binary.path, "kiosk", "--store", store].map(TmuxSession.quote).joined(separator: " ")
        let tmux = try TmuxSession(
            command: command, environment: ["YIBAO_KIOSK_CONFIG": fixture.config], directory: fixture.directory)
        defer { tmux.kill() }
        try K.signIn(tmux, id: K.first.id, pin: K.first.pin)
        let screen = try tmux.waitFor("out of service", timeout: 30)
        #expect(screen.contains("Please ask at the"), "\(screen)")
        for leak in [mount.path, "yibao.sqlite", "--store", "read-only", "Read-only"] {
            #expect(!screen.contains(leak), "the visitor's screen shows \(leak):\n\(screen)")
        }
    }
}
