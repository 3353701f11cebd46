import Foundation
import YibaoBuiltInPolicy
import YibaoCore
import YibaoData
import YibaoService
import YibaoStore

/// Everything a command needs, resolved once from the global options: language, today, the
/// policy data and the store.
struct Context {
    let language: Language
    let today: CivilDate
    /// Where the store is, as may be shown (a server's URL never carries its password here). Set to a
    /// path (the demo's own file), it names that file.
    var storePath: String {
        didSet { storeLocation = .file(path: storePath) }
    }
    /// What `--store` (or the default) names: a file or the fleet's server.
    var storeLocation: StoreLocation
    var options: OptionValues

    init(_ options: GlobalOptions) throws {
        try self.init(options.values)
    }

    init(_ options: OptionValues) throws {
        self.options = options
        if let tag = options.lang {
            guard let language = Language(tag: tag) else {
                throw UsageError("unknown language '\(tag)': use zh-Hans or en")
            }
            self.language = language
        } else {
            language = Environment.localeLanguage
        }
        if let text = options.date {
            guard let date = CivilDate(iso: text) else {
                throw UsageError("--date must be a real date written YYYY-MM-DD, like 2026-03-01")
            }
            today = date
        } else {
            today = Environment.today()
        }
        let named =
            options.store
            ?? Store.defaultPath(environment: Environment.variables(["YIBAO_STORE", "XDG_DATA_HOME", "HOME"]))
        do { storeLocation = try StoreLocation.parse(named) } catch { throw Refused(error.message) }
        storePath = storeLocation.display
    }

    /// Whether an operator's folder overlays the built-in data files (`--policy-dir`, `$YIBAO_POLICY_DIR`).
    var overlaysDataFiles: Bool {
        !(options.policyDir ?? Environment.variable("YIBAO_POLICY_DIR") ?? "").isEmpty
    }

    /// Built-in data files overlaid with the operator's folder (`--policy-dir` or `$YIBAO_POLICY_DIR`).
    func dataFiles() throws -> [String: String] {
        var files = EmbeddedFiles.all
        guard let dir = options.policyDir ?? Environment.variable("YIBAO_POLICY_DIR"), !dir.isEmpty else {
            return files
        }
        let root = URL(fileURLWithPath: dir).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Refused(
                LocalizedText(
                    zh: "政策目录不存在：\(dir)", en: "The policy folder does not exist: \(dir)"))
        }
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = walker?.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            guard let data = FileManager.default.contents(atPath: url.path),
                let text = String(data: data, encoding: .utf8)
            else {
                throw Refused(
                    LocalizedText(
                        zh: "\(relative)：不是 UTF-8 文本文件。", en: "\(relative): not a UTF-8 text file."))
            }
            files[relative] = text
        }
        return files
    }

    /// The policy from `files` (read now when nil). With the built-in files alone, `regions.yaml`'s
    /// entries are the ones compiled in at build time (the same file, read by the same reader).
    func policy(files: [String: String]? = nil) throws -> PolicyBook {
        do {
            let compiled = overlaysDataFiles ? nil : BuiltInPolicy.regionOverrides
            return try PolicyBook.load(files: try files ?? dataFiles(), regionOverrides: compiled)
        } catch let error as PolicyFileError {
            throw Refused(policyFile: error)
        }
    }

    /// The rule pages from `files` (read now when nil).
    func rules(files: [String: String]? = nil) throws -> RuleLibrary {
        do { return try RuleLibrary.load(files: try files ?? dataFiles()) } catch let error as PolicyFileError {
            throw Refused(policyFile: error)
        }
    }

    /// Opens (creating if needed) the store. A store that may not be written (read-only file, folder
    /// or disk) is opened read-only instead, with a note on stderr: reading commands work, changes are
    /// refused with the read-only message.
    func openStore(create: Bool = true, notice: (String) -> Void = printError) throws -> any RecordStore {
        // Backups that have stopped are said by every command, so they never stop unseen.
        if case .file = storeLocation, let problem = StoreBackups.folderProblem(for: storePath) {
            notice(text(problem))
        }
        do { return try StoreOpening.open(storeLocation, create: create) } catch {
            switch error {
            case .readOnly, .diskFull:
                guard case .file = storeLocation else { throw Refused(error) }
                guard let store = try? Store.openReadOnly(path: storePath, because: error) else { throw Refused(error) }
                notice(text(StoreError.readOnlyNotice(path: storePath, because: error)))
                return store
            default: throw Refused(error)
            }
        }
    }

    /// The service over the store (opened as `openStore` does). With `policy`, the data files are read
    /// first (a wrong file is refused before the store is opened or created); otherwise the first
    /// operation that needs them reads them.
    func openService(create: Bool = true, policy needsPolicy: Bool = false) throws -> HouseholdService {
        if needsPolicy {
            let policy = try policy()
            return HouseholdService(store: try openStore(create: create), policy: policy)
        }
        let context = self
        return HouseholdService(store: try openStore(create: create), policy: { try context.policy() })
    }

    /// Reads an ID number typed on the command line.
    func residentID(_ text: String, option: String) throws -> ResidentID {
        do { return try ResidentID(text, today: today) } catch {
            throw UsageError("\(option): \(error.message.text(language))")
        }
    }

    /// A comma-separated list of ID numbers, in order.
    func residentIDs(_ text: String, option: String) throws -> [ResidentID] {
        try text.split(separator: ",").map { try residentID(String($0), option: option) }
    }

    func money(_ text: String, option: String) throws -> Money {
        do { return try Money.parse(text) } catch {
            throw UsageError("\(option): \(error.message.text(language))")
        }
    }

    /// The person an optional `--person` names, or the store's owner.
    func personOrOwner(_ text: String?, in service: HouseholdService) throws -> Person {
        if let text {
            let id = try residentID(text, option: "--person")
            guard let person = try perform({ try service.person(id) }) else {
                throw Refused(
                    LocalizedText(
                        zh: "仓库里没有这个人：\(id.masked)。请先用 yibao person add 添加。",
                        en: "No one with ID \(id.masked) is in the store. Add them first with `yibao person add`."))
            }
            return person
        }
        guard let owner = try perform({ try service.owner() }) else {
            throw Refused(
                LocalizedText(
                    zh: "还没有设置“我的账户”。请用 yibao person add --me 添加，或加 --person 指定。",
                    en: "No owner is set yet. Add yourself with `yibao person add --me`, or name someone with --person."))
        }
        return owner
    }

    func text(_ localized: LocalizedText) -> String { localized.text(language) }
}
