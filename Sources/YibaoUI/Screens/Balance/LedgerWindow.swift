import YibaoCore

/// The part of one account's ledger held in memory: a few fixed-size pages around the rows shown.
///
/// The ledger may have 100,000 lines, so it is never loaded whole. Rows are numbered newest first
/// (as the store pages them); page `p` holds rows `p * pageSize ..< (p + 1) * pageSize`. Every
/// operation costs at most a page or two, whatever the ledger's length: looking a row up is a
/// dictionary read, asking for rows asks only for the missing pages that cover them (and the rows
/// just beyond, so scrolling finds them ready), and pages far from the rows shown are dropped.
struct LedgerWindow: Hashable, Sendable {
    /// Rows per request: small enough to read at once, larger than any screen's worth of rows.
    static let defaultPageSize = 100

    let account: ResidentID
    let pageSize: Int
    /// Loaded pages by page number.
    private(set) var pages: [Int: [LedgerEntry]] = [:]
    /// Pages asked for and not yet received.
    private(set) var requested: Set<Int> = []

    init(account: ResidentID, pageSize: Int = LedgerWindow.defaultPageSize) {
        self.account = account
        self.pageSize = max(1, pageSize)
    }

    /// How many entries are held in memory.
    var loadedCount: Int { pages.values.reduce(0) { $0 + $1.count } }

    /// The entry at row `index` (0 = newest), if its page is loaded.
    func entry(at index: Int) -> LedgerEntry? {
        guard index >= 0, let page = pages[index / pageSize] else { return nil }
        let within = index % pageSize
        return within < page.count ? page[within] : nil
    }

    /// Whether every row of `rows` (clamped to `count`) is loaded.
    func covers(_ rows: Range<Int>, count: Int) -> Bool {
        let wanted = rows.clamped(to: 0..<max(0, count))
        return wanted.isEmpty || pageRange(wanted).allSatisfy { pages[$0] != nil }
    }

    /// Asks for the pages that hold `rows` and a screenful beyond them on each side, leaving out those
    /// already loaded or asked for. Returns one effect per page (usually none, at most a few).
    mutating func request(_ rows: Range<Int>, count: Int) -> [Effect] {
        let wanted = Self.withMargin(rows, count: count)
        guard !wanted.isEmpty else { return [] }
        var effects: [Effect] = []
        for page in pageRange(wanted) where pages[page] == nil && !requested.contains(page) {
            requested.insert(page)
            effects.append(.loadLedger(account: account, offset: page * pageSize, limit: pageSize))
        }
        return effects
    }

    /// Keeps a page that arrived (if it is one this window asks for), then drops pages far from `rows`.
    mutating func receive(offset: Int, entries: [LedgerEntry], showing rows: Range<Int>, count: Int) {
        guard offset >= 0, offset % pageSize == 0 else { return }
        let page = offset / pageSize
        requested.remove(page)
        pages[page] = Array(entries.prefix(pageSize))
        let wanted = Self.withMargin(rows, count: count)
        let keep = wanted.isEmpty ? page...page : pageRange(wanted)
        let lowest = keep.lowerBound - 1
        let highest = keep.upperBound + 1
        for held in Array(pages.keys) where held < lowest || held > highest {
            pages[held] = nil
        }
    }

    /// Forgets every page (the ledger changed).
    mutating func reset() {
        pages = [:]
        requested = []
    }

    private func pageRange(_ rows: Range<Int>) -> ClosedRange<Int> {
        (rows.lowerBound / pageSize)...((rows.upperBound - 1) / pageSize)
    }

    /// `rows` widened by its own length on each side, within `0 ..< count`.
    private static func withMargin(_ rows: Range<Int>, count: Int) -> Range<Int> {
        let margin = rows.count
        let lower = max(0, rows.lowerBound - margin)
        let upper = min(max(0, count), rows.upperBound + margin)
        return lower < upper ? lower..<upper : 0..<0
    }
}
