extension RegionCatalog {
    /// Reads a typed region code and checks it names a real place: the one function every face uses
    /// (the set-up and relative forms, `yibao person add/edit`, `--region`). Full-width digits and spaces
    /// are forgiven. Throws `RegionCodeError` naming the nearest real places when the code is unknown.
    public func checkedRegion(_ text: String) throws(RegionCodeError) -> RegionCode {
        let typed = TypeAhead.normalised(text)
        guard !typed.isEmpty else { throw .empty }
        guard let code = RegionCode(typed) else {
            throw .malformed(typed, nearest: nearest(to: typed).map { describe($0.code) })
        }
        guard contains(code) else { throw .unknown(typed, nearest: nearest(to: typed).map { describe($0.code) }) }
        return code
    }
}

/// Why a typed region code was refused, with the nearest real places to choose instead.
public enum RegionCodeError: UserFacingError, Equatable {
    case empty
    /// Not six digits starting with a mainland province.
    case malformed(String, nearest: [LocalizedText])
    /// Well formed, but no such place in GB/T 2260.
    case unknown(String, nearest: [LocalizedText])

    public var message: LocalizedText {
        switch self {
        case .empty:
            return .init(
                zh: "请选择或输入参保地：可以打汉字、拼音首字母（如 wx 是无锡）或6位代码。",
                en: "Please choose or type the region: Chinese characters, pinyin initials (wx for Wuxi) or the 6-digit code.")
        case .malformed(let text, let nearest):
            return .init(
                zh: "“\(text)”不是地区代码：应为6位数字，前两位是省份。" + Self.suggest(nearest).zh,
                en: "“\(text)” is not a region code: it has 6 digits, the first two for the province." + Self.suggest(nearest).en)
        case .unknown(let text, let nearest):
            return .init(
                zh: "没有代码为 \(text) 的地区。" + Self.suggest(nearest).zh,
                en: "No region has the code \(text)." + Self.suggest(nearest).en)
        }
    }

    static func suggest(_ nearest: [LocalizedText]) -> LocalizedText {
        guard !nearest.isEmpty else { return .init(zh: "请核对。", en: " Please check it.") }
        return .init(
            zh: "最接近的是：" + nearest.map(\.zh).joined(separator: "、") + "。",
            en: " The nearest are: " + nearest.map(\.en).joined(separator: "; ") + ".")
    }
}
