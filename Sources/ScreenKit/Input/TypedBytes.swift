/// Decodes raw bytes a terminal sent as keys: for the few keys typed while nothing else reads the
/// terminal (during `AmbiguousWidthProbe`), so none is lost.
///
/// UTF-8 text, control keys (as `KeyDecoding` reads them), and the common escape sequences: arrows,
/// Home/End, Page Up/Down, Insert/Delete, Shift-Tab and F1-F12 in their `ESC [` and `ESC O` forms. A
/// lone ESC is `.escape`; an unknown sequence is dropped whole rather than typed as letters.
public enum TypedBytes {
    public static func keys(_ bytes: [UInt8]) -> [Key] {
        var keys: [Key] = []
        var index = 0
        let decoding = KeyDecoding()
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B {
                let (key, length) = escape(bytes, at: index)
                if let key { keys.append(key) }
                index += length
                continue
            }
            if byte < 0x80 {
                if let key = decoding.characterKey(UInt32(byte)) { keys.append(key) }
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let end = min(bytes.count, index + length)
            if let text = String(validating: bytes[index..<end], as: UTF8.self), let character = text.first {
                keys.append(.char(character))
            }
            index = end
        }
        return keys
    }

    /// The key an escape sequence at `start` means (nil: unknown) and how many bytes it takes.
    static func escape(_ bytes: [UInt8], at start: Int) -> (Key?, Int) {
        let next = start + 1
        guard next < bytes.count else { return (.escape, 1) }
        let introducer = bytes[next]
        guard introducer == 0x5B || introducer == 0x4F else {
            return (.escape, 1)  // ESC then a key: Esc, and the key is read next
        }
        // Parameters (digits and ;) then one final byte.
        var index = next + 1
        var parameters = ""
        while index < bytes.count, (0x30...0x3F).contains(bytes[index]) {
            parameters.append(Character(Unicode.Scalar(bytes[index])))
            index += 1
        }
        guard index < bytes.count else { return (nil, bytes.count - start) }
        let final = Character(Unicode.Scalar(bytes[index]))
        let length = index - start + 1
        switch final {
        case "A": return (.up, length)
        case "B": return (.down, length)
        case "C": return (.right, length)
        case "D": return (.left, length)
        case "H": return (.home, length)
        case "F": return (.end, length)
        case "Z": return (.backTab, length)
        case "P": return (.function(1), length)
        case "Q": return (.function(2), length)
        case "R": return (.function(3), length)
        case "S": return (.function(4), length)
        case "~":
            let first = parameters.split(separator: ";").first.map(String.init) ?? ""
            let table: [String: Key] = [
                "1": .home, "7": .home, "4": .end, "8": .end, "2": .insert, "3": .delete, "5": .pageUp,
                "6": .pageDown, "11": .function(1), "12": .function(2), "13": .function(3), "14": .function(4),
                "15": .function(5), "17": .function(6), "18": .function(7), "19": .function(8),
                "20": .function(9), "21": .function(10), "23": .function(11), "24": .function(12),
            ]
            return (table[first], length)
        default:
            return (nil, length)
        }
    }
}
