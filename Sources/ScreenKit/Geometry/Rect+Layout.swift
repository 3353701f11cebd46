/// Small layout helpers: insets, splits and centring. Every result stays inside the rectangle.
extension Rect {
    /// The rectangle shrunk by `horizontal` columns on the left and right and `vertical` rows on top and bottom.
    public func inset(horizontal: Int = 0, vertical: Int = 0) -> Rect {
        let dx = min(max(0, horizontal), width / 2)
        let dy = min(max(0, vertical), height / 2)
        return Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
    }

    /// The rectangle shrunk by `amount` on every side.
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    /// The first `rows` rows, and the rest.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let n = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: n), Rect(x: x, y: y + n, width: width, height: height - n))
    }

    /// The last `rows` rows, and the rest above them.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let n = min(max(0, rows), height)
        return (
            Rect(x: x, y: y, width: width, height: height - n),
            Rect(x: x, y: maxY - n, width: width, height: n)
        )
    }

    /// The first `columns` columns, and the rest.
    public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
        let n = min(max(0, columns), width)
        return (Rect(x: x, y: y, width: n, height: height), Rect(x: x + n, y: y, width: width - n, height: height))
    }

    /// The last `columns` columns, and the rest to their left.
    public func splitRight(_ columns: Int) -> (rest: Rect, right: Rect) {
        let n = min(max(0, columns), width)
        return (
            Rect(x: x, y: y, width: width - n, height: height),
            Rect(x: maxX - n, y: y, width: n, height: height)
        )
    }

    /// Consecutive bands of the given heights from the top; the last band is cut short if space runs out.
    public func rows(_ heights: [Int]) -> [Rect] {
        var result: [Rect] = []
        var top = y
        for h in heights {
            let band = min(max(0, h), maxY - top)
            result.append(Rect(x: x, y: top, width: width, height: band))
            top += band
        }
        return result
    }

    /// Consecutive bands of the given widths from the left; the last band is cut short if space runs out.
    public func columns(_ widths: [Int]) -> [Rect] {
        var result: [Rect] = []
        var left = x
        for w in widths {
            let band = min(max(0, w), maxX - left)
            result.append(Rect(x: left, y: y, width: band, height: height))
            left += band
        }
        return result
    }

    /// A rectangle of `size` (clipped to this one) centred in this one.
    public func centred(_ size: Size) -> Rect {
        let w = min(size.columns, width)
        let h = min(size.rows, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }

    /// The single row `index` rows from the top (empty when out of range).
    public func row(_ index: Int) -> Rect {
        guard index >= 0, index < height else { return Rect(x: x, y: y, width: width, height: 0) }
        return Rect(x: x, y: y + index, width: width, height: 1)
    }
}
