import ScreenKit
import YibaoCore

/// "Which rules apply to me?": one yes/no question per screen, in large, boxed text, then the
/// answer for the owner's insured region as a scrolling page (what applies, what to bring, where
/// to go; or, plainly, that cash is not allowed and why, with the fraud warning and the note).
///
/// Y/1 answers yes, N/2 no, K/3 "I don't know" (which ends with where to ask: the office or 12393);
/// B, Backspace or Left goes back one question (also from the answer); Esc goes back to the list of
/// rules. Questions that cannot apply to the owner (by age or insured region) are not asked.
public struct QuestionnaireScreen: ScreenState {
    /// One answer given, in the order the questions were asked.
    public struct Answer: Hashable, Sendable {
        public var question: String
        public var yes: Bool
        /// "I don't know": no guess is made; the result says where to ask.
        public var unsure: Bool = false
    }

    /// The answers so far, oldest first.
    public private(set) var history: [Answer] = []
    var reader = RuleReader()

    public init(context: ScreenContext) {}

    /// The answers by question id.
    public var answers: [String: Bool] {
        Dictionary(history.filter { !$0.unsure }.map { ($0.question, $0.yes) }, uniquingKeysWith: { $1 })
    }

    /// The question answered "I don't know", which ends the questions.
    func unsureQuestion(_ context: ScreenContext) -> WithdrawalGuide.Question? {
        guard let last = history.last, last.unsure else { return nil }
        return context.environment.rules.guide.questions.first { $0.id == last.question }
    }

    /// Who answers: the owner's insured region and age today, when known.
    func asker(_ context: ScreenContext) -> WithdrawalGuide.Asker {
        let owner = context.snapshot?.ownerPerson
        return WithdrawalGuide.Asker(region: owner?.region, age: owner.map { $0.id.birthDate.years(until: context.today) })
    }

    /// The question to ask now; nil once the answers are enough (or the last answer was "I don't know").
    public func currentQuestion(_ context: ScreenContext) -> WithdrawalGuide.Question? {
        if history.last?.unsure == true { return nil }
        return context.environment.rules.guide.nextQuestion(answers: answers, person: asker(context))
    }

    /// The owner's insured region; nil when there is no owner (the national rules are used then).
    func region(_ context: ScreenContext) -> RegionCode? {
        context.snapshot?.ownerPerson?.region
    }

    /// The name of the owner's region as the policy data knows it (a city, if listed, else its
    /// province), so no region code is shown.
    func regionName(_ context: ScreenContext) -> LocalizedText? {
        guard let region = region(context) else { return nil }
        return context.environment.policy.overrides(for: region, on: context.today).first?.name ?? region.province.name
    }

    /// Words for the region the answer is for.
    func regionWords(_ context: ScreenContext) -> LocalizedText {
        guard let name = regionName(context) else {
            return .init(
                zh: "没有登记参保地，下面按全国通用的规定回答。", en: "No insured region is recorded, so the national rules are used.")
        }
        return .init(zh: "按您参保地（\(name.zh)）的规定回答。", en: "Answered for where you are insured: \(name.en).")
    }

    /// How to change an answer once the result is shown.
    static let howToChange = LocalizedText(
        zh: "想改答案？按 B 回到上一题，按 W 从头再答。", en: "To change an answer, press B (back one question) or W (start again).")

    /// The advice for the answers given, in the owner's region, or under the national rules alone.
    public func advice(_ context: ScreenContext) -> WithdrawalAdvice {
        let guide = context.environment.rules.guide
        // Any region will do when none is known: only national cases are used then.
        let anywhere = RegionCode("110000") ?? RegionCode("310000")!
        if let unsure = unsureQuestion(context) {
            return guide.adviceWhenUnsure(about: unsure, region: region(context) ?? anywhere)
        }
        if let region = region(context) {
            return guide.evaluate(answers: answers, region: region, on: context.today, age: asker(context).age)
        }
        let national = WithdrawalGuide(
            questions: guide.questions, cases: guide.cases.filter { $0.scope == .national },
            principle: guide.principle, fraudWarning: guide.fraudWarning, localPolicyNote: guide.localPolicyNote,
            unsure: guide.unsure)
        return national.evaluate(answers: answers, region: anywhere, on: context.today, age: asker(context).age)
    }

    func resultBlocks(_ context: ScreenContext) -> [ReaderBlock] {
        advice(context).readerBlocks(
            language: context.language, regionWords: context.text(regionWords(context)),
            howToChange: context.text(QuestionnaireScreen.howToChange))
    }

    public func title(_ context: ScreenContext) -> LocalizedText {
        currentQuestion(context) == nil
            ? .init(zh: "适用于您的规定", en: "What applies to you")
            : .init(zh: "哪些规定适用于我", en: "Which rules apply to me")
    }

    public func hints(_ context: ScreenContext) -> [Command] {
        // Short enough that help and language still fit at 80 columns in English; PgUp, Home and End
        // are named on the position line, B on the page.
        currentQuestion(context) == nil ? [.pageDown, .questionnaire] : [.yes, .no, .dontKnow]
    }

    public func helpText(_ context: ScreenContext) -> LocalizedText {
        .init(
            zh: "这里一次问您一个问题，只要回答“是”或“否”：按 Y 或 1 是“是”，按 N 或 2 是“否”；不清楚就按 K 或 3“不知道”，我们不替您猜，会告诉您去哪里问。答错了，按 B、退格键或左方向键回到上一题。问完以后会告诉您：在您的参保地，余额能不能转出、要带什么材料、到哪里办。按 Esc 回到目录，什么都不会保存。",
            en: "One question at a time; answer yes or no: Y or 1 for yes, N or 2 for no; if unsure, K or 3 for \"I don't know\" - we will not guess, and tell you where to ask. To change an answer, press B, Backspace or the Left arrow to go back one question. At the end you see what applies in your insured region: whether the balance can be paid out, what to bring and where to go. Esc goes back to the list; nothing is saved.")
    }

    public func keyScopes(_ context: ScreenContext) -> [KeyScope] {
        // The answer is a page to read; the questions are not.
        currentQuestion(context) == nil ? [.questionnaire, .reader] : [.questionnaire, .question]
    }

    public mutating func handle(_ input: Input, context: ScreenContext) -> [Action] {
        let command = input.command
        if command == .back || command == .contents { return [.pop] }
        if command == .previousQuestion {
            guard !history.isEmpty else { return [.pop] }
            history.removeLast()
            reader.reset()
            return []
        }
        guard let question = currentQuestion(context) else {
            if command == .questionnaire {
                history = []
                reader.reset()
                return []
            }
            if let command { _ = reader.handle(command, blocks: resultBlocks(context), context: context) }
            return []
        }
        if command == .yes || input == .number(1) {
            history.append(Answer(question: question.id, yes: true))
        } else if command == .no || input == .number(2) {
            history.append(Answer(question: question.id, yes: false))
        } else if command == .dontKnow || input == .number(3) {
            history.append(Answer(question: question.id, yes: false, unsure: true))
        } else if command == .select || command == .down || command == .up {
            return [
                .status(
                    StatusLine(
                        .init(
                            zh: "请按 Y 回答“是”，按 N 回答“否”，不知道请按 K。",
                            en: "Please press Y for yes, N for no, or K if you don't know.")))
            ]
        }
        return []
    }

    public func render(in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        guard let question = currentQuestion(context) else {
            reader.draw(resultBlocks(context), in: area, into: &buffer, context: context)
            return
        }
        drawQuestion(question, in: area, into: &buffer, context: context)
    }

    /// `问题 2`, the question in a box, the help under it, two big answer boxes, and how to go back.
    func drawQuestion(
        _ question: WithdrawalGuide.Question, in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext
    ) {
        let number = history.count + 1
        let progress = context.text(.init(zh: "问题 \(number)", en: "Question \(number)"))
        let end = buffer.put(progress, x: area.x, y: area.y, maxWidth: area.width, style: Style(.title, [.underline]))
        let place = context.text(regionWords(context))
        let placeX = max(end + 2, area.maxX - DisplayWidth.of(place))
        if placeX < area.maxX { buffer.put(place, x: placeX, y: area.y, maxWidth: area.maxX - placeX, style: .dim) }

        let back =
            history.isEmpty
            ? context.text(.init(zh: "按 Esc 回到目录，什么都不会保存。", en: "Press Esc to go back to the list; nothing is saved."))
            : context.text(
                .init(
                    zh: "答错了？按 B 或退格键回到上一题。按 Esc 回到目录，什么都不会保存。",
                    en: "Wrong answer? Press B or Backspace to go back one question. Esc: back to the list, nothing saved."))
        let backLines = TextWrap.lines(back, width: area.width)
        // The answers and how to go back take 5 rows and the back lines; they sit under the question
        // and its help, or as low as the window allows when that leaves too little room.
        let lowestAnswersY = area.maxY - backLines.count - 5

        // Top down: the question in a box, then its help.
        let textWidth = max(1, area.width - 6)
        let lines = TextWrap.lines(context.text(question.text), width: textWidth)
        let box = Rect(x: area.x, y: area.y + 2, width: area.width, height: lines.count + 4)
        let inside = Box.draw(box, into: &buffer, charset: context.charset)
        for (index, line) in lines.enumerated() where inside.y + 1 + index < inside.maxY {
            buffer.put(line, x: inside.x + 2, y: inside.y + 1 + index, maxWidth: textWidth, style: .title)
        }
        var y = box.maxY + 1
        if let help = question.help {
            for line in TextWrap.lines(context.text(help), width: area.width - 2) where y < lowestAnswersY - 1 {
                buffer.put(line, x: area.x + 2, y: y, maxWidth: area.width - 2)
                y += 1
            }
            y += 1
        }
        let answersY = max(min(y, lowestAnswersY), area.y)
        drawAnswers(at: answersY, in: area, into: &buffer, context: context)
        for (index, line) in backLines.enumerated() {
            buffer.put(line, x: area.x, y: answersY + 5 + index, maxWidth: area.width)
        }
    }

    /// `[Y] 是`, `[N] 否` and `[K] 不知道` in three boxes, with the number keys under them.
    func drawAnswers(at y: Int, in area: Rect, into buffer: inout ScreenBuffer, context: ScreenContext) {
        let width = min(20, (area.width - 10) / 3)
        let answers = [
            "[\(context.keymap.keyLabel(for: .yes))] " + context.text(Command.yes.label),
            "[\(context.keymap.keyLabel(for: .no))] " + context.text(Command.no.label),
            "[\(context.keymap.keyLabel(for: .dontKnow, in: [.question]))] " + context.text(Command.dontKnow.label),
        ]
        for (index, answer) in answers.enumerated() {
            let rect = Rect(x: area.x + 2 + index * (width + 4), y: y, width: width, height: 3)
            let inside = Box.draw(rect, into: &buffer, charset: context.charset)
            let x = inside.x + max(0, (inside.width - DisplayWidth.of(answer)) / 2)
            buffer.put(answer, x: x, y: inside.y, maxWidth: inside.maxX - x, style: Style(.title))
        }
        let keys = context.text(
            .init(zh: "也可以按数字键：1 是“是”，2 是“否”，3 是“不知道”。", en: "Or press a number: 1 for yes, 2 for no, 3 for don't know."))
        buffer.put(keys, x: area.x + 2, y: y + 3, maxWidth: area.width - 2)
    }
}
