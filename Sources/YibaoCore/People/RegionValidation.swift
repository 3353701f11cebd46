/// The one place a typed region code is checked for the life-change commands and screens (person
/// edit): today the form of the code (six digits, a mainland province); the full GB/T 2260 catalog
/// can replace the check here without touching the callers.
public enum RegionValidation {
    /// The region `text` names, or the reason it does not name one.
    public static func region(_ text: String) -> Result<RegionCode, UnknownRegion> {
        guard let code = RegionCode(text) else { return .failure(UnknownRegion(text: text)) }
        return .success(code)
    }

    /// A region code that is not known.
    public struct UnknownRegion: UserFacingError, Equatable {
        public var text: String

        public var message: LocalizedText {
            .init(
                zh: "“\(text)”不是已知的地区代码。请填6位数字的行政区划代码，例如北京110000、深圳440300。",
                en: "\"\(text)\" is not a known region code. Please give the 6-digit area code, such as 110000 "
                    + "(Beijing) or 440300 (Shenzhen).")
        }
    }
}
