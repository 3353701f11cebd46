import Foundation
import YibaoCore
import YibaoData
import YibaoService
import YibaoStore

/// A fresh temporary folder for one test, removed by `remove()`.
struct TempDir {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "yibao-service-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

enum Fixtures {
    static let today = CivilDate(year: 2026, month: 3, day: 15)!
    static let beijing = RegionCode("110000")!

    /// The built-in policy tables.
    static let policy = try! PolicyBook.load(files: EmbeddedFiles.all)

    /// A valid identity number: Beijing Chaoyang, born on `birth`, serial `serial` (0...999; odd is a
    /// man, even a woman).
    static func id(_ serial: Int, born birth: String = "19600101") -> ResidentID {
        let serialText = String(repeating: "0", count: 3 - String(serial).count) + String(serial)
        let body = "110105" + birth + serialText
        let digits = body.map { Int(String($0))! }
        return try! ResidentID(body + String(ResidentID.checkCharacter(for: digits)), today: today)
    }

    /// The owner: a man born in 1960 with an employee account in Beijing.
    static let owner = Person(id: id(1), name: "张建国", scheme: .employee, region: beijing, isOwner: true)
    /// His mother, born in 1935, with resident insurance.
    static let mother = Person(id: id(2, born: "19350101"), name: "王桂兰", scheme: .resident, region: beijing)
    /// A man born in 1935: not anyone's mother.
    static let father = Person(id: id(3, born: "19350101"), name: "张德福", scheme: .resident, region: beijing)

    /// A new store in `dir` with the owner saved (through the service), and the service over it.
    static func service(
        in dir: TempDir, file: String = "yibao.sqlite", demoText: String? = HouseholdService.embeddedDemo
    )
        throws -> HouseholdService
    {
        let store = try Store.open(path: dir.file(file))
        let service = HouseholdService(store: store, policy: policy, demoText: demoText)
        return service
    }

    /// A new store in `dir` and a service over it whose real date is `today()` (read at every change).
    static func service(in dir: TempDir, today: @escaping @Sendable () -> CivilDate) throws -> HouseholdService {
        HouseholdService(store: try Store.open(path: dir.file("yibao.sqlite")), policy: policy, today: today)
    }

    /// POSIX permission bits of a file or folder.
    static func mode(_ path: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        return (attributes?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
