import Foundation
import TestSupport
import Testing

@testable import YibaoCore

/// Every parser of the model, fed thousands of mutated inputs from a seeded generator (`Fuzz`): no
/// crash, no hang, every refusal a typed error worded in both languages (policy files: file, line and
/// an English message), and format→parse round trips. A longer run: `YIBAO_FUZZ_ITERATIONS=200000`.
@Suite("Fuzzing every parser: no crash, no hang, every refusal in words", .timeLimit(.minutes(Fuzz.timeLimitMinutes)))
struct ParserFuzzTests {
    /// The slowest any single input may take, in seconds (a debug build on a loaded 2-core machine).
    static let slowest = 1.0

    static let today = CivilDate(year: 2026, month: 11, day: 22)!

    /// Checks a user-facing refusal: a message in both languages, Chinese in the Chinese one, and no
    /// Swift error description in either.
    static func expectWorded(
        _ error: some UserFacingError, input: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let zh = error.message.zh
        let en = error.message.en
        #expect(
            Fuzz.isWorded(zh), "zh message \(zh.debugDescription) for \(input.debugDescription)",
            sourceLocation: sourceLocation)
        #expect(
            Fuzz.isWorded(en), "en message \(en.debugDescription) for \(input.debugDescription)",
            sourceLocation: sourceLocation)
        #expect(
            zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "zh message has no Chinese: \(zh)",
            sourceLocation: sourceLocation)
    }

    /// A valid random ID number (citizen, permit or foreign permanent resident card).
    static func validID(using rng: inout SeededGenerator) -> String {
        let prefixes = ["11", "31", "44", "33", "51", "65", "81", "82", "83", "91"]
        var digits = prefixes.randomElement(using: &rng)!.compactMap { $0.wholeNumberValue }
        for _ in 0..<4 { digits.append(Int.random(in: 0...9, using: &rng)) }
        let birth = CivilDate(
            dayNumber: Int.random(in: CivilDate(year: 1900, month: 1, day: 1)!.dayNumber...today.dayNumber, using: &rng)
        )
        digits += birth.iso.compactMap { $0.wholeNumberValue }
        for _ in 0..<3 { digits.append(Int.random(in: 0...9, using: &rng)) }
        return digits.map(String.init).joined() + String(ResidentID.checkCharacter(for: digits))
    }

    @Test("ID numbers: mutated numbers are read or refused in words, and a valid number reads back as itself")
    func residentIDs() throws {
        var rng = Fuzz.generator("ResidentID")
        let count = Fuzz.iterations(default: 4_000)
        var slowest = 0.0
        var accepted = 0
        for _ in 0..<count {
            let valid = Self.validID(using: &rng)
            let parsed = try ResidentID(valid, today: Self.today)
            #expect(parsed.value == valid)
            // Round trips: the stored value, lower-case x, full-width digits and spaces read the same.
            #expect(try ResidentID(parsed.value, today: Self.today) == parsed)
            #expect(try ResidentID(" " + valid.lowercased() + "\u{3000}", today: Self.today) == parsed)
            let fullWidth = String(
                String.UnicodeScalarView(
                    valid.unicodeScalars.map {
                        (0x30...0x39).contains($0.value) ? Unicode.Scalar($0.value + 0xFF10 - 0x30)! : $0
                    }))
            #expect(try ResidentID(fullWidth, today: Self.today) == parsed)
            _ = (parsed.masked, parsed.stronglyMasked, parsed.birthDate, parsed.sex, parsed.kind, parsed.province)

            let input = Fuzz.mutate(valid, using: &rng)
            let (result, seconds): (Result<ResidentID, ResidentIDError>, Double) = Fuzz.timed {
                do throws(ResidentIDError) { return .success(try ResidentID(input, today: Self.today)) } catch {
                    return .failure(error)
                }
            }
            slowest = max(slowest, seconds)
            switch result {
            case .success(let id):
                accepted += 1
                // Whatever was accepted is 18 ASCII characters and knows its parts.
                #expect(id.value.count == 18 && id.value.allSatisfy(\.isASCII), "accepted \(input.debugDescription)")
                #expect(id.birthDate <= Self.today)
                _ = (id.masked, id.sex, id.province, id.kind)
            case .failure(let error):
                Self.expectWorded(error, input: input)
            }
        }
        #expect(slowest < Self.slowest, "one ID number took \(slowest) s")
        #expect(accepted < count, "every mutation was accepted: the mutations do nothing")
    }

    @Test("Amounts: mutated amounts are read or refused in words; formatted amounts read back to the fen")
    func amounts() {
        var rng = Fuzz.generator("Money")
        let count = Fuzz.iterations(default: 4_000)
        let seeds = ["120", "120.50", "¥1,234.56", "￥1234.56", "1234.56元", "１２０．５０", "(5)", "0.01", "100000000"]
        var slowest = 0.0
        for i in 0..<count {
            let money = Money(fen: Int64.random(in: 0...Money.maximum.fen, using: &rng))
            #expect((try? Money.parse(money.formatted)) == money, "\(money.formatted) does not read back")
            let plain = "\(money.fen / 100).\(String(money.fen % 100 + 100).dropFirst())"
            #expect((try? Money.parse(plain)) == money, "\(plain) does not read back")

            let base = i % 2 == 0 ? money.formatted : seeds.randomElement(using: &rng)!
            let input = Fuzz.mutate(base, corpus: seeds, using: &rng)
            let (result, seconds): (Result<Money, MoneyError>, Double) = Fuzz.timed {
                do throws(MoneyError) { return .success(try Money.parse(input)) } catch { return .failure(error) }
            }
            slowest = max(slowest, seconds)
            switch result {
            case .success(let value):
                #expect(value >= .zero && value <= Money.maximum, "\(input.debugDescription) read as \(value.fen)")
                #expect((try? Money.parse(value.formatted)) == value)
            case .failure(let error):
                Self.expectWorded(error, input: input)
            }
        }
        #expect(slowest < Self.slowest, "one amount took \(slowest) s")
    }

    @Test("Dates: mutated dates are read or refused, never crash; every date from 0001 to 9999 reads back")
    func dates() {
        var rng = Fuzz.generator("CivilDate")
        let count = Fuzz.iterations(default: 4_000)
        let first = CivilDate(year: 1, month: 1, day: 1)!.dayNumber
        let last = CivilDate(year: 9999, month: 12, day: 31)!.dayNumber
        var slowest = 0.0
        for _ in 0..<count {
            let date = CivilDate(dayNumber: Int.random(in: first...last, using: &rng))
            #expect(CivilDate(iso: date.iso) == date, "\(date.iso) does not read back")
            #expect(CivilDate(dayNumber: date.dayNumber) == date)
            #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date)
            let input = Fuzz.mutate(date.iso, using: &rng)
            let (parsed, seconds) = Fuzz.timed { CivilDate(iso: input) }
            slowest = max(slowest, seconds)
            if let parsed {
                #expect(parsed.iso == input, "\(input.debugDescription) read as \(parsed.iso)")
            }
            // Field values from anywhere give a real date or nil.
            let y = Int.random(in: -20_000...20_000, using: &rng)
            let m = Int.random(in: -3...15, using: &rng)
            let d = Int.random(in: -3...34, using: &rng)
            if let made = CivilDate(year: y, month: m, day: d) {
                #expect(CivilDate(iso: made.iso) == made)
            }
        }
        #expect(slowest < Self.slowest, "one date took \(slowest) s")
    }

    @Test("Relationship words: mutated words are read, listed as choices or refused in words; every name reads back")
    func relationshipWords() {
        var rng = Fuzz.generator("Relationship")
        let count = Fuzz.iterations(default: 4_000)
        var corpus = Relationship.allCases.flatMap { [$0.englishToken, $0.rawValue, $0.name.zh, $0.name.en] }
        corpus += Array(Relationship.wordTable.keys)
        // Round trips: each relationship's token and raw value name it and only it; its names name it.
        for relation in Relationship.allCases {
            #expect((try? Relationship.parse(relation.englishToken)) == relation, "\(relation.englishToken)")
            #expect((try? Relationship.parse(relation.rawValue)) == relation, "\(relation.rawValue)")
        }
        for (relation, words) in Relationship.words {
            for word in words { #expect(Relationship.meanings(ofWord: word).contains(relation), "\(word)") }
        }
        var slowest = 0.0
        for _ in 0..<count {
            let input = Fuzz.mutate(corpus.randomElement(using: &rng)!, corpus: corpus, using: &rng)
            let (result, seconds): (Result<Relationship, RelationshipWordError>, Double) = Fuzz.timed {
                do throws(RelationshipWordError) { return .success(try Relationship.parse(input)) } catch {
                    return .failure(error)
                }
            }
            slowest = max(slowest, seconds)
            let meanings = Relationship.meanings(ofWord: input)
            switch result {
            case .success(let relation):
                #expect(meanings == [relation])
                #expect(Relationship(word: input) == relation)
            case .failure(let error):
                #expect(Relationship(word: input) == nil)
                if case .ambiguous(let choices) = error { #expect(choices == meanings && choices.count > 1) }
                Self.expectWorded(error, input: input)
            }
        }
        #expect(slowest < Self.slowest, "one word took \(slowest) s")
    }

    /// Checks a policy-file refusal: it names a file that was given, a line inside it (0 = whole
    /// file), and says what is wrong in words.
    static func expectLocated(
        _ error: PolicyFileError, files: [String: String], mutated path: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(Fuzz.isWorded(error.message), "\(error.description.prefix(300))", sourceLocation: sourceLocation)
        let known = Set(files.keys).union(PolicyBook.fileNames).union(
            [WithdrawalGuide.questionnaireFile, WithdrawalGuide.casesFile])
        #expect(known.contains(error.file), "unknown file \(error.file)", sourceLocation: sourceLocation)
        let lines = (files[error.file] ?? "").split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(
            (0...lines + 1).contains(error.line), "\(error.file):\(error.line) is outside its \(lines) lines",
            sourceLocation: sourceLocation)
        #expect(!error.message.contains("\u{0}"), sourceLocation: sourceLocation)
    }

    /// `count` times: one of `mutable`, mutated, in a copy of `real`, loaded with `load`; every refusal
    /// must name a file and a line inside it. Returns the slowest load and how many were refused.
    static func fuzzFiles(
        _ real: [String: String], mutable: [String], count: Int, using rng: inout SeededGenerator,
        load: ([String: String]) throws(PolicyFileError) -> Void
    ) -> (slowest: Double, refused: Int) {
        let corpus = mutable.compactMap { real[$0] }
        var slowest = 0.0
        var refused = 0
        for _ in 0..<count {
            var files = real
            let path = mutable.randomElement(using: &rng)!
            files[path] = Fuzz.mutate(real[path]!, corpus: corpus, using: &rng)
            let (error, seconds): (PolicyFileError?, Double) = Fuzz.timed {
                do throws(PolicyFileError) {
                    try load(files)
                    return nil
                } catch { return error }
            }
            slowest = max(slowest, seconds)
            if let error {
                refused += 1
                expectLocated(error, files: files, mutated: path)
            }
        }
        return (slowest, refused)
    }

    @Test("Policy files (Data/policy/*.yaml): mutated files load or are refused with file, line and words")
    func policyFiles() throws {
        var rng = Fuzz.generator("PolicyBook")
        let real = try RepositoryData.files()
        let count = Fuzz.iterations(default: 1_500)
        let (slowest, refused) = Self.fuzzFiles(real, mutable: PolicyBook.fileNames, count: count, using: &rng) {
            files throws(PolicyFileError) in _ = try PolicyBook.load(files: files)
        }
        #expect(slowest < Self.slowest * 3, "one policy book took \(slowest) s")
        #expect(refused > 0)
    }

    @Test(
        "Rule pages (Data/rules/*/*.md) and the withdrawal files: mutated pages load or are refused with file, line and words"
    )
    func rulePages() throws {
        var rng = Fuzz.generator("RuleLibrary")
        let real = try RepositoryData.files()
        let count = Fuzz.iterations(default: 1_500)
        let mutable = real.keys.filter {
            ($0.hasPrefix("rules/") && $0.hasSuffix(".md")) || $0 == WithdrawalGuide.questionnaireFile
                || $0 == WithdrawalGuide.casesFile
        }.sorted()
        let (slowest, refused) = Self.fuzzFiles(real, mutable: mutable, count: count, using: &rng) {
            files throws(PolicyFileError) in
            let library = try RuleLibrary.load(files: files)
            for topic in library.topics {
                for language in Language.allCases { _ = library.page(topic, language: language)?.text() }
            }
        }
        #expect(slowest < Self.slowest * 3, "one rule library took \(slowest) s")
        #expect(refused > 0)
    }

    @Test("The demo household file: mutations load or are refused with file, line and words")
    func demoHousehold() throws {
        var rng = Fuzz.generator("DemoHousehold")
        let real = try #require(try RepositoryData.files()["demo/household.yaml"])
        let count = Fuzz.iterations(default: 1_000)
        var slowest = 0.0
        for _ in 0..<count {
            let input = Fuzz.mutate(real, using: &rng)
            let (error, seconds): (PolicyFileError?, Double) = Fuzz.timed {
                do throws(PolicyFileError) {
                    _ = try DemoHousehold(yaml: input, today: Self.today)
                    return nil
                } catch { return error }
            }
            slowest = max(slowest, seconds)
            if let error {
                Self.expectLocated(error, files: ["demo/household.yaml": input], mutated: "demo/household.yaml")
            }
        }
        #expect(slowest < Self.slowest, "one demo file took \(slowest) s")
    }

    @Test("Deeply nested or enormous YAML is refused in words, without exhausting the stack")
    func deepYAML() {
        for text in [
            String(repeating: "[", count: 100_000), String(repeating: "{a: ", count: 50_000),
            String(repeating: "- ", count: 50_000) + "x", "rules:\n" + String(repeating: "  - a\n", count: 100_000),
            "&a [*a]", "rules: &a\n  - *a\n", "a: !!binary \"\u{0}\"",
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                + "rules: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n",
        ] {
            var files = (try? RepositoryData.files()) ?? [:]
            files["policy/national.yaml"] = text
            do throws(PolicyFileError) {
                _ = try PolicyBook.load(files: files)
                Issue.record("loaded \(text.prefix(20))…")
            } catch {
                Self.expectLocated(error, files: files, mutated: "policy/national.yaml")
            }
        }
    }
}
