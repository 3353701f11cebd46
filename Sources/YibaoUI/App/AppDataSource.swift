import YibaoCore

/// The app's window onto the store and the rules: the executable implements it over `Store` and
/// `PolicyBook`; tests implement it in memory. Errors a person can cause are `UserFacingError`s.
public protocol AppDataSource {
    func snapshot(asOf date: CivilDate) throws -> AppSnapshot
    func ledger(of account: ResidentID, offset: Int, limit: Int) throws -> [LedgerEntry]
    func apply(_ request: ChangeRequest, asOf date: CivilDate) throws -> ChangeOutcome
    func rememberLanguage(_ language: Language)
    /// A number that moves whenever another process changes the store (SQLite's `data_version`), or
    /// nil when the source cannot tell; the app then never asks for ticks to watch it.
    func changeMark() -> Int64?
    /// The change mark, or that the store cannot be reached just now (a fleet's server away).
    func watchStore() -> StoreWatch
}

extension AppDataSource {
    public func changeMark() -> Int64? { nil }
    public func watchStore() -> StoreWatch { .mark(changeMark()) }

    /// Performs one effect and returns the event that reports its result.
    func perform(_ effect: Effect, today: CivilDate) -> Event? {
        switch effect {
        case .reload:
            do { return .loaded(try snapshot(asOf: today)) } catch {
                // A fleet's server away: the screens keep what was read before, and say so.
                if case .away(let words) = watchStore() { return .storeAway(words) }
                return .loadFailed(describe(error))
            }
        case .loadLedger(let account, let offset, let limit):
            let entries = (try? ledger(of: account, offset: offset, limit: limit)) ?? []
            return .ledgerLoaded(account: account, offset: offset, entries: entries)
        case .apply(let request):
            do { return .applied(request, try apply(request, asOf: today)) } catch {
                return .refused(request, describe(error))
            }
        case .checkStore(let lastMark):
            switch watchStore() {
            case .away(let words): return .storeAway(words)
            case .mark(let mark):
                guard let mark, mark != lastMark else { return nil }
                return .storeChanged(mark: mark)
            }
        case .rememberLanguage(let language):
            rememberLanguage(language)
            return nil
        case .repaint:
            // The loop's (`AppProgram.handling(of:)`): nothing to read or write.
            return nil
        }
    }
}

/// Words for any error: a person-facing message when there is one, a calm general one otherwise.
func describe(_ error: any Error) -> LocalizedText {
    if let error = error as? any UserFacingError { return error.message }
    return LocalizedText(
        zh: "出了点问题，没有保存任何更改。请再试一次；如果还不行，请找工作人员。",
        en: "Something went wrong and nothing was saved. Please try again; if it happens again, ask for help.")
}
