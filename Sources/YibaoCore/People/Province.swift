/// A province-level division (省级行政区) named by the first two digits of an area code.
///
/// Includes the Hong Kong (81), Macau (82) and Taiwan (83) codes used by residence permits.
public struct Province: Hashable, Sendable, Codable {
    public let code: String
    public let name: LocalizedText

    public init?(code: String) {
        guard let name = Province.names[code] else { return nil }
        self.code = code
        self.name = name
    }

    /// False for Hong Kong, Macau and Taiwan, which appear in permit numbers but are not
    /// insured regions of the mainland system.
    public var isMainland: Bool { !["81", "82", "83"].contains(code) }

    static let names: [String: LocalizedText] = [
        "11": .init(zh: "北京", en: "Beijing"), "12": .init(zh: "天津", en: "Tianjin"),
        "13": .init(zh: "河北", en: "Hebei"), "14": .init(zh: "山西", en: "Shanxi"),
        "15": .init(zh: "内蒙古", en: "Inner Mongolia"), "21": .init(zh: "辽宁", en: "Liaoning"),
        "22": .init(zh: "吉林", en: "Jilin"), "23": .init(zh: "黑龙江", en: "Heilongjiang"),
        "31": .init(zh: "上海", en: "Shanghai"), "32": .init(zh: "江苏", en: "Jiangsu"),
        "33": .init(zh: "浙江", en: "Zhejiang"), "34": .init(zh: "安徽", en: "Anhui"),
        "35": .init(zh: "福建", en: "Fujian"), "36": .init(zh: "江西", en: "Jiangxi"),
        "37": .init(zh: "山东", en: "Shandong"), "41": .init(zh: "河南", en: "Henan"),
        "42": .init(zh: "湖北", en: "Hubei"), "43": .init(zh: "湖南", en: "Hunan"),
        "44": .init(zh: "广东", en: "Guangdong"), "45": .init(zh: "广西", en: "Guangxi"),
        "46": .init(zh: "海南", en: "Hainan"), "50": .init(zh: "重庆", en: "Chongqing"),
        "51": .init(zh: "四川", en: "Sichuan"), "52": .init(zh: "贵州", en: "Guizhou"),
        "53": .init(zh: "云南", en: "Yunnan"), "54": .init(zh: "西藏", en: "Tibet"),
        "61": .init(zh: "陕西", en: "Shaanxi"), "62": .init(zh: "甘肃", en: "Gansu"),
        "63": .init(zh: "青海", en: "Qinghai"), "64": .init(zh: "宁夏", en: "Ningxia"),
        "65": .init(zh: "新疆", en: "Xinjiang"),
        "81": .init(zh: "香港", en: "Hong Kong"), "82": .init(zh: "澳门", en: "Macau"),
        "83": .init(zh: "台湾", en: "Taiwan"),
    ]
}
