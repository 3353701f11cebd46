/// Contrast as a terminal actually draws a role: the colours xterm uses with its default settings,
/// and the WCAG 2 contrast ratio between the text and what is behind it.
///
/// The model (docs/contrast.md): xterm's default palette (`color0`-`color15`); a terminal's own
/// default colours are black on white (xterm's defaults, "light") or white on black (`xterm -rv`,
/// "dark"); bold text in one of the eight base colours is drawn in its bright twin (xterm's default
/// `boldColors: true`, and PuTTY's), so bold black is grey `#7f7f7f`; reverse swaps text and
/// background; faint (`dim`) text is taken as halfway between its colour and the background.
public enum Contrast {
    /// A colour as red, green and blue, 0-255 each.
    public struct RGB: Hashable, Sendable, CustomStringConvertible {
        public var red: Int, green: Int, blue: Int

        public init(_ red: Int, _ green: Int, _ blue: Int) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// `#cdcd00`
        public var description: String {
            "#"
                + [red, green, blue].map { value in
                    let hex = String(value, radix: 16)
                    return hex.count == 1 ? "0" + hex : hex
                }.joined()
        }

        /// WCAG 2 relative luminance (sRGB, linearised).
        public var luminance: Double {
            func channel(_ value: Int) -> Double {
                let c = Double(value) / 255
                return c <= 0.04045 ? c / 12.92 : Self.power((c + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
        }

        /// `x^y` for 0 < x <= 1 without Foundation: exp(y ln x) by series.
        static func power(_ x: Double, _ y: Double) -> Double {
            guard x > 0 else { return 0 }
            return exp(y * log(x))
        }

        static func log(_ x: Double) -> Double {
            // ln x = 2 artanh((x-1)/(x+1)), converging for every x > 0.
            let t = (x - 1) / (x + 1)
            var term = t
            var sum = 0.0
            var n = 1.0
            while abs(term / n) > 1e-15 {
                sum += term / n
                term *= t * t
                n += 2
            }
            return 2 * sum
        }

        static func exp(_ x: Double) -> Double {
            var term = 1.0
            var sum = 1.0
            var n = 1.0
            while abs(term) > 1e-15 {
                term *= x / n
                sum += term
                n += 1
            }
            return sum
        }

        func mixed(with other: RGB) -> RGB {
            RGB((red + other.red) / 2, (green + other.green) / 2, (blue + other.blue) / 2)
        }
    }

    /// xterm's default palette: `color0`-`color7`, then their bright twins `color8`-`color15`.
    public static let xtermPalette: [RGB] = [
        RGB(0x00, 0x00, 0x00), RGB(0xcd, 0x00, 0x00), RGB(0x00, 0xcd, 0x00), RGB(0xcd, 0xcd, 0x00),
        RGB(0x00, 0x00, 0xee), RGB(0xcd, 0x00, 0xcd), RGB(0x00, 0xcd, 0xcd), RGB(0xe5, 0xe5, 0xe5),
        RGB(0x7f, 0x7f, 0x7f), RGB(0xff, 0x00, 0x00), RGB(0x00, 0xff, 0x00), RGB(0xff, 0xff, 0x00),
        RGB(0x5c, 0x5c, 0xff), RGB(0xff, 0x00, 0xff), RGB(0x00, 0xff, 0xff), RGB(0xff, 0xff, 0xff),
    ]

    /// A terminal's own text and background colours (what "no colour" means there).
    public struct Background: Hashable, Sendable {
        public var name: String
        public var foreground: RGB
        public var background: RGB

        /// xterm's defaults: black text on white.
        public static let light = Background(name: "light", foreground: RGB(0, 0, 0), background: RGB(255, 255, 255))
        /// `xterm -rv`: white text on black.
        public static let dark = Background(name: "dark", foreground: RGB(255, 255, 255), background: RGB(0, 0, 0))
    }

    /// The text and background colours xterm draws an appearance in, on a terminal whose own colours
    /// are `terminal`.
    public static func drawn(_ appearance: Appearance, on terminal: Background) -> (text: RGB, background: RGB) {
        var text: RGB
        if let color = appearance.foreground {
            let bright = appearance.attributes.contains(.bold) && color.rawValue < 8
            text = xtermPalette[Int(color.rawValue) + (bright ? 8 : 0)]
        } else {
            text = terminal.foreground
        }
        var back = appearance.background.map { xtermPalette[Int($0.rawValue)] } ?? terminal.background
        if appearance.attributes.contains(.reverse) { swap(&text, &back) }
        if appearance.attributes.contains(.dim) { text = text.mixed(with: back) }
        return (text, back)
    }

    /// The WCAG 2 contrast ratio of two colours, 1 to 21.
    public static func ratio(_ a: RGB, _ b: RGB) -> Double {
        let (x, y) = (a.luminance, b.luminance)
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// The contrast of an appearance's text as xterm draws it on `terminal`.
    public static func ratio(of appearance: Appearance, on terminal: Background) -> Double {
        let colors = drawn(appearance, on: terminal)
        return ratio(colors.text, colors.background)
    }
}
