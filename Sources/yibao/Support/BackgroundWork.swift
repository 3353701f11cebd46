import Foundation
import YibaoUI

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

/// A data file's value at start-up: made when first read (built-in files), or being parsed on another
/// thread now (an operator's folder, whose errors stop the start).
enum DataFile<Value: Sendable> {
    case later(Deferred<Value>)
    case parsing(BackgroundWork<Value>)

    /// Waits for the parse (and throws its error); does nothing for a value made later.
    @discardableResult
    func value() throws -> Value? {
        switch self {
        case .later: return nil
        case .parsing(let work): return try work.value()
        }
    }

    /// The value as the environment holds it.
    func deferred() throws -> Deferred<Value> {
        switch self {
        case .later(let deferred): return deferred
        case .parsing(let work): return Deferred(try work.value())
        }
    }
}
