/// The bytes a terminal (xterm) sends for a key, by name, so scripts read as a person would act.
enum Keys {
    /// `application`: the program turned on application cursor keys, so arrows are sent as `ESC O x`.
    static func bytes(_ name: String, application: Bool = false) -> [UInt8] {
        let arrow = application ? "\u{1B}O" : "\u{1B}["
        switch name {
        case "Enter": return [0x0D]
        case "Esc": return [0x1B]
        case "Up": return Array((arrow + "A").utf8)
        case "Down": return Array((arrow + "B").utf8)
        case "Right": return Array((arrow + "C").utf8)
        case "Left": return Array((arrow + "D").utf8)
        case "PgUp": return Array("\u{1B}[5~".utf8)
        case "PgDn": return Array("\u{1B}[6~".utf8)
        case "Tab": return [0x09]
        case "F10": return Array("\u{1B}[21~".utf8)
        default: return Array(name.utf8)  // a printable key: "1", "q", "d", "?"
        }
    }
}
