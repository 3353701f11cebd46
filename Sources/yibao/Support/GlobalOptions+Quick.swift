/// Reading the full-screen app's command line without ArgumentParser.
///
/// Even for a command with four options, ArgumentParser reflects over its options three times (once
/// for the command, twice looking for a completion-script request): ~13 million instructions, more
/// than the Swift runtime's own start. The app's usual command line is only these options, so it is
/// read here; anything else returns nil and goes through ArgumentParser as before.
extension GlobalOptions {
    /// The options ArgumentParser would read from `arguments` when they are only `--store`, `--lang`,
    /// `--date` and `--policy-dir` (each at most once, `--name value` or `--name=value`, the value
    /// not empty and not starting with `-`); nil for anything else, including help.
    static func quickParse(_ arguments: [String]) -> OptionValues? {
        let names = ["--store", "--lang", "--date", "--policy-dir"]
        var values: [String: String] = [:]
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            let name: String
            let value: String
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                value = String(argument[argument.index(after: equals)...])
            } else {
                guard let next = rest.popFirst() else { return nil }
                name = argument
                value = next
            }
            guard names.contains(name), values[name] == nil, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            values[name] = value
        }
        return OptionValues(
            store: values["--store"], lang: values["--lang"], date: values["--date"], policyDir: values["--policy-dir"])
    }

    /// How many options `quickParse` knows: a test compares it with the options declared above.
    static let quickParseCount = 4
}
