import Foundation

/// Where `swift test` put an executable of this package: it builds every one the tests depend on,
/// beside the test bundle.
public enum BuiltProduct {
    /// The executable `name` next to the test bundle, else in this checkout's `.build/debug`.
    public static func executable(_ name: String) -> URL {
        let bundleDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidates = [
            bundleDirectory.appendingPathComponent(name),
            bundleDirectory.deletingLastPathComponent().appendingPathComponent(name),
        ]
        for candidate in candidates where FileManager.default.isExecutableFile(atPath: candidate.path) {
            return candidate
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/\(name)")
    }

    /// The `yibao` binary.
    public static var yibao: URL { executable("yibao") }
}
