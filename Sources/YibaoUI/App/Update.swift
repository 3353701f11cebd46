import ScreenKit
import YibaoCore

/// The only place the app's state changes: an event in, the effects to perform out.
public func update(_ state: inout AppState, _ event: Event, environment: UIEnvironment, keymap: Keymap = .standard)
    -> [Effect]
{
    switch event {
    case .resize(let size):
        state.size = size
        guard var top = state.stack.popLast() else { return [] }
        let actions = top.didResize(context: state.context(environment, keymap: keymap))
        state.stack.append(top)
        return apply(actions, to: &state, environment: environment, keymap: keymap)
    case .signal:
        // A form that was not confirmed is simply dropped: nothing is half-saved.
        state.isQuitting = true
        return []
    case .loaded(let snapshot):
        state.snapshot = snapshot
        state.loadError = nil
        if state.stack.isEmpty {
            state.stack = [snapshot.isEmpty ? FirstRunScreen() as any ScreenState : HomeScreen()]
        } else if snapshot.isEmpty == false, state.stack.first is FirstRunScreen {
            state.stack = [HomeScreen()]
            state.dialog = nil
        }
        let context = state.context(environment, keymap: keymap)
        var actions: [Action] = []
        for index in state.stack.indices {
            let asked = state.stack[index].dataDidChange(context: context)
            if index == state.stack.count - 1 { actions = asked }
        }
        return apply(actions, to: &state, environment: environment, keymap: keymap)
    case .tick(let now):
        let dayBefore = state.today(environment)
        state.now = now
        // Only a store that can tell when it changed is watched.
        // While the store is away, any mark it gives again means it is back (`lastMark: nil`).
        var effects: [Effect] =
            state.storeMark == nil ? [] : [.checkStore(lastMark: state.storeAway == nil ? state.storeMark : nil)]
        let day = state.today(environment)
        if day != dayBefore {
            // Midnight passed (or New Year): the household is read again as of the new day.
            state.status = StatusLine(
                LocalizedText(zh: "日期已变为 \(day)。", en: "The date is now \(day)."))
            effects.insert(.reload, at: 0)
        }
        return effects
    case .storeAway(let words):
        // Calmly, on every screen, until it is back; a refusal or a success line is not covered.
        state.storeAway = words
        if state.status == nil || state.status?.kind == .info { state.status = StatusLine(words) }
        return []
    case .storeChanged(let mark) where state.storeAway != nil:
        // Back: read everything again (something may have changed meanwhile) and say so.
        state.storeAway = nil
        state.storeMark = mark
        if state.status == nil || state.status?.kind == .info { state.status = StatusLine(StoreWatchWords.back) }
        return [.reload]
    case .storeChanged(let mark):
        let known = state.storeMark != nil
        state.storeMark = mark
        // The first mark is where watching starts; a later one means someone else changed the store:
        // read it again (screens keep the person's place in `dataDidChange`) and say so calmly, unless
        // the status line says something that matters more (a refusal, a success). The store's own
        // commits never move the mark, so the person's own save is never called "elsewhere".
        guard known else { return [] }
        if state.status == nil || state.status?.kind == .info { state.status = StatusLine(ElsewhereWords.changed) }
        return [.reload]
    case .loadFailed(let message):
        state.loadError = message
        return []
    case .ledgerLoaded, .applied, .refused:
        guard var top = state.stack.popLast() else { return [] }
        let actions = top.receive(event, context: state.context(environment, keymap: keymap))
        state.stack.append(top)
        var effects = apply(actions, to: &state, environment: environment, keymap: keymap)
        if case .applied = event { effects.insert(.reload, at: 0) }
        return effects
    case .key(let key):
        return handleKey(key, state: &state, environment: environment, keymap: keymap)
    }
}

private func handleKey(_ key: Key, state: inout AppState, environment: UIEnvironment, keymap: Keymap) -> [Effect] {
    let context = state.context(environment, keymap: keymap)
    // The keymap reads the key where it goes: the dialog, or the screen on top (in its scopes).
    let scopes: [KeyScope]
    if let dialog = state.dialog {
        scopes = dialogScopes(dialog)
    } else if state.loadError == nil, let top = state.top {
        scopes = top.keyScopes(context)
    } else {
        scopes = []
    }
    let input = keymap.input(for: key, in: scopes)
    if input == .command(.interrupt) {
        // Leave at once and cleanly, even from a question; an unconfirmed form is not saved.
        state.isQuitting = true
        return []
    }
    // Ctrl-L repaints every cell on every screen, over a dialog and in a window too small alike.
    if input == .command(.repaint) { return [.repaint] }
    // A window too small to show the screen takes no key but those that leave cleanly (above): nothing
    // acts unseen, and a question open when it shrank is still open, unchanged, when it grows back.
    if state.isTooSmall { return [] }
    if state.dialog != nil {
        guard let input else { return [] }
        return handleDialogInput(input, state: &state, environment: environment, keymap: keymap)
    }
    if state.loadError != nil {
        if input == .command(.quit) || input == .command(.back) { state.isQuitting = true }
        return []
    }
    guard var top = state.stack.popLast() else { return [] }
    // Help and the language work on every screen (where a text field takes typing, the keymap reads
    // ? and L as typed). On help itself, the help key reaches the help screen, which closes.
    if !(top is HelpScreen), input == .command(.help) {
        state.stack.append(top)
        return apply([.showHelp], to: &state, environment: environment, keymap: keymap)
    }
    if input == .command(.language), !environment.showsChinese, state.language == .en {
        state.stack.append(top)
        state.status = StatusLine(
            .init(
                zh: "这个终端显示不了中文。", en: "This terminal cannot show Chinese characters (its locale is not UTF-8). "
                    + "Start Yibao with LANG=zh_CN.UTF-8 or C.UTF-8 to read it in Chinese."))
        return []
    }
    if input == .command(.language) {
        state.stack.append(top)
        state.language = state.language == .zhHans ? .en : .zhHans
        state.status = StatusLine(.init(zh: "已切换到中文。", en: "Switched to English."))
        return [.rememberLanguage(state.language)]
    }
    state.status = nil
    guard let input else {
        state.stack.append(top)
        return []
    }
    let actions = top.handle(input, context: context)
    state.stack.append(top)
    // Q away from the first screen means nothing there: say where it works rather than stay silent.
    if actions.isEmpty, input == .command(.quit), state.stack.count > 1 {
        state.status = StatusLine(
            .init(
                zh: "要退出医保，请先按 Esc 回到首页，再按 Q。",
                en: "To leave Yibao, press Esc to go back to the home screen, then Q."))
    }
    return apply(actions, to: &state, environment: environment, keymap: keymap)
}

/// Where keys go in a dialog: a message box closes with Space too; a question has no scope of its own.
private func dialogScopes(_ dialog: DialogState) -> [KeyScope] {
    if case .message = dialog.kind { return [.message] }
    return []
}

private func handleDialogInput(_ input: Input, state: inout AppState, environment: UIEnvironment, keymap: Keymap)
    -> [Effect]
{
    guard let dialog = state.dialog else { return [] }
    switch dialog.kind {
    case .message:
        if input == .command(.select) || input == .command(.back) {
            state.dialog = nil
        }
        return []
    case .confirm(let onYes, let onNo):
        var choice: Bool?
        switch input {
        case .command(.yes), .number(1): choice = true
        case .command(.no), .command(.back), .number(2): choice = false
        case .command(.left), .command(.up): state.dialog?.selectedButton = 0
        case .command(.right), .command(.down), .command(.nextField): state.dialog?.selectedButton = 1
        case .command(.select): choice = dialog.selectedButton == 0
        default: break
        }
        guard let choice else { return [] }
        state.dialog = nil
        return apply(choice ? onYes : onNo, to: &state, environment: environment, keymap: keymap)
    }
}

/// Carries out screen actions on the state; returns the effects among them. A screen that is pushed
/// or replaces another is told it appeared, and what it asks for then is carried out too.
func apply(_ actions: [Action], to state: inout AppState, environment: UIEnvironment, keymap: Keymap = .standard)
    -> [Effect]
{
    var effects: [Effect] = []
    for action in actions {
        switch action {
        case .push(let screen):
            effects += show(screen, on: &state, environment: environment, keymap: keymap)
        case .pop: if state.stack.count > 1 { state.stack.removeLast() }
        case .replace(let screen):
            if !state.stack.isEmpty { state.stack.removeLast() }
            effects += show(screen, on: &state, environment: environment, keymap: keymap)
        case .popToRoot: state.stack = Array(state.stack.prefix(1))
        case .effect(let effect): effects.append(effect)
        case .confirm(let title, let message, let onYes, let onNo, let isDestructive):
            // A question that removes, ends or overwrites something starts on No: Enter keeps things.
            state.dialog = DialogState(
                title: title, message: message, kind: .confirm(onYes: onYes, onNo: onNo), isError: false,
                selectedButton: isDestructive ? 1 : 0)
        case .message(let title, let message, let isError):
            state.dialog = DialogState(title: title, message: message, kind: .message, isError: isError, selectedButton: 0)
        case .status(let line): state.status = line
        case .showHelp:
            guard let top = state.top else { break }
            let help = HelpScreen(
                for: top, isRoot: state.stack.count == 1, context: state.context(environment, keymap: keymap), keymap: keymap)
            state.stack.append(help)
        case .quit: state.isQuitting = true
        case .openDemo:
            state.opensDemo = true
            state.isQuitting = true
        }
    }
    return effects
}

/// Puts `screen` on top of the stack and carries out what it asks for when it appears.
private func show(_ screen: any ScreenState, on state: inout AppState, environment: UIEnvironment, keymap: Keymap)
    -> [Effect]
{
    var screen = screen
    let actions = screen.onAppear(context: state.context(environment, keymap: keymap))
    state.stack.append(screen)
    return apply(actions, to: &state, environment: environment, keymap: keymap)
}
