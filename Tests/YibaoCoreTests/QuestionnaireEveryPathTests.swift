import Testing

@testable import YibaoCore

/// Issue 13: every path through the questionnaire, table-driven: each region kind the data names, each
/// age band the questions' age limits make, and every yes/no answer to every question asked.
@Suite("Questionnaire: every path ends with the cases that apply")
struct QuestionnaireEveryPathTests {
    let guide: WithdrawalGuide
    let policy: PolicyBook
    init() throws {
        guide = try RulesTestData.library().guide
        policy = try PolicyFixture.book()
    }

    /// Every region prefix the data names, as a full code, and Beijing (no local rule).
    var regions: [RegionCode] {
        RulesTestData.regionsNamed(by: guide, policy)
    }

    /// Every whole age from 0 to 110, which covers each band the questions' limits make (and no age known,
    /// as before an owner is saved).
    var ages: [Int?] {
        var edges: Set<Int> = Set(0...110)
        for q in guide.questions {
            if let min = q.minAge { edges.formUnion([min - 1, min]) }
            if let max = q.maxAge { edges.formUnion([max, max + 1]) }
        }
        return [nil] + edges.sorted().map { Optional($0) }
    }

    /// Every complete path for a person: the questions asked and the answers given, one per yes/no branch.
    func paths(_ person: WithdrawalGuide.Asker) -> [(asked: [String], answers: [String: Bool])] {
        var done: [(asked: [String], answers: [String: Bool])] = []
        func walk(_ asked: [String], _ answers: [String: Bool]) {
            guard let q = guide.nextQuestion(answers: answers, person: person) else {
                done.append((asked, answers))
                return
            }
            for answer in [true, false] {
                var next = answers
                next[q.id] = answer
                walk(asked + [q.id], next)
            }
        }
        walk([], [:])
        return done
    }

    @Test("Every path in every region and at every age (or none known) ends with every case its answers call for")
    func everyPathEndsWithItsCases() {
        var count = 0
        for region in regions {
            for age in ages {
                let person = WithdrawalGuide.Asker(region: region, age: age)
                for (asked, answers) in paths(person) {
                    count += 1
                    let advice = guide.evaluate(answers: answers, region: region, age: age)
                    let kept = guide.effectiveAnswers(answers, person: person)
                    // Each case of this place whose conditions the answers meet is given, or one that
                    // stands in for it here.
                    let chosen = Set(advice.cases.map(\.id))
                    for item in guide.cases where item.scope.covers(region) && item.applies(to: kept) {
                        let standIn = advice.cases.contains { $0.replaces.contains(item.id) }
                        #expect(chosen.contains(item.id) || standIn, "\(region.code) \(age ?? -1) \(asked): \(item.id)")
                    }
                    // A "yes" to a question a case needs leads to a case (or the no-cash answer).
                    #expect(!advice.cases.isEmpty || advice.statement != nil, "\(region.code) \(asked)")
                }
            }
        }
        #expect(count > 100)
    }

    @Test("Every path takes at most five questions, in every region of the data or none, at every age or none known")
    func everyPathIsShort() {
        var count = 0
        var longest: [String] = []
        // No region known (no owner saved yet) as well as every region the data names.
        for region in [nil] + regions.map(Optional.some) {
            for age in ages {
                for (asked, _) in paths(WithdrawalGuide.Asker(region: region, age: age)) {
                    count += 1
                    if asked.count > longest.count { longest = asked }
                    let who = "\(region?.code ?? "no region") age \(age.map(String.init) ?? "unknown")"
                    #expect(asked.count <= 5, "\(who): \(asked)")
                }
            }
        }
        #expect(count > 1000)
        #expect(longest.count == 5, "the longest path: \(longest)")
    }

    @Test("Answering no to every question says plainly that an illness or a hospital stay is not a reason for cash")
    func allNoSaysNoCashForIllness() {
        for region in regions {
            for age in ages {
                let person = WithdrawalGuide.Asker(region: region, age: age)
                var answers: [String: Bool] = [:]
                while let q = guide.nextQuestion(answers: answers, person: person) { answers[q.id] = false }
                let advice = guide.evaluate(answers: answers, region: region, age: age)
                #expect(advice.cases.map(\.outcome) == [.notAllowed], "\(region.code) \(age ?? -1): \(answers)")
                let text = advice.cases.map { $0.title.en + " " + $0.summary.en + " " + ($0.reason?.en ?? "") }.joined()
                #expect(text.contains("illness") && text.contains("hospital stay"), "\(region.code): \(text)")
                let zh = advice.cases.map { $0.title.zh + $0.summary.zh }.joined()
                #expect(zh.contains("生病") && zh.contains("住院"), "\(region.code): \(zh)")
                #expect(advice.fraudWarning != nil && advice.statement != nil)
            }
        }
    }
}
