import ArgumentParser
import Foundation
import ScreenKit
import YibaoCore
import YibaoService
import YibaoStore

/// `yibao operator unlock --person ID | --terminal NAME`: ends a lock after too many wrong PINs.
struct OperatorUnlockCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlock",
        abstract: "Unlock a person (or a whole terminal) locked by wrong PINs, and clear the count.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "The person's ID number.") var person: String?
    @Option(help: "A terminal's name ($YIBAO_KIOSK_TERMINAL, or its host name) paused by wrong PINs.")
    var terminal: String?

    func run() throws {
        let context = try Context(global)
        guard (person == nil) != (terminal == nil) else {
            throw UsageError("give either --person ID or --terminal NAME")
        }
        let service = try context.openService()
        if let terminal {
            let was = try perform { try service.kioskUnlockTerminal(terminal, at: context.now) }
            print(
                context.text(
                    was
                        ? LocalizedText(zh: "已解除终端 \(terminal) 的暂停。", en: "The terminal \(terminal) is unpaused.")
                        : LocalizedText(zh: "终端 \(terminal) 没有被暂停。", en: "The terminal \(terminal) was not paused.")))
            return
        }
        let id = try context.existingPerson(person ?? "", in: service)
        let wasLocked = try perform { try service.kioskUnlock(id, at: context.now) }
        print(
            context.text(
                wasLocked
                    ? LocalizedText(
                        zh: "已解锁 \(id.masked)，现在可以登录了。", en: "\(id.masked) is unlocked and can sign in now.")
                    : LocalizedText(zh: "\(id.masked) 没有被锁定。", en: "\(id.masked) was not locked.")))
    }
}

/// `yibao operator settings [--idle-seconds N] [--countdown-seconds N] [--lockout-minutes N] [--max-failures N]`.
struct OperatorSettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "Show the kiosk's timeouts and lockout, or change them.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Seconds without a key before the countdown (30–3600; default 90).") var idleSeconds: Int?
    @Option(help: "Seconds the \"still there?\" countdown lasts (20–600; default 20).") var countdownSeconds: Int?
    @Option(help: "Minutes a person is locked after too many wrong PINs (1–1440; default 15).") var lockoutMinutes: Int?
    @Option(help: "Wrong PINs in a row that lock a person (3–10; default 5).") var maxFailures: Int?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let context = try Context(global)
        let service = try context.openService()
        var settings = try perform { try service.kioskSettings() }
        let before = settings
        if let idleSeconds { settings.idleSeconds = idleSeconds }
        if let countdownSeconds { settings.countdownSeconds = countdownSeconds }
        if let lockoutMinutes { settings.lockoutMinutes = lockoutMinutes }
        if let maxFailures { settings.maxFailures = maxFailures }
        if settings != before {
            try perform { try service.setKioskSettings(settings, at: context.now) }
        }
        if json {
            try printJSON([
                "idle_seconds": settings.idleSeconds, "countdown_seconds": settings.countdownSeconds,
                "lockout_minutes": settings.lockoutMinutes, "max_failures": settings.maxFailures,
            ])
            return
        }
        if settings != before {
            print(context.text(LocalizedText(zh: "已保存。", en: "Saved.")))
        }
        let lines = [
            LocalizedText(
                zh: "无操作 \(settings.idleSeconds) 秒后开始倒计时",
                en: "Countdown starts after \(settings.idleSeconds) s without a key"),
            LocalizedText(
                zh: "倒计时 \(settings.countdownSeconds) 秒", en: "The countdown lasts \(settings.countdownSeconds) s"),
            LocalizedText(
                zh: "连续输错 \(settings.maxFailures) 次密码后锁定 \(settings.lockoutMinutes) 分钟",
                en: "\(settings.maxFailures) wrong PINs in a row lock a person for \(settings.lockoutMinutes) min"),
        ]
        for line in lines { print(context.text(line)) }
    }
}

/// `yibao operator audit [--json] [--limit N] [--kiosk]`: the audit trail, newest first.
struct OperatorAuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Read the audit trail: sign-ins, wrong PINs, lockouts and every change, newest first.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Show at most this many lines (default 50).") var limit: Int = 50
    @Flag(help: "Only kiosk events (sign-ins, wrong PINs, lockouts, unlocks, PIN and settings changes).") var kiosk =
        false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let context = try Context(global)
        guard limit >= 1 else { throw UsageError("--limit must be 1 or more") }
        let service = try context.openService()
        let entries = try perform { kiosk ? try service.kioskAudit(limit: limit) : try service.audit(limit: limit) }
        if json {
            try printJSON(
                entries.map { e -> [String: Any] in
                    let detail = (try? JSONSerialization.jsonObject(with: Data(e.detail.utf8))) ?? e.detail
                    return ["id": e.id, "at": e.at, "action": e.action, "summary": e.summary, "detail": detail]
                })
            return
        }
        if entries.isEmpty {
            print(context.text(LocalizedText(zh: "审计记录是空的。", en: "The audit trail is empty.")))
        }
        for e in entries {
            print("\(e.at)  \(pad(e.action, 18))  \(Sanitizer.inert(e.summary))")
        }
    }
}
