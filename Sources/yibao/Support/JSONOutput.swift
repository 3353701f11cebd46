import Foundation
import ScreenKit

/// Prints a JSON value (dictionaries, arrays, strings, numbers) with sorted keys, one document per call.
func printJSON(_ value: Any) throws {
    let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
    FileHandle.standardOutput.write(JSONText.escapingControls(data))
    FileHandle.standardOutput.write(Data("\n".utf8))
}

/// JSON made safe for a terminal. Foundation escapes C0 controls in strings but writes C1 controls
/// (U+009B is a CSI to some terminals), bidi overrides, zero-width and other invisible characters as
/// they are; this writes every character `Sanitizer` would replace as a `\uXXXX` escape, so the same
/// text reads back and nothing in it reaches the terminal raw. Outside strings, JSON is plain ASCII.
enum JSONText {
    static func escapingControls(_ data: Data) -> Data {
        let text = String(decoding: data, as: UTF8.self)
        guard text.unicodeScalars.contains(where: needsEscape) else { return data }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                out.unicodeScalars.append(scalar)
                continue
            }
            // JSON escapes are UTF-16 code units: a scalar above U+FFFF is written as a surrogate pair.
            for unit in String(scalar).utf16 {
                let hex = String(unit, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }
        return Data(out.utf8)
    }

    /// Anything but the printable ASCII and line breaks Foundation writes outside strings.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
        if scalar == "\n" || scalar == " " { return false }
        return scalar.value < 0x20 || Sanitizer.replacement(for: scalar) != nil
    }
}
