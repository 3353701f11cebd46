#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A value made the first time it is read, then kept: the app's rule texts and policy tables are parsed
/// when a screen first needs them, not before the first screen (docs/performance.md). Safe to read from
/// any thread; a value given at once is simply kept.
public final class Deferred<Value: Sendable>: @unchecked Sendable {
    // Guarded by `mutex`: `make` until the first read, then `made`.
    private var mutex = pthread_mutex_t()
    private var make: (@Sendable () -> Value)?
    private var made: Value?

    /// A value already made.
    public init(_ value: Value) {
        pthread_mutex_init(&mutex, nil)
        made = value
    }

    /// A value `make` makes on the first read (on the reading thread).
    public init(making make: @escaping @Sendable () -> Value) {
        pthread_mutex_init(&mutex, nil)
        self.make = make
    }

    deinit { pthread_mutex_destroy(&mutex) }

    /// The value, made now if this is the first read.
    public var value: Value {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        if let made { return made }
        let value = make!()
        made = value
        make = nil
        return value
    }

    /// Whether the value has been made (for tests and the benchmark's notes).
    public var isMade: Bool {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return made != nil
    }
}
