import Testing

@testable import YibaoCore

@Suite("Withdrawal guide: what the real data says")
struct WithdrawalGuideTests {
    let guide: WithdrawalGuide
    init() throws { guide = try RulesTestData.library().guide }

    func region(_ code: String) -> RegionCode { RegionCode(code)! }

    /// Answers the guide's questions in order from `script` (question id → answer) until it stops,
    /// returning the ids asked.
    func walk(
        _ script: [String: Bool], person: WithdrawalGuide.Asker = .unknown
    ) -> (asked: [String], answers: [String: Bool]) {
        var answers: [String: Bool] = [:]
        var asked: [String] = []
        while let question = guide.nextQuestion(answers: answers, person: person) {
            asked.append(question.id)
            answers[question.id] = script[question.id] ?? false
        }
        return (asked, guide.effectiveAnswers(answers, person: person))
    }

    @Test("settling abroad from Shenzhen (440300) at 30: four questions, then money to your own bank with materials")
    func settlingAbroadGuangdong() throws {
        let (asked, answers) = walk(["settling_abroad": true], person: .init(region: region("440300"), age: 30))
        #expect(asked == ["deceased", "moving_for_work", "leaving_employee_insurance", "settling_abroad"])
        let advice = guide.evaluate(answers: answers, region: region("440300"))
        #expect(advice.cases.map(\.id) == ["settling_abroad_local"])
        #expect(advice.outcomes == [.withdrawToOwnBank])
        #expect(advice.allowsMoneyOut)
        let item = try #require(advice.cases.first)
        #expect(item.certainty == .regional)
        #expect(item.materials.contains { $0.zh.contains("银行卡") })
        #expect(item.materials.contains { $0.en.contains("passport") })
        #expect(item.whereToApply.zh.contains("医保经办机构"))
        #expect(advice.statement == nil)
        #expect(advice.fraudWarning == nil)
        let text = advice.text(.zhHans)
        #expect(text.contains("要带的材料"))
        #expect(text.contains("香港、澳门、台湾"))
        #expect(text.hasSuffix(guide.localPolicyNote.zh))
    }

    @Test("settling abroad from Beijing: the general case, said to be common practice rather than national rule")
    func settlingAbroadElsewhere() throws {
        let (_, answers) = walk(["settling_abroad": true])
        let advice = guide.evaluate(answers: answers, region: region("110105"))
        #expect(advice.cases.map(\.id) == ["settling_abroad_general"])
        #expect(advice.cases.first?.certainty == .common)
        #expect(advice.text(.en).contains("it is not a national rule"))
    }

    @Test("no to every question: not allowed, saying an illness is no reason for cash, with the principle and warning")
    func illnessCashOut() throws {
        let (asked, answers) = walk([:], person: .init(age: 50))
        #expect(asked == ["deceased", "moving_for_work", "leaving_employee_insurance", "retired_relocated", "settling_abroad"])
        #expect(!guide.questions.contains { $0.id == "cash_for_illness" })
        for code in ["110000", "440300", "330100"] {
            let advice = guide.evaluate(answers: answers, region: region(code))
            #expect(advice.cases.map(\.id) == ["illness_cash"])
            #expect(advice.outcomes == [.notAllowed])
            #expect(!advice.allowsMoneyOut)
            let reason = try #require(advice.reasons.first)
            #expect(reason.zh.contains("没有任何正式规定"))
            #expect(advice.cases[0].summary.zh.contains("生病、住院都不是取现的理由"))
            #expect(advice.cases[0].title.en.contains("not for an illness or a hospital stay"))
            #expect(advice.statement == guide.principle)
            #expect(advice.fraudWarning == guide.fraudWarning)
            let text = advice.text(.zhHans)
            #expect(text.contains(reason.zh))
            #expect(text.contains("继承"))
            #expect(text.contains("3 到 12 个月"))
        }
    }

    @Test("the principle says the money is one's own, carried forward, inheritable and usable by family")
    func principleWords() {
        #expect(guide.principle.zh.contains("归您本人所有"))
        #expect(guide.principle.zh.contains("结转"))
        #expect(guide.principle.zh.contains("继承"))
        #expect(guide.principle.zh.contains("家庭共济"))
        #expect(guide.principle.en.contains("inherit"))
    }

    @Test("a relative has died: the heirs' case everywhere, with the death certificate among the materials")
    func deceased() throws {
        let (asked, answers) = walk(["deceased": true])
        #expect(asked == ["deceased"])
        for code in ["110000", "650100", "440100"] {
            let advice = guide.evaluate(answers: answers, region: region(code))
            #expect(advice.cases.map(\.id) == ["death_inheritance"])
            #expect(advice.cases[0].materials.contains { $0.zh.contains("死亡证明") })
            #expect(advice.allowsMoneyOut)
        }
    }

    @Test("moving to another pooling area for work, in or out of the province: transfer, and still no cash")
    func transfer() throws {
        // With no region known only the national cases count, so no place's own question is asked.
        let (asked, answers) = walk(["moving_for_work": true])
        #expect(asked == ["deceased", "moving_for_work"])
        #expect(walk(["moving_for_work": true], person: .init(region: region("320500"))).asked.last == "same_province")
        // Suzhou (Jiangsu) and Wuhan to Yichang (Hubei): the balance moves with the insurance.
        for code in ["320500", "420100"] {
            let advice = guide.evaluate(answers: answers, region: region(code))
            #expect(advice.cases.map(\.id) == ["transfer_moving"])
            #expect(advice.outcomes == [.transfer])
            #expect(advice.cases[0].whereToApply.zh.contains("10 个工作日"))
            #expect(advice.statement != nil)
        }
        // Guangzhou to Shenzhen: within Guangdong the balance works everywhere.
        let (gdAsked, gd) = walk(["moving_for_work": true, "same_province": true], person: .init(region: region("440100")))
        #expect(gdAsked == ["deceased", "moving_for_work", "same_province"])
        #expect(guide.evaluate(answers: gd, region: region("440100")).cases.map(\.id) == ["guangdong_within_province"])
        // Suzhou to Nanjing: within Jiangsu the balance is moved first, by itself.
        let (_, js) = walk(["moving_for_work": true, "same_province": true], person: .init(region: region("320500")))
        let jiangsu = guide.evaluate(answers: js, region: region("320500"))
        #expect(jiangsu.cases.map(\.id) == ["jiangsu_within_province"])
        #expect(jiangsu.outcomes == [.transfer])
        let (_, gdOut) = walk(["moving_for_work": true, "same_province": false], person: .init(region: region("440100")))
        #expect(guide.evaluate(answers: gdOut, region: region("440100")).cases.map(\.id) == ["transfer_moving"])
    }

    @Test("leaving employee insurance: each region's own rule replaces the general one, which keeps the balance")
    func leaving() {
        let expected: [(String, [String: Bool], String, Bool)] = [
            ("440300", ["moved_other_province": true], "cannot_receive_guangdong", true),
            ("440300", ["moved_other_province": false], "leaving_general", false),
            ("420102", ["moved_away": true], "cannot_receive_wuhan", true),
            ("420102", ["moved_away": false], "leaving_general", false),
            ("330106", ["registered_elsewhere": true], "non_local_hangzhou", true),
            // A Hangzhou registration: the general case, not "does not apply".
            ("330106", ["registered_elsewhere": false], "leaving_general", false),
            ("330300", [:], "leaving_general", false), ("310000", [:], "leaving_general", false),
        ]
        for (code, extra, id, moneyOut) in expected {
            var script = extra
            script["leaving_employee_insurance"] = true
            let (_, answers) = walk(script, person: .init(region: region(code), age: 40))
            let advice = guide.evaluate(answers: answers, region: region(code))
            #expect(advice.cases.map(\.id) == [id], "\(code) \(extra)")
            #expect(advice.allowsMoneyOut == moneyOut, "\(code)")
        }
    }

    @Test("enlisting pays out in Guangdong only; elsewhere the balance stays, with the principle and warning")
    func enlisting() {
        let (asked, answers) = walk(["leaving_employee_insurance": true, "enlisting": true], person: .init(age: 20))
        #expect(asked == ["deceased", "moving_for_work", "leaving_employee_insurance", "enlisting"])
        #expect(guide.nextQuestion(answers: answers, person: .init(age: 20)) == nil)
        let guangdong = guide.evaluate(answers: answers, region: region("441200"))
        #expect(guangdong.cases.map(\.id) == ["enlisting_guangdong"])
        let beijing = guide.evaluate(answers: answers, region: region("110000"))
        #expect(beijing.cases.map(\.id) == ["enlisting_general"])
        #expect(beijing.outcomes == [.keepUsing])
        #expect(beijing.statement == guide.principle)
        #expect(beijing.fraudWarning != nil)
    }

    @Test("retired and registered elsewhere: Guangdong pays out, other places keep the account in use")
    func retireeRelocated() {
        let (asked, answers) = walk(["retired_relocated": true], person: .init(age: 70))
        #expect(asked == ["deceased", "leaving_employee_insurance", "retired_relocated"])
        #expect(
            guide.evaluate(answers: answers, region: region("440100")).cases.map(\.id) == [
                "retiree_relocated_guangdong"
            ])
        let shanghai = guide.evaluate(answers: answers, region: region("310000"))
        #expect(shanghai.cases.map(\.id) == ["retiree_relocated_general"])
        #expect(shanghai.outcomes == [.keepUsing])
    }

    @Test("questions that cannot apply are skipped: no one aged 68 is asked about enlisting or a new job")
    func skippedByAge() {
        let (asked, _) = walk([:], person: .init(region: region("110105"), age: 68))
        #expect(!asked.contains("enlisting"))
        #expect(!asked.contains("moving_for_work"))
        #expect(asked.contains("retired_relocated"))
        let (young, _) = walk([:], person: .init(region: region("110105"), age: 30))
        #expect(!young.contains("retired_relocated"))
        #expect(!young.contains("enlisting"))
        #expect(walk(["leaving_employee_insurance": true], person: .init(age: 20)).asked.contains("enlisting"))
        #expect(!walk(["leaving_employee_insurance": true], person: .init(age: 30)).asked.contains("enlisting"))
        // Region questions only where a case needs them.
        #expect(!walk(["moving_for_work": true], person: .init(region: region("110105"))).asked.contains("same_province"))
    }

    @Test("all answers no: only the no-cash case, with the principle and the fraud warning")
    func nothingFits() {
        let (_, answers) = walk([:])
        let advice = guide.evaluate(answers: answers, region: region("110000"))
        #expect(advice.cases.map(\.id) == ["illness_cash"])
        #expect(!advice.allowsMoneyOut)
        #expect(advice.statement == guide.principle)
        #expect(advice.fraudWarning == guide.fraudWarning)
        #expect(advice.text(.en).contains(guide.fraudWarning.en))
    }

    @Test("answers left over from an abandoned path do not count")
    func staleAnswers() {
        let answers = ["deceased": true, "settling_abroad": true, "retired_relocated": true, "enlisting": true]
        #expect(guide.effectiveAnswers(answers) == ["deceased": true])
        let advice = guide.evaluate(answers: answers, region: region("440300"))
        #expect(advice.cases.map(\.id) == ["death_inheritance"])
        #expect(guide.nextQuestion(answers: answers) == nil)
    }

    @Test("with a date, only cases in force count: before Wuhan's rule, the general case applies")
    func byDate() {
        let answers = [
            "deceased": false, "moving_for_work": false, "leaving_employee_insurance": true, "enlisting": false,
            "moved_away": true,
        ]
        let before = guide.evaluate(answers: answers, region: region("420100"), on: CivilDate(iso: "2022-01-01"))
        #expect(before.cases.map(\.id) == ["leaving_general"])
        let after = guide.evaluate(answers: answers, region: region("420100"), on: CivilDate(iso: "2026-07-01"))
        #expect(after.cases.map(\.id) == ["cannot_receive_wuhan"])
        let longAgo = guide.evaluate(answers: answers, region: region("420100"), on: CivilDate(iso: "2000-01-01"))
        #expect(longAgo.cases.isEmpty)
    }

    @Test("every path ends within five questions, and every case is reached by some path in its region")
    func everyPath() {
        let regions = ["110000", "440300", "420100", "330100", "330300", "310000", "320500"].map(region)
        var reached: Set<String> = []
        var longest = 0
        func explore(_ answers: [String: Bool], person: WithdrawalGuide.Asker) {
            guard let question = guide.nextQuestion(answers: answers, person: person) else {
                longest = max(longest, answers.count)
                let advice = guide.evaluate(answers: answers, region: person.region ?? region("110000"))
                reached.formUnion(advice.cases.map(\.id))
                #expect(!advice.cases.isEmpty || advice.statement != nil)
                #expect(!advice.text(.zhHans).isEmpty && !advice.text(.en).isEmpty)
                return
            }
            for answer in [true, false] {
                var next = answers
                next[question.id] = answer
                explore(next, person: person)
            }
        }
        explore([:], person: .unknown)
        for region in regions { explore([:], person: .init(region: region)) }
        #expect(longest <= 5)
        #expect(reached == Set(guide.cases.map(\.id)))
    }

    @Test("money only ever goes to the person's or heir's own bank account")
    func ownAccountOnly() {
        for item in guide.cases where item.outcome == .withdrawToOwnBank {
            #expect(item.summary.zh.contains("本人") || item.summary.zh.contains("继承人"), "\(item.id)")
            #expect(item.materials.contains { $0.zh.contains("名下") || $0.zh.contains("本人名下") }, "\(item.id)")
        }
    }

    @Test("a scope covers the regions whose codes start with its prefixes")
    func scopes() {
        let hangzhou = WithdrawalScope.regions(["3301"])
        #expect(hangzhou.covers(region("330106")))
        #expect(!hangzhou.covers(region("330300")))
        #expect(WithdrawalScope.national.covers(region("650100")))
        #expect(WithdrawalScope.regions(["44", "4201"]).covers(region("420111")))
    }
}
