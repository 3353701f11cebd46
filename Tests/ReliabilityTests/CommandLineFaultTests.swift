import Foundation
import TestSupport
import Testing
import YibaoCore

@testable import YibaoStore

#if canImport(Glibc)
    import Glibc
#endif

/// What `yibao` says and does when its store is damaged, read-only, on a full disk or exposed to others.
@Suite("The command line facing a damaged, read-only, full or exposed store")
struct CommandLineFaultTests {
    func run(_ family: Family, _ arguments: [String], lang: String = "en") throws -> YibaoBinary.Result {
        var common = family.common
        common[common.count - 1] = lang
        return try YibaoBinary.run(arguments + common, home: family.home)
    }

    @Test(
        "a damaged store is refused with the newest backup and `yibao restore` named; restore brings it back and keeps the damaged file"
    )
    func damagedThenRestored() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let family = try Family.create(in: scratch.path)
        // A backup holding the whole family (the automatic one of today was made before the first change).
        do {
            let store = try Store.open(path: family.store, create: false, options: .init(dailyBackups: false))
            try store.backUp(reason: "manual")
            try store.close()
        }
        var bytes = try #require(fileBytes(family.store))
        let pages = bytes.count / 4096
        bytes = bytes.prefix((pages / 2) * 4096 + 1234)
        try bytes.write(to: URL(fileURLWithPath: family.store))
        let latest = try #require(StoreBackups.latest(for: family.store))
        for lang in ["en", "zh-Hans"] {
            let refused = try run(family, ["balance"], lang: lang)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains(latest.path), "\(refused.stderr)")
            #expect(refused.stderr.contains("yibao restore --store \(family.store)"))
            #expect(refused.stderr.contains(lang == "en" ? "damaged" : "已损坏"))
        }
        #expect(fileBytes(family.store) == bytes, "the refused file changed")
        let restored = try run(family, ["restore"])
        #expect(restored.status == 0, "\(restored.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/store")
        let aside = try #require(names.first { $0.hasPrefix("yibao.sqlite.replaced-") && $0.hasSuffix("Z") })
        #expect(fileBytes(scratch.path + "/store/" + aside) == bytes, "the damaged file was not kept as it was")
        let balance = try run(family, ["balance", "--json"])
        #expect(balance.status == 0, "\(balance.stderr)")
        #expect(balance.stdout.contains("\"balance_fen\":1000000"))
        let list = try run(family, ["restore", "--list"])
        #expect(list.stdout.contains(latest.path))
    }

    @Test("a store others may read is refused by yibao with the chmod 600 to run, in both languages")
    func exposedStore() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let family = try Family.create(in: scratch.path)
        chmod(family.store, 0o644)
        let en = try run(family, ["balance"])
        #expect(en.status == 1 && en.stderr.contains("chmod 600 \(family.store)"), "\(en.stderr)")
        let zh = try run(family, ["balance"], lang: "zh-Hans")
        #expect(zh.status == 1 && zh.stderr.contains("chmod 600 \(family.store)") && zh.stderr.contains("其他用户"))
        #expect(StorePath.kind(of: family.store) != .missing)
        chmod(family.store, 0o600)
        #expect(try run(family, ["balance"]).status == 0)
    }

    @Test(
        "on a read-only disk yibao reads everything and says so; a change is refused in words, zh and en",
        .enabled(if: TmpfsMount.available))
    func readOnlyDisk() throws {
        let mount = try #require(TmpfsMount.mount(kilobytes: 16384))
        defer { mount.unmount() }
        let family = try Family.create(in: mount.path)
        let before = try run(family, ["balance", "--json"]).stdout
        let bytes = fileBytes(family.store)
        #expect(mount.remountReadOnly())
        let balance = try run(family, ["balance", "--json"])
        #expect(balance.status == 0, "\(balance.stderr)")
        #expect(balance.stdout == before)
        #expect(balance.stderr.contains("read-only"))
        for command in [
            ["ledger"], ["person", "list"], ["relatives", "list"], ["payers", "show", "--beneficiary", Family.mother],
            ["export"],
        ] {
            let result = try run(family, command)
            #expect(result.status == 0, "\(command): \(result.stderr)")
        }
        for lang in ["en", "zh-Hans"] {
            let pay = try run(family, ["pay", "--beneficiary", Family.mother, "--amount", "10"], lang: lang)
            #expect(pay.status == 1)
            #expect(
                pay.stderr.contains(lang == "en" ? "may not be written. Nothing was saved." : "不允许写入。这次没有保存任何内容。"),
                "\(pay.stderr)")
        }
        #expect(fileBytes(family.store) == bytes)
    }

    @Test(
        "on a full disk a payment is refused as disk full in zh and en, and everything saved is still there",
        .enabled(if: TmpfsMount.available))
    func fullDisk() throws {
        let mount = try #require(TmpfsMount.mount(kilobytes: 16384))
        defer { mount.unmount() }
        let family = try Family.create(in: mount.path)
        let before = try run(family, ["balance", "--json"]).stdout
        mount.fill()
        var sawFull = false
        // Small changes may still fit in pages SQLite already holds: keep paying until the disk says no.
        for n in 0..<400 {
            let pay = try run(
                family,
                ["credit", "--person", Family.me, "--amount", "1", "--note", String(repeating: "满", count: 2000 + n)])
            if pay.status != 0 {
                #expect(pay.stderr.contains("The disk is full"), "\(pay.stderr)")
                let zh = try run(
                    family,
                    ["credit", "--person", Family.me, "--amount", "1", "--note", String(repeating: "满", count: 4000)],
                    lang: "zh-Hans")
                #expect(zh.stderr.contains("磁盘已满"), "\(zh.stderr)")
                sawFull = true
                break
            }
        }
        #expect(sawFull)
        let balance = try run(family, ["balance", "--json"])
        #expect(balance.status == 0, "\(balance.stderr)")
        mount.unfill()
        let contents = try StoreContents.read(family.store)
        #expect(contents.integrity == ["ok"])
        #expect(contents.bindings.count == 3)
        #expect(try run(family, ["person", "list", "--json"]).stdout.contains(Family.daughter))
        _ = before
    }
}
