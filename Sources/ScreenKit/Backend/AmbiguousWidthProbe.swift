/// Finds out, before the screen starts, whether the terminal draws East Asian Ambiguous characters one
/// column wide or two: the backend writes `request` (a carriage return, one `─`, then `ESC [ 6 n`,
/// "where is the cursor?"), reads what comes back for a short while, and gives the bytes to `read`.
///
/// Right after it, the backend writes `repeatRequest`: one line-drawing `q`, `ESC [ 2 b` (ECMA-48 REP,
/// "repeat the last character twice") and a second `ESC [ 6 n`. A terminal that repeats answers three
/// columns further than the first reply, one that ignores REP one column further; only then are long
/// box lines sent with REP (`Reading.repeats`), since a terminal that ignored it would show gaps.
///
/// Pure, so the parsing is tested without a terminal. The reply (`ESC [ row ; column R`) never
/// reaches the app; keys typed meanwhile (before, after or around the reply) are kept, in order.
public enum AmbiguousWidthProbe {
    /// The ambiguous character drawn: a box line, the glyph the screens use most.
    public static let probeCharacter: Character = "─"

    /// Bytes to write: back to column 1, the character, then the cursor-position request.
    public static var request: [UInt8] { Array("\r\(probeCharacter)\u{1B}[6n".utf8) }

    /// Bytes to write right after `request`: a line-drawing `q` (`ESC ( 0` … `ESC ( B`), REP twice, and
    /// the second cursor-position request.
    public static var repeatRequest: [UInt8] { Array("\u{1B}(0q\u{1B}[2b\u{1B}(B\u{1B}[6n".utf8) }

    /// Bytes to write afterwards: back to column 1 and erase the line (the character is gone).
    public static var cleanup: [UInt8] { Array("\r\u{1B}[K".utf8) }

    /// What the bytes read so far hold.
    public struct Reading: Hashable, Sendable {
        /// The cursor's row and column from the first cursor-position reply, or nil if none came yet.
        public var row: Int?
        public var column: Int?
        /// The cursor's column from the second reply (after `repeatRequest`), or nil if none came yet.
        public var repeatColumn: Int? = nil
        /// Every byte that is not part of the reply, in the order typed.
        public var typed: [UInt8]

        /// True once a reply has been read (stop waiting).
        public var isAnswered: Bool { column != nil }

        /// True once both replies have been read (nothing more to wait for).
        public var isComplete: Bool { column != nil && repeatColumn != nil }

        /// Whether the terminal repeated the character (REP): the second reply three columns after
        /// the first (the `q` and two repeats). One column after (REP ignored), or no second reply, is
        /// false: box lines are then sent cell by cell, as before.
        public var repeats: Bool {
            guard let column, let repeatColumn else { return false }
            return repeatColumn - column == 3
        }

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

    /// Reads the bytes that came back: the first `ESC [ digits ; digits R` is the reply, the second the
    /// reply to `repeatRequest`; every other byte (a key typed before, between or after them, even a
    /// typed `ESC [ A`) is kept in `typed`.
    public static func read(_ bytes: [UInt8]) -> Reading {
        var reading = Reading(row: nil, column: nil, typed: [])
        var index = 0
        while index < bytes.count {
            if reading.repeatColumn == nil, bytes[index] == 0x1B, let (row, column, end) = reply(in: bytes, at: index) {
                if reading.column == nil {
                    reading.row = row
                    reading.column = column
                } else {
                    reading.repeatColumn = column
                }
                index = end
                continue
            }
            reading.typed.append(bytes[index])
            index += 1
        }
        return reading
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
