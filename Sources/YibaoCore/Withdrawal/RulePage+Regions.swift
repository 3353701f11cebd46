/// The regional differences of `Data/policy/regions.yaml` on a rule page: a paragraph `{{data:regions}}`
/// stands for one line per entry in force on the day (the place, what differs there, and how sure we
/// are), so the family-aid page's "Local rules" never restate a flag by hand.
extension RulePage {
    /// The placeholder for the entries of `regions.yaml` in force.
    public static let regionsPlaceholder = "{{data:regions}}"

    /// One line per entry of `regions.yaml` in force on `date`, in file order: `上海：…` / `Shanghai: …`,
    /// the entry's note (or, without one, what its flags say), and its certainty unless national or local.
    func regionLines(policy: PolicyBook, on date: CivilDate) -> [String] {
        let zh = language == .zhHans
        return policy.regionOverrides.inForce(on: date).map { entry in
            let name = zh ? entry.name.zh : entry.name.en
            let text = entry.basis.note.map { zh ? $0.zh : $0.en } ?? entry.flagWords.map { zh ? $0.zh : $0.en }
                .joined(separator: zh ? "；" : "; ")
            return (zh ? "\(name)：\(text)" : "\(name): \(text)") + certaintyNote(entry.basis.certainty)
        }
    }
}

extension [RegionOverride] {
    /// The entries in force on `date`, in file order, without those a later entry for the same prefix
    /// has replaced (it sets every flag they set): Guangdong's 2025 block is gone once its 2026 entry holds.
    func inForce(on date: CivilDate) -> [RegionOverride] {
        let started = filter { $0.basis.effectiveFrom <= date }
        return started.filter { entry in
            !started.contains {
                $0.prefix == entry.prefix && $0.basis.effectiveFrom > entry.basis.effectiveFrom
                    && entry.flagsSet.isSubset(of: $0.flagsSet)
            }
        }
    }
}

extension RegionOverride {
    /// What the entry's flags say, in words, for an entry with no note.
    var flagWords: [LocalizedText] {
        var words: [LocalizedText] = []
        if let v = onlyPriorYearsShareable {
            words.append(
                v ? .init(zh: "只能共济历年账户结余", en: "only the balance from previous years can be shared")
                    : .init(zh: "当年账户结余也可以共济", en: "this year's balance can be shared too"))
        }
        if let v = onePayerPerSettlement {
            words.append(
                v ? .init(zh: "一次结算只能使用一个共济人的账户", en: "one payment can use only one payer's account")
                    : .init(zh: "一次结算可以使用几个共济人的账户", en: "one payment can use several payers' accounts"))
        }
        if let v = crossProvinceQuota {
            words.append(
                v ? .init(zh: "可以跨省共济", en: "sharing across provinces works")
                    : .init(zh: "不能跨省共济", en: "no sharing across provinces"))
        }
        if let n = maxPayersPerBeneficiary, n > 0 {
            words.append(.init(zh: "一个人最多由 \(n) 人共济", en: "at most \(n) payers for one person"))
        }
        if let n = maxBeneficiariesPerPayer, n > 0 {
            words.append(.init(zh: "一个共济人最多绑定 \(n) 人", en: "a payer may link at most \(n) people"))
        }
        if oneRolePerPerson == true {
            words.append(
                .init(zh: "一个人只能共济别人或被共济，不能两者都是", en: "a person either pays for others or is paid for, not both"))
        }
        if let who = payerOrderSetBy {
            words.append(
                who == .payer ? .init(zh: "使用顺序由共济人设定", en: "the payer sets the order of payment")
                    : .init(zh: "使用顺序由使用家人账户的人设定", en: "the person helped sets the order of payment"))
        }
        if let month = insuranceYearStartMonth {
            words.append(
                .init(zh: "医保年度从每年 \(month) 月 1 日开始", en: "the insurance year starts on 1 \(Self.monthName(month))"))
        }
        return words
    }

    private static func monthName(_ month: Int) -> String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return names[max(1, min(12, month)) - 1]
    }
}
