import YibaoCore

/// What `yibao operator setup-kiosk` does to make a machine ready for the kiosk, as the commands it
/// runs: the `yibao-kiosk` system user (never made by a plain package install), the store's folder
/// `/var/lib/yibao` (0700, the kiosk user's), the operator's `/etc/yibao` (0755, root's) and an empty
/// store made as the kiosk user. Steps already done are left out, so running it again changes nothing.
struct KioskSetupPlan: Equatable {
    static let user = "yibao-kiosk"
    static let stateDirectory = "/var/lib/yibao"
    static let configDirectory = "/etc/yibao"
    static let storePath = "/var/lib/yibao/yibao.sqlite"
    static let configPath = "/etc/yibao/kiosk.conf"

    /// Each step: what it is for, and the command (program first) that does it.
    struct Step: Equatable {
        let why: LocalizedText
        let command: [String]
    }

    let steps: [Step]

    /// The steps still needed on a machine where the user and the store do or do not exist yet;
    /// `yibao` is the program to make the store with.
    init(userExists: Bool, storeExists: Bool, yibao: String) {
        var steps: [Step] = []
        if !userExists {
            steps.append(
                Step(
                    why: LocalizedText(
                        zh: "建立自助终端专用的系统用户（无密码、不能登录、不属于 sudo 组）",
                        en: "Make the kiosk's own system user (no password, no login shell, no sudo)"),
                    command: [
                        "adduser", "--system", "--group", "--home", Self.stateDirectory,
                        "--no-create-home",
                        "--shell", "/usr/sbin/nologin", "--gecos", "Yibao kiosk", Self.user,
                    ]))
        }
        steps.append(
            Step(
                why: LocalizedText(
                    zh: "账本所在的目录，只有自助终端用户可读写",
                    en: "The store's folder, for the kiosk user alone"),
                command: ["install", "-d", "-m", "0700", "-o", Self.user, "-g", Self.user, Self.stateDirectory]))
        steps.append(
            Step(
                why: LocalizedText(
                    zh: "管理员文件所在的目录（退出密码、政策文件）",
                    en: "The operator's folder (the exit PIN, policy files)"),
                command: ["install", "-d", "-m", "0755", "-o", "root", "-g", "root", Self.configDirectory]))
        if !storeExists {
            steps.append(
                Step(
                    why: LocalizedText(
                        zh: "以自助终端用户的身份新建账本", en: "Make the store, as the kiosk user"),
                    command: ["runuser", "-u", Self.user, "--", yibao, "init", "--store", Self.storePath]))
        }
        self.steps = steps
    }

    /// `command` as one line a shell would run the same way (arguments with spaces or quotes quoted).
    static func shellLine(_ command: [String]) -> String {
        command.map { argument in
            argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:+,@%".contains($0) } && !argument.isEmpty
                ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }.joined(separator: " ")
    }

    /// What the operator does next, which this command leaves to them.
    static let nextSteps: [LocalizedText] = {
        let exitPin = "yibao operator exit-pin set --config \(configPath) --group \(user)"
        let addPerson = "sudo -u \(user) yibao person add … --store \(storePath)"
        let start = "systemctl enable --now yibao-kiosk"
        let guide = "/usr/share/doc/yibao/kiosk-operator.md.gz"
        return [
            LocalizedText(zh: "设置管理员退出密码：\(exitPin)", en: "Set the operator's exit PIN: \(exitPin)"),
            LocalizedText(
                zh: "添加使用这台终端的人，并设置密码：\(addPerson)",
                en: "Add the people who will use this terminal, and their PINs: \(addPerson)"),
            LocalizedText(
                zh: "启动自助终端：\(start)（详见 \(guide)）", en: "Start the kiosk: \(start) (see \(guide))"),
        ]
    }()
}
