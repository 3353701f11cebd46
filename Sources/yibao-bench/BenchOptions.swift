/// The command line of `yibao-bench`.
struct BenchOptions {
    var runs = 10
    var smoke = false
    var out = "bench/out"
    var yibao: String?
    var dialog = "/usr/bin/dialog"
    /// Yibao's start in C (default: the one beside yibao-bench; skipped when missing).
    var cHome: String?
    var settleMs = 30
    var date = "2026-06-30"
    /// A PostgreSQL database (empty) to measure the typical store on too (docs/fleet.md).
    var postgres: String?
    /// Extra environment for the programs measured (`--env NAME=VALUE`), for A/B runs of one binary.
    var environment: [String: String] = [:]

    static let usage = """
        usage: yibao-bench [--runs N] [--smoke] [--out DIR] [--yibao PATH] [--dialog PATH] [--c-home PATH]
                           [--settle MS] [--env N=V]

        Drives the real yibao binary in a pseudo-terminal (80x24) on a typical store (4 relatives, 600
        ledger lines) and a large one (50 relatives, 100,000 lines), beside `dialog --menu` and a bare
        `echo` (the floor). Prints one table of medians and PASS/FAIL target lines; writes DIR/bench.json.
          --runs N      runs of every measurement (default 10)
          --smoke       one run on tiny stores; targets are printed but never fail the command
          --out DIR     where the stores and bench.json go (default bench/out)
          --yibao PATH  the yibao binary (default: the one beside yibao-bench)
          --dialog PATH the dialog binary (default /usr/bin/dialog; skipped when missing)
          --c-home PATH Yibao's start to Home in C (default: the one beside yibao-bench; skipped when missing)
          --settle MS   quiet time that ends a screen's output (default 30; not part of the times)
          --postgres URL  also the typical store on this PostgreSQL database (empty; bench/run starts one)
          --env N=V     set N=V for every program measured (repeatable), e.g. YIBAO_POLICY_DIR=DIR
        Exit status: 0 all targets met (or --smoke), 1 a target failed, 2 the benchmark could not run.
        """

    init(arguments: [String]) throws(BenchError) {
        var rest = arguments[...]
        func value(_ flag: String) throws(BenchError) -> String {
            guard let v = rest.popFirst() else { throw BenchError("\(flag) needs a value") }
            return v
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--runs":
                guard let n = Int(try value(argument)), n >= 1 else {
                    throw BenchError("--runs needs a number, 1 or more")
                }
                runs = n
            case "--smoke": smoke = true
            case "--out": out = try value(argument)
            case "--yibao": yibao = try value(argument)
            case "--dialog": dialog = try value(argument)
            case "--c-home": cHome = try value(argument)
            case "--settle":
                guard let n = Int(try value(argument)), n >= 1 else { throw BenchError("--settle needs milliseconds") }
                settleMs = n
            case "--postgres": postgres = try value(argument)
            case "--env":
                let pair = try value(argument)
                guard let equals = pair.firstIndex(of: "="), equals != pair.startIndex else {
                    throw BenchError("--env needs NAME=VALUE")
                }
                environment[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            case "--help", "-h": throw BenchError(BenchOptions.usage)
            default: throw BenchError("unknown option \(argument)\n\n\(BenchOptions.usage)")
            }
        }
        if smoke { runs = 1 }
    }
}
