import YibaoCore

extension Context {
    /// A `--region` value read through the region catalog (`RegionCatalog.checkedRegion`): a real GB/T
    /// 2260 place, or a usage error naming the nearest real places, in the user's language.
    func region(_ text: String, catalog: RegionCatalog, option: String = "--region") throws -> RegionCode {
        do { return try catalog.checkedRegion(text) } catch {
            let message = error.message
            throw UsageError(LocalizedText(zh: "\(option)：\(message.zh)", en: "\(option): \(message.en)"))
        }
    }
}
