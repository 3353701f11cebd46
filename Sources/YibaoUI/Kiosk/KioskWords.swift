import YibaoCore

/// The kiosk's own words, in both languages, in one place.
enum KioskWords {
    static let appName = LocalizedText(zh: "医保 自助查询", en: "Yibao self-service")
    static let welcomeLine = LocalizedText(
        zh: "查看您的医保个人账户、亲属共济和提取规则", en: "Your medical-insurance account, relatives and rules")
    static let pressEnter = LocalizedText(zh: "请按回车键开始", en: "Press Enter to start")
    static let privacy = LocalizedText(
        zh: "离开时请按 F10 退出登录；无人操作时会自动退出。",
        en: "Press F10 to sign out when you leave; it also signs out by itself when no one is there.")
    static let languageKey = LocalizedText(zh: "[L] English", en: "[L] 中文")
    static let signedOut = LocalizedText(zh: "您已退出登录，屏幕已清除。", en: "You are signed out and the screen is cleared.")
    static let timedOut = LocalizedText(
        zh: "刚才无人操作，已自动退出登录，屏幕已清除。", en: "No one was there, so the session ended and the screen was cleared.")

    static let signInTitle = LocalizedText(zh: "登录", en: "Sign in")
    static let idLabel = LocalizedText(zh: "身份证号", en: "ID number")
    static let pinLabel = LocalizedText(zh: "密码", en: "PIN")
    static let idHelp = LocalizedText(zh: "18 位，最后一位可能是 X", en: "18 characters; the last may be X")
    static let pinHelp = LocalizedText(zh: "4 到 6 位数字，显示为 *", en: "4 to 6 digits, shown as *")
    static let signInHint = LocalizedText(
        zh: "输完按回车；Tab 换一项；Esc 返回。", en: "Press Enter when done; Tab changes field; Esc goes back.")
    static let checking = LocalizedText(zh: "正在核对，请稍候……", en: "Checking, please wait…")
    static let noPinTitle = LocalizedText(zh: "还没有密码", en: "No PIN yet")
    static let lockedTitle = LocalizedText(zh: "暂时锁定", en: "Locked for now")
    static let problemTitle = LocalizedText(zh: "暂时无法使用", en: "Not available just now")
    static let problemMessage = LocalizedText(
        zh: "出了点问题，您的资料没有改动。已回到欢迎画面，请再试一次；如果还不行，请找服务台的工作人员。",
        en: "Something went wrong; nothing of yours was changed. Please try again; if it happens again, ask staff at the counter.")
    static let outOfService = LocalizedText(
        zh: "这台自助机暂时停止服务，请到服务台办理。您的资料没有改动。",
        en: "This terminal is out of service just now. Please ask at the counter. Nothing of yours was changed.")
    static let backToStart = LocalizedText(zh: "按回车键返回", en: "Press Enter to go back")

    static let stillThere = LocalizedText(zh: "还在吗？按任意键继续", en: "Are you still there? Press any key to continue")
    static func secondsLeft(_ seconds: Int) -> LocalizedText {
        LocalizedText(
            zh: "\(seconds) 秒后自动退出登录，屏幕会被清除。",
            en: "In \(seconds) \(seconds == 1 ? "second" : "seconds") you are signed out and the screen is cleared.")
    }

    static let helpTitle = LocalizedText(zh: "怎么使用自助机", en: "How to use this terminal")
    /// What a visitor needs to know, with the operator's own number of wrong PINs before a lock.
    static func help(maxFailures: Int) -> KioskNotice {
        KioskNotice(
            kind: .help, title: helpTitle,
            message: LocalizedText(
                zh: """
                    1. 在欢迎画面按回车键，输入您的身份证号，按 Tab，再输入您的密码（4 到 6 位数字），按回车键。
                    2. 还没有密码，或者忘了密码：请到服务台，工作人员核对身份后帮您设置。
                    3. 密码连续输错 \(maxFailures) 次会暂时锁定，屏幕上会写明什么时候可以再试。
                    4. 登录后按数字键 1 到 4 选择，或用上下键选好后按回车；Esc 返回上一步；F1 看帮助。
                    5. 离开时请按 F10 退出登录。没有人操作时，屏幕会先提醒，然后自动退出并清除。
                    6. 画面乱了，按 Ctrl-L 重画。
                    """,
                en: """
                    1. On the welcome screen press Enter, type your ID number, press Tab, type your PIN (4 to 6 digits) and press Enter.
                    2. No PIN yet, or forgotten it: please ask staff at the counter; they check who you are and set one.
                    3. \(maxFailures) wrong PINs in a row lock it for a while; the screen says when you can try again.
                    4. Once signed in, press 1 to 4, or choose with the arrows and press Enter; Esc goes back; F1 is help.
                    5. Press F10 to sign out when you leave. If no one is there, the screen asks first, then signs out and clears itself.
                    6. If the screen looks scrambled, press Ctrl-L to draw it again.
                    """))
    }

    static let staffTitle = LocalizedText(zh: "工作人员", en: "Staff")
    static let staffPin = LocalizedText(zh: "工作人员密码", en: "Staff PIN")
    static let staffHint = LocalizedText(zh: "输完按回车；Esc 返回。", en: "Press Enter when done; Esc goes back.")
    static let staffRefused = LocalizedText(zh: "密码不对。", en: "That PIN is not right.")

    static let signOut = LocalizedText(zh: "退出登录", en: "Sign out")
    static let signOutQuestion = LocalizedText(
        zh: "要退出登录吗？您的资料会从屏幕上清除。", en: "Sign out now? Your details are cleared from the screen.")
    static let homeBack = LocalizedText(
        zh: "这里是首页。离开时请按 F10 退出登录。", en: "This is the home screen. Press F10 to sign out when you leave.")
    static let registeredHere = LocalizedText(
        zh: "这个身份证号已经在本机登记过了。要和这位亲属绑定，请到服务台办理。什么都没有改动。",
        en: "This ID number is already registered on this terminal. To bind with this relative, please ask at the counter. "
            + "Nothing was changed.")
    static let notAllowed = LocalizedText(
        zh: "这项操作在自助机上不能办理，请到服务台办理。什么都没有改动。",
        en: "This cannot be done at the self-service terminal; please ask at the counter. Nothing was changed.")
}
