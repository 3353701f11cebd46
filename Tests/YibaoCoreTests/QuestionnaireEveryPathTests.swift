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
        var prefixes: Set<String> = ["11"]
        for item in guide.cases { if case .regions(let p) = item.scope { prefixes.formUnion(p) } }
        for q in guide.questions { if case .regions(let p) = q.onlyIn { prefixes.formUnion(p) } }
        prefixes.formUnion(policy.regionOverrides.map(\.prefix))
        return prefixes.sorted().map { RegionCode($0.padding(toLength: 6, withPad: "0", startingAt: 0))! }
    }

    /// One age in each band the questions' limits make (and no age known).
    var ages: [Int?] {
        var edges: Set<Int> = [0]
        for q in guide.questions {
            if let min = q.minAge { edges.insert(min) }
            if let max = q.maxAge { edges.insert(max + 1) }
        }
        return [nil] + edges.sorted().map { $0 + 1 }
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

    @Test("Every path in every region and age band ends with every case its answers call for, and known-age paths stay short")
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
                    // The common paths never take more than five questions; the two rare ones (settling
                    // abroad at 45-65, enlisting at 26 or under) take six today (issue 13, still open).
                    // With no age known (no owner saved yet) every age-limited question is asked: up to 7
                    // today, also still open; only the cases are checked there.
                    guard age != nil else { continue }
                    let rare = answers["enlisting"] != nil || (answers["retired_relocated"] != nil && answers["settling_abroad"] != nil)
                    #expect(asked.count <= (rare ? 6 : 5), "\(region.code) \(age ?? -1): \(asked)")
                }
            }
        }
        #expect(count > 100)
    }
}
