/// Finds out, before the screen starts, whether the terminal draws East Asian Ambiguous characters one
/// column wide or two: the backend writes `request` (a carriage return, one `─`, then `ESC [ 6 n`,
/// "where is the cursor?"), reads what comes back for a short while, and gives the bytes to `read`.
///
/// Pure, so the parsing is tested without a terminal. The reply (`ESC [ row ; column R`) never
/// reaches the app; keys typed meanwhile (before, after or around the reply) are kept, in order.
public enum AmbiguousWidthProbe {
    /// The ambiguous character drawn: a box line, the glyph the screens use most.
    public static let probeCharacter: Character = "─"

    /// Bytes to write: back to column 1, the character, then the cursor-position request.
    public static var request: [UInt8] { Array("\r\(probeCharacter)\u{1B}[6n".utf8) }

    /// Bytes to write afterwards: back to column 1 and erase the line (the character is gone).
    public static var cleanup: [UInt8] { Array("\r\u{1B}[K".utf8) }

    /// What the bytes read so far hold.
    public struct Reading: Hashable, Sendable {
        /// The cursor's row and column from the first cursor-position reply, or nil if none came yet.
        public var row: Int?
        public var column: Int?
        /// Every byte that is not part of the reply, in the order typed.
        public var typed: [UInt8]

        /// True once a reply has been read (stop waiting).
        public var isAnswered: Bool { column != nil }

        /// The set the reply calls for: column 2 after one character from column 1 means ambiguous
        /// characters are narrow (`.unicode`); 3 or more means wide, or a terminal that is not UTF-8
        /// (`.ascii`); no reply (or a reply that makes no sense) says nothing (nil).
        public var charset: Charset? {
            guard let column else { return nil }
            if column == 2 { return .unicode }
            return column >= 3 ? .ascii : nil
        }

        /// The typed bytes as keys (`TypedBytes.keys`), for the app to receive first.
        public var typedKeys: [Key] { TypedBytes.keys(typed) }
    }

    /// Reads the bytes that came back: the first `ESC [ digits ; digits R` is the reply; every other
    /// byte (a key typed before or after it, even a typed `ESC [ A`) is kept in `typed`.
    public static func read(_ bytes: [UInt8]) -> Reading {
        var typed: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x1B, let (row, column, end) = reply(in: bytes, at: index) {
                typed += bytes[end...]
                return Reading(row: row, column: column, typed: typed)
            }
            typed.append(bytes[index])
            index += 1
        }
        return Reading(row: nil, column: nil, typed: typed)
    }

    /// True when `bytes` (from an ESC on) could still become a reply if more bytes came: the backend
    /// keeps waiting briefly instead of handing a half-read reply to the app as keys.
    public static func isPartialReply(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard bytes.first == 0x1B else { return false }
        var state = 0  // 0: want '[', 1: row digits, 2: column digits
        var digits = 0
        for byte in bytes.dropFirst() {
            switch (state, byte) {
            case (0, 0x5B): state = 1
            case (1, 0x30...0x39), (2, 0x30...0x39):
                digits += 1
                if digits > 6 { return false }
            case (1, 0x3B) where digits > 0:
                state = 2
                digits = 0
            default: return false
            }
        }
        return true
    }

    /// The reply starting at `start` (an ESC): row, column and the index just after the `R`.
    static func reply(in bytes: [UInt8], at start: Int) -> (Int, Int, Int)? {
        var index = start + 1
        guard index < bytes.count, bytes[index] == 0x5B else { return nil }
        index += 1
        func number() -> Int? {
            var value = 0
            var count = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]), count < 6 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
                count += 1
            }
            return count > 0 ? value : nil
        }
        guard let row = number(), index < bytes.count, bytes[index] == 0x3B else { return nil }
        index += 1
        guard let column = number(), index < bytes.count, bytes[index] == 0x52 else { return nil }
        return (row, column, index + 1)
    }
}
