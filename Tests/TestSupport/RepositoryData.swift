import Foundation

/// The repository's `Data/` folder (policy, rules, demo), read straight from the source tree so tests
/// use the real files a person can edit.
public enum RepositoryData {
    /// `Data/` beside `Sources/` and `Tests/`.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data")

    /// Every file under `Data/`, keyed by its path relative to `Data/` (`policy/national.yaml`).
    public static func files() throws -> [String: String] {
        var files: [String: String] = [:]
        let base = directory.standardizedFileURL.path
        let walker = FileManager.default.enumerator(atPath: base)
        while let relative = walker?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let full = base + "/" + relative
            guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            files[relative] = try String(contentsOfFile: full, encoding: .utf8)
        }
        return files
    }
}
