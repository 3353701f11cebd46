/// The one check of a typed region code (`person edit --region`, the person-edit screen): the region
/// catalog (GB/T 2260) names it, or refuses it with the nearest real places.
public enum RegionValidation {
    /// The region `text` names in `catalog`, or the reason it does not name one.
    public static func region(_ text: String, in catalog: RegionCatalog) -> Result<RegionCode, RegionCodeError> {
        do { return .success(try catalog.checkedRegion(text)) } catch { return .failure(error) }
    }
}
