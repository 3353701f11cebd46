import Foundation

/// Work started on another thread now and waited for later: the app parses its policy and rule files
/// (YAML and Markdown, the largest part of starting) while the store opens and the terminal starts.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before `done` is signalled, read only after waiting for it.
    private var result: Result<Value, any Error>?

    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            result = Result { try work() }
            done.signal()
        }
        thread.stackSize = 8 << 20  // the YAML reader recurses; give it what the main thread has
        thread.start()
    }

    /// Waits for the work to finish; returns its value or throws its error.
    func value() throws -> Value {
        done.wait()
        done.signal()  // a second call returns at once
        return try result!.get()
    }
}
