/// What the loop hands a program from outside: the terminal's input, and a tick carrying the current
/// instant (read from the loop's clock) whenever the wait the program asked for runs out.
public enum LoopInput<Instant> {
    case key(Key)
    case resize(Size)
    /// SIGINT, SIGTERM or SIGHUP.
    case signal(Int32)
    /// Time passed: the instant the loop's clock reads now.
    case tick(Instant)
}

extension LoopInput {
    /// The terminal's event as loop input.
    public init(_ event: BackendEvent) {
        switch event {
        case .key(let key): self = .key(key)
        case .resize(let size): self = .resize(size)
        case .signal(let number): self = .signal(number)
        }
    }
}
