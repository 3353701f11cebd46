import Foundation

/// `yibao-bench`: measures what a person feels when using Yibao, beside `dialog` and a bare process.
@main
enum BenchMain {
    static func main() {
        if CommandLine.arguments.dropFirst().first == PrintLineScenario.flag {
            // The Swift floor: this binary (Swift runtime and Foundation loaded) prints one line, waits.
            print("ready")
            _ = readLine()
            exit(0)
        }
        do {
            let options = try BenchOptions(arguments: Array(CommandLine.arguments.dropFirst()))
            let report = try Bench(options: options).run()
            print(Table.text(report))
            if let line = PostgresBench.line(report) { print(line) }
            exit(options.smoke || !report.failed ? 0 : 1)
        } catch {
            FileHandle.standardError.write(Data("yibao-bench: \(error)\n".utf8))
            exit(2)
        }
    }
}

/// One benchmark run: make the stores, drive every program `runs` times, write the report.
struct Bench {
    let options: BenchOptions

    func run() throws(BenchError) -> Report {
        let yibao = options.yibao ?? Bench.besideMe("yibao")
        guard FileManager.default.isExecutableFile(atPath: yibao) else {
            throw BenchError("no yibao binary at \(yibao): build it first (bench/run does) or give --yibao PATH")
        }
        let dialog: String? = FileManager.default.isExecutableFile(atPath: options.dialog) ? options.dialog : nil
        if dialog == nil { note("dialog is not at \(options.dialog): its measurements are skipped") }
        let out = URL(fileURLWithPath: options.out).standardizedFileURL.path
        let home = out + "/home"
        do {
            try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        } catch {
            throw BenchError("cannot make the folder \(home): \(error)")
        }
        let terminal = TerminalSetup(home: home, settleMs: options.settleMs, extra: options.environment)
        let builder = StoreBuilder(yibao: yibao, date: options.date, home: home)
        let specs =
            options.smoke ? [StoreSpec.smokeTypical, StoreSpec.smokeLarge] : [StoreSpec.typical, StoreSpec.large]
        var stores: [String: Report.StoreInfo] = [:]
        var scenarios: [(subject: String, app: YibaoScenario, store: StoreOperations)] = []
        for spec in specs {
            let path = "\(out)/stores/\(spec.name).sqlite"
            note("making the \(spec.name) store: \(spec.relatives) relatives, \(spec.ledgerRows) ledger lines…")
            let seconds = try builder.build(spec, at: path)
            stores[spec.name] = Report.StoreInfo(
                relatives: spec.relatives, ledger_rows: spec.ledgerRows, build_seconds: seconds)
            let subject = spec.name == "large" ? Subject.large : Subject.typical
            scenarios.append(
                (
                    subject, YibaoScenario(binary: yibao, storePath: path, date: options.date, terminal: terminal),
                    try StoreOperations(path: path, date: options.date, spec: spec)
                ))
        }

        var onServer: YibaoScenario?
        if let url = options.postgres {
            note("making the typical store on PostgreSQL…")
            _ = try builder.build(specs[0], at: url)
            onServer = YibaoScenario(binary: yibao, storePath: url, date: options.date, terminal: terminal)
        }
        var kiosk: KioskScenario?
        if let typical = scenarios.first(where: { $0.subject == Subject.typical }) {
            let config = "\(out)/stores/kiosk.conf"
            try builder.prepareKiosk(storePath: typical.app.storePath, config: config)
            kiosk = KioskScenario(
                binary: yibao, storePath: typical.app.storePath, config: config, date: options.date, terminal: terminal)
        }

        // Yibao's start in C, beside its own floor (skipped where it was not built, as dialog is).
        var cHome: CHomeScenario?
        let cHomeBinary = options.cHome ?? Bench.besideMe("yibao-c-home")
        if let typical = scenarios.first(where: { $0.subject == Subject.typical }),
            FileManager.default.isExecutableFile(atPath: cHomeBinary)
        {
            cHome = CHomeScenario(
                binary: cHomeBinary, storePath: typical.app.storePath, date: options.date, terminal: terminal)
        } else {
            note("yibao-c-home is not at \(cHomeBinary): Yibao's start in C is not measured")
        }

        // Every binary measured starts from the same page-cache state (PageCache): the Swift floor is a
        // copy of this running binary, so that its pages can be dropped too.
        let swiftFloor = try PageCache.privateCopy(of: Bench.besideMe("yibao-bench"), in: home)
        defer { unlink(swiftFloor) }
        for binary in [yibao, dialog, cHome?.binary].compactMap({ $0 }) { PageCache.forget(binary) }

        var samples = Samples()
        func round(into samples: inout Samples) throws(BenchError) {
            try onServer?.run(as: Subject.typicalPostgres, into: &samples)
            try FloorScenario(terminal: terminal).run(into: &samples)
            try PrintLineScenario(subject: Subject.swiftFloor, binary: swiftFloor, terminal: terminal)
                .run(into: &samples)
            if let cHome {
                try PrintLineScenario(subject: Subject.cFloor, binary: cHome.binary, terminal: terminal)
                    .run(into: &samples)
                try cHome.run(into: &samples)
            }
            if let dialog { try DialogScenario(binary: dialog, terminal: terminal).run(into: &samples) }
            for s in scenarios {
                try s.app.run(as: s.subject, into: &samples)
                try s.store.run(as: s.subject, into: &samples)
            }
            try kiosk?.run(into: &samples)
            KioskScenario.hashing(into: &samples)
        }
        if !options.smoke {
            note("warming up (one run not counted)…")
            var discarded = Samples()
            try round(into: &discarded)
        }
        for i in 1...options.runs {
            note("run \(i) of \(options.runs)…")
            try round(into: &samples)
        }
        // Bytes do not depend on the load: one run each of the UTF-8-lines reference is enough.
        for s in scenarios {
            let reference = UTF8LinesScenario(
                binary: yibao, storePath: s.app.storePath, date: options.date, terminal: terminal)
            try reference.run(as: s.subject == Subject.large ? Subject.largeUTF8 : Subject.typicalUTF8, into: &samples)
        }

        let header = ReportHeader(
            created: ISO8601DateFormatter().string(from: Date()), runs: options.runs, smoke: options.smoke,
            settleMs: options.settleMs, terminal: "\(terminal.columns)x\(terminal.rows) xterm-256color, C.UTF-8",
            yibao: yibao, dialog: dialog, stores: stores)
        let report = Report(samples: samples, header: header)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        do {
            try encoder.encode(report).write(to: URL(fileURLWithPath: out + "/bench.json"))
        } catch {
            throw BenchError("cannot write \(out)/bench.json: \(error)")
        }
        note("wrote \(out)/bench.json")
        return report
    }

    /// A program in the same folder as this one.
    static func besideMe(_ name: String) -> String {
        let me =
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent(name).path
    }
}

/// Progress, on standard error so the table on standard output stays clean.
func note(_ text: String) {
    FileHandle.standardError.write(Data("yibao-bench: \(text)\n".utf8))
}
