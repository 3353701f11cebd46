import NIOSSL
import PostgresNIO
import YibaoStore

/// TLS for a remote server, from libpq's `sslmode` (docs/fleet.md): `disable` never, `prefer` when the
/// server offers it (no checks: as libpq, it only guards against a passive listener), `require` always
/// (no checks of the certificate), `verify-ca` always with the chain checked against `sslrootcert` (or
/// the system's roots), `verify-full` also the host name.
enum PostgresTLS {
    static func tls(for location: PostgresLocation) throws(StoreError) -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch location.sslMode {
        case .disable:
            return .disable
        case .prefer, .require:
            configuration.certificateVerification = .none
        case .verifyCA:
            configuration.certificateVerification = .noHostnameVerification
        case .verifyFull:
            configuration.certificateVerification = .fullVerification
        }
        if let root = location.sslRootCert, location.sslMode == .verifyCA || location.sslMode == .verifyFull {
            configuration.trustRoots = .file(root)
        }
        let context: NIOSSLContext
        do {
            context = try NIOSSLContext(configuration: configuration)
        } catch {
            throw .serverRefused(server: location.display, reason: "TLS set-up: \(error)")
        }
        return location.sslMode == .prefer ? .prefer(context) : .require(context)
    }
}
