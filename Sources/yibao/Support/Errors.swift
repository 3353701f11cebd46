import YibaoCore

/// The model or the store refused: exit code 1, message on stderr in the user's language.
struct Refused: Error {
    let message: LocalizedText
    init(_ message: LocalizedText) { self.message = message }
    init(_ error: any UserFacingError) { self.message = error.message }
    init(policyFile error: PolicyFileError) {
        message = LocalizedText(
            zh: "政策文件有误，未作任何更改：\(error.description)",
            en: "A policy file is wrong; nothing was changed: \(error.description)")
    }
}

/// The command line itself was wrong: exit code 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
