import Testing

@testable import YibaoCore

@Suite("Relationship words, names and explanations")
struct RelationshipTests {
    @Test(
        "Everyday Chinese words are read as the relationship they name",
        arguments: [
            ("配偶", Relationship.spouse), ("丈夫", .spouse), ("妻子", .spouse), ("老公", .spouse), ("老婆", .spouse),
            ("爱人", .spouse), ("父亲", .father), ("爸爸", .father), ("爸", .father), ("母亲", .mother),
            ("妈妈", .mother), ("妈", .mother), ("儿子", .son), ("女儿", .daughter), ("哥哥", .elderBrother),
            ("弟弟", .youngerBrother), ("姐姐", .elderSister), ("妹妹", .youngerSister), ("兄弟", .brother),
            ("姐妹", .sister), ("祖父", .paternalGrandfather), ("爷爷", .paternalGrandfather),
            ("祖母", .paternalGrandmother), ("奶奶", .paternalGrandmother), ("外祖父", .maternalGrandfather),
            ("外公", .maternalGrandfather), ("姥爷", .maternalGrandfather), ("外祖母", .maternalGrandmother),
            ("外婆", .maternalGrandmother), ("姥姥", .maternalGrandmother), ("孙子", .grandson),
            ("孙女", .granddaughter), ("外孙", .maternalGrandson), ("外孙子", .maternalGrandson),
            ("外孙女", .maternalGranddaughter), ("公公", .husbandsFather), ("婆婆", .husbandsMother),
            ("岳父", .wifesFather), ("丈人", .wifesFather), ("岳母", .wifesMother), ("丈母娘", .wifesMother),
            ("女婿", .sonInLaw), ("儿媳", .daughterInLaw), ("儿媳妇", .daughterInLaw), ("嫂子", .siblingInLaw),
            ("弟媳", .siblingInLaw), ("姐夫", .siblingInLaw), ("妹夫", .siblingInLaw), ("叔叔", .uncle),
            ("伯伯", .uncle), ("舅舅", .uncle), ("姑父", .uncle), ("姨父", .uncle), ("姑姑", .aunt),
            ("姨妈", .aunt), ("阿姨", .aunt), ("舅妈", .aunt), ("婶婶", .aunt), ("侄子", .nephew),
            ("外甥", .nephew), ("侄女", .niece), ("外甥女", .niece), ("堂兄", .cousin), ("堂弟", .cousin),
            ("堂姐", .cousin), ("堂妹", .cousin), ("表哥", .cousin), ("表弟", .cousin), ("表姐", .cousin),
            ("表妹", .cousin), ("曾祖父", .greatGrandparent), ("曾祖母", .greatGrandparent),
            ("太爷爷", .greatGrandparent), ("太奶奶", .greatGrandparent), ("曾孙", .greatGrandchild),
            ("前夫", .exSpouse), ("前妻", .exSpouse), ("男朋友", .partner), ("女朋友", .partner),
            ("未婚夫", .partner), ("未婚妻", .partner), ("朋友", .friend),
        ] as [(String, Relationship)]
    )
    func readsChineseWords(word: String, relation: Relationship) {
        #expect(Relationship(word: word) == relation)
    }

    @Test(
        "English words and hyphenated tokens are read, whatever the case",
        arguments: [
            ("wife", Relationship.spouse), ("Husband", .spouse), ("dad", .father), ("MOM", .mother),
            ("brother", .brother), ("sister", .sister), ("elder-brother", .elderBrother),
            ("younger-sister", .youngerSister), ("paternal-grandmother", .paternalGrandmother),
            ("maternal-grandfather", .maternalGrandfather), ("husbands-father", .husbandsFather),
            ("wifes-mother", .wifesMother), ("son-in-law", .sonInLaw), ("daughter-in-law", .daughterInLaw),
            ("brother-in-law", .siblingInLaw), ("sister-in-law", .siblingInLaw),
            ("great-grandparent", .greatGrandparent),
            ("ex-spouse", .exSpouse), ("ex-wife", .exSpouse), ("boyfriend", .partner), ("friend", .friend),
            ("daughters-son", .maternalGrandson), ("grandson", .grandson),
        ] as [(String, Relationship)]
    )
    func readsEnglishWords(word: String, relation: Relationship) {
        #expect(Relationship(word: word) == relation)
    }

    @Test("Every raw value and every hyphenated token reads back as its own case", arguments: Relationship.allCases)
    func rawValuesAndTokens(relation: Relationship) {
        #expect(Relationship(word: relation.rawValue) == relation)
        #expect(Relationship(word: relation.rawValue.uppercased()) == relation)
        #expect(Relationship(word: relation.englishToken) == relation)
        #expect(relation.englishToken == relation.englishToken.lowercased())
    }

    @Test("Hyphenated tokens split the raw value at each capital letter")
    func tokenShapes() {
        #expect(Relationship.elderBrother.englishToken == "elder-brother")
        #expect(Relationship.paternalGrandmother.englishToken == "paternal-grandmother")
        #expect(Relationship.sonInLaw.englishToken == "son-in-law")
        #expect(Relationship.spouse.englishToken == "spouse")
    }

    @Test("Spaces, underscores, apostrophes and surrounding blanks do not matter")
    func forgivingSpelling() {
        #expect(Relationship(word: "  妈妈 ") == .mother)
        #expect(Relationship(word: "\u{3000}外婆\u{3000}") == .maternalGrandmother)
        #expect(Relationship(word: "Elder Brother") == .elderBrother)
        #expect(Relationship(word: "elder_brother") == .elderBrother)
        #expect(Relationship(word: "husband's father") == .husbandsFather)
        #expect(Relationship(word: "Husband’s  Mother") == .husbandsMother)
        #expect(Relationship(word: "son - in - law") == .sonInLaw)
    }

    @Test("Unknown words and empty text give nil", arguments: ["", "  ", "邻居", "neighbour", "妈妈妈", "el der"])
    func unknownWords(word: String) {
        #expect(Relationship(word: word) == nil)
        #expect(Relationship.meanings(ofWord: word).isEmpty)
    }

    @Test("Words that name several relationships are not guessed; their meanings are listed")
    func ambiguousWords() {
        #expect(Relationship(word: "grandfather") == nil)
        #expect(Relationship.meanings(ofWord: "grandfather") == [.paternalGrandfather, .maternalGrandfather])
        #expect(Relationship.meanings(ofWord: "Father-in-law") == [.husbandsFather, .wifesFather])
        #expect(Relationship.meanings(ofWord: "mother in law") == [.husbandsMother, .wifesMother])
        #expect(Relationship.meanings(ofWord: "媳妇") == [.spouse, .daughterInLaw])
        #expect(Relationship.meanings(ofWord: "父母") == [.father, .mother])
        #expect(Relationship.meanings(ofWord: "妈妈") == [.mother])
        for (_, meanings) in Relationship.ambiguousWords { #expect(meanings.count > 1) }
    }

    @Test("No everyday word is listed under two relationships", arguments: Relationship.allCases)
    func wordsAreUnique(relation: Relationship) {
        for word in Relationship.words[relation] ?? [] {
            #expect(Relationship.meanings(ofWord: word) == [relation], "\(word)")
        }
    }

    @Test("兄弟 and 姐妹 are siblings of a given sex but no given age")
    func brotherAndSister() {
        #expect(Relationship.brother.kinClass == .sibling)
        #expect(Relationship.sister.kinClass == .sibling)
        #expect(Relationship.brother.impliedSex == .male)
        #expect(Relationship.sister.impliedSex == .female)
        #expect(Relationship.brother.impliedAge == nil)
        #expect(Relationship.sister.impliedAge == nil)
    }

    @Test("Every relationship has a name and an explanation in both languages", arguments: Relationship.allCases)
    func namesAndExplanations(relation: Relationship) {
        #expect(!relation.name.zh.isEmpty && !relation.name.en.isEmpty)
        #expect(relation.explanation.zh.hasPrefix("你") || relation.explanation.zh.contains("你"))
        #expect(relation.explanation.en.contains("your") || relation.explanation.en.contains("you"))
    }

    @Test("Names and explanations say the plain thing")
    func someNames() {
        #expect(Relationship.mother.name == LocalizedText(zh: "母亲", en: "mother"))
        #expect(Relationship.husbandsMother.name.zh == "婆婆")
        #expect(Relationship.husbandsMother.explanation == LocalizedText(zh: "你丈夫的母亲", en: "your husband's mother"))
        #expect(Relationship.wifesFather.explanation.en == "your wife's father")
        #expect(Relationship.maternalGrandson.explanation.zh == "你女儿的儿子")
        #expect(Set(Relationship.allCases.map(\.name.zh)).count == Relationship.allCases.count)
        #expect(Set(Relationship.allCases.map(\.name.en)).count == Relationship.allCases.count)
    }

    @Test("A name read back as a word gives the same relationship where the name is a single word")
    func namesReadBack() {
        for relation in Relationship.allCases {
            if let read = Relationship(word: relation.name.zh) { #expect(read == relation) }
            if let read = Relationship(word: relation.name.en) { #expect(read == relation) }
        }
        #expect(Relationship(word: Relationship.mother.name.zh) == .mother)
    }

    @Test("The picker lists near relatives first, then the others, each once")
    func everydayChoices() {
        let choices = Relationship.everydayChoices
        #expect(Set(choices).count == choices.count)
        #expect(choices.first == .spouse)
        let firstFar = choices.firstIndex { $0.kinClass == nil }!
        #expect(choices[..<firstFar].allSatisfy { $0.kinClass != nil })
        #expect(choices[firstFar...].allSatisfy { $0.kinClass == nil })
        // Every case but the age-less brother/sister is offered.
        #expect(Set(choices).union([.brother, .sister]) == Set(Relationship.allCases))
        // Every near-relative class can be chosen.
        #expect(Set(choices.compactMap(\.kinClass)) == Set(KinClass.allCases))
    }
}
