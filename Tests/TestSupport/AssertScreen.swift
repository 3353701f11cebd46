import Foundation
import ScreenKit
import Testing

/// Compares a buffer with the text snapshot `Snapshots/<name>.txt` beside the calling test file.
///
/// The snapshot is `buffer.textWithStyles`: a size/cursor header, the rows, then the style runs.
/// When the file is missing, or the environment has `SNAPSHOT_RECORD=1`, the snapshot is written and
/// the test FAILS with a message saying so (a recorded snapshot must be reviewed, then the test re-run).
/// A mismatch fails with a line-by-line diff (`-` expected, `+` actual).
public func assertScreen(
    _ buffer: ScreenBuffer, named name: String,
    filePath: StaticString = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    assertSnapshotText(buffer.textWithStyles, named: name, filePath: filePath, sourceLocation: sourceLocation)
}

/// Compares any text with the snapshot `Snapshots/<name>.txt` beside the calling test file; see `assertScreen`.
public func assertSnapshotText(
    _ actual: String, named name: String,
    filePath: StaticString = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) {
    let testFile = URL(fileURLWithPath: "\(filePath)")
    let directory = testFile.deletingLastPathComponent().appendingPathComponent("Snapshots", isDirectory: true)
    let file = directory.appendingPathComponent("\(name).txt")
    let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    let expected = try? String(contentsOf: file, encoding: .utf8)

    if recording || expected == nil {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            Issue.record(
                "Recorded snapshot \(name) at \(file.path). Review it, then run the test again without SNAPSHOT_RECORD.",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not record snapshot \(name) at \(file.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    if let expected, expected != actual {
        let diff = lineDiff(expected: expected, actual: actual)
        Issue.record(
            "Snapshot \(name) differs (- expected, + actual; SNAPSHOT_RECORD=1 re-records):\n\(diff)",
            sourceLocation: sourceLocation)
    }
}

/// A readable line diff: unchanged lines with two spaces, changed ones with `-` and `+`.
func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Longest common subsequence, so an inserted row shows as one `+` rather than a cascade.
    var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
        for j in stride(from: new.count - 1, through: 0, by: -1) {
            table[i][j] = old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
        }
    }
    var out: [String] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
        if i < old.count, j < new.count, old[i] == new[j] {
            out.append("  " + old[i])
            i += 1
            j += 1
        } else if i < old.count, j == new.count || table[i + 1][j] >= table[i][j + 1] {
            out.append("- " + old[i])
            i += 1
        } else {
            out.append("+ " + new[j])
            j += 1
        }
    }
    return out.map { "|" + $0 }.joined(separator: "\n")
}
