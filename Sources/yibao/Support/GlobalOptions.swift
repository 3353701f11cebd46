import ArgumentParser

/// Options every command takes: which store, which language, which policy data, and "today".
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help:
            "The store file, or a fleet's postgresql://user@host[:port]/database (default: $YIBAO_STORE, else $XDG_DATA_HOME/yibao/yibao.sqlite)."
    )
    var store: String?

    @Option(name: .long, help: "Language: zh-Hans or en (default: from the locale).")
    var lang: String?

    @Option(name: .long, help: "Pretend today is this date (YYYY-MM-DD), for rules and records.")
    var date: String?

    @Option(name: .long, help: "A folder of policy files that replace the built-in ones (also $YIBAO_POLICY_DIR).")
    var policyDir: String?
}

/// The global options' values as a plain struct: what `Context` keeps. The app's usual command line is read
/// into it without ArgumentParser (`GlobalOptions.quickParse`), whose option wrappers cost ~1.2 million
/// instructions to make (docs/performance.md, round four).
struct OptionValues: Equatable {
    var store: String?
    var lang: String?
    var date: String?
    var policyDir: String?
}

extension GlobalOptions {
    /// The values ArgumentParser read.
    var values: OptionValues { OptionValues(store: store, lang: lang, date: date, policyDir: policyDir) }
}
