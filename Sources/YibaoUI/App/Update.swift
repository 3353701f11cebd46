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
        let actions = top.didResize(context: state.context(environment))
        state.stack.append(top)
        return apply(actions, to: &state, environment: environment)
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
        let context = state.context(environment)
        for index in state.stack.indices {
            state.stack[index].dataDidChange(context: context)
        }
        return []
    case .tick(let now):
        state.now = now
        // Only a store that can tell when it changed is watched.
        return state.storeMark == nil ? [] : [.checkStore(lastMark: state.storeMark)]
    case .storeChanged(let mark):
        let known = state.storeMark != nil
        state.storeMark = mark
        // The first mark is where watching starts; a later one means someone else changed the store:
        // read it again (screens keep the person's place in `dataDidChange`).
        return known ? [.reload] : []
    case .loadFailed(let message):
        state.loadError = message
        return []
    case .ledgerLoaded, .applied, .refused:
        guard var top = state.stack.popLast() else { return [] }
        let actions = top.receive(event, context: state.context(environment))
        state.stack.append(top)
        var effects = apply(actions, to: &state, environment: environment)
        if case .applied = event { effects.insert(.reload, at: 0) }
        return effects
    case .key(let key):
        return handleKey(key, state: &state, environment: environment, keymap: keymap)
    }
}

private func handleKey(_ key: Key, state: inout AppState, environment: UIEnvironment, keymap: Keymap) -> [Effect] {
    let command = keymap.command(for: key)
    if key == .ctrl("c") {
        // Leave at once and cleanly, even from a question; an unconfirmed form is not saved.
        state.isQuitting = true
        return []
    }
    if state.dialog != nil {
        return handleDialogKey(key, command: command, state: &state, environment: environment)
    }
    if state.loadError != nil {
        if command == .quit || command == .back { state.isQuitting = true }
        return []
    }
    guard var top = state.stack.popLast() else { return [] }
    let context = state.context(environment)
    // Keys that work on every screen, unless a text field is being typed into.
    // On help itself, ? and F1 reach the help screen, which closes (the key toggles help).
    if !(top is HelpScreen), key == .function(1) || (!top.capturesText && command == .help) {
        let help = HelpScreen(for: top, context: context, keymap: keymap)
        state.stack.append(top)
        state.stack.append(help)
        return []
    }
    if !top.capturesText && command == .language {
        state.stack.append(top)
        state.language = state.language == .zhHans ? .en : .zhHans
        state.status = StatusLine(.init(zh: "已切换到中文。", en: "Switched to English."))
        return [.rememberLanguage(state.language)]
    }
    state.status = nil
    let actions = top.handle(key, command: command, context: context)
    state.stack.append(top)
    return apply(actions, to: &state, environment: environment)
}

private func handleDialogKey(_ key: Key, command: Command?, state: inout AppState, environment: UIEnvironment)
    -> [Effect]
{
    guard let dialog = state.dialog else { return [] }
    switch dialog.kind {
    case .message:
        if command == .select || command == .back || key == .char(" ") {
            state.dialog = nil
        }
        return []
    case .confirm(let onYes, let onNo):
        var choice: Bool?
        switch (key, command) {
        case (_, .yes), (.char("1"), _): choice = true
        case (_, .no), (_, .back), (.char("2"), _): choice = false
        case (.left, _), (.up, _): state.dialog?.selectedButton = 0
        case (.right, _), (.down, _), (.tab, _): state.dialog?.selectedButton = 1
        case (_, .select): choice = dialog.selectedButton == 0
        default: break
        }
        guard let choice else { return [] }
        state.dialog = nil
        return apply(choice ? onYes : onNo, to: &state, environment: environment)
    }
}

/// Carries out screen actions on the state; returns the effects among them. A screen that is pushed
/// or replaces another is told it appeared, and what it asks for then is carried out too.
func apply(_ actions: [Action], to state: inout AppState, environment: UIEnvironment) -> [Effect] {
    var effects: [Effect] = []
    for action in actions {
        switch action {
        case .push(let screen):
            effects += show(screen, on: &state, environment: environment)
        case .pop: if state.stack.count > 1 { state.stack.removeLast() }
        case .replace(let screen):
            if !state.stack.isEmpty { state.stack.removeLast() }
            effects += show(screen, on: &state, environment: environment)
        case .popToRoot: state.stack = Array(state.stack.prefix(1))
        case .effect(let effect): effects.append(effect)
        case .confirm(let title, let message, let onYes, let onNo):
            state.dialog = DialogState(
                title: title, message: message, kind: .confirm(onYes: onYes, onNo: onNo), isError: false,
                selectedButton: 0)
        case .message(let title, let message, let isError):
            state.dialog = DialogState(title: title, message: message, kind: .message, isError: isError, selectedButton: 0)
        case .status(let line): state.status = line
        case .quit: state.isQuitting = true
        }
    }
    return effects
}

/// Puts `screen` on top of the stack and carries out what it asks for when it appears.
private func show(_ screen: any ScreenState, on state: inout AppState, environment: UIEnvironment) -> [Effect] {
    var screen = screen
    let actions = screen.onAppear(context: state.context(environment))
    state.stack.append(screen)
    return apply(actions, to: &state, environment: environment)
}
