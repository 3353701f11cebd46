/// How the loop treats one of a program's effects.
public enum EffectHandling: Hashable, Sendable {
    /// The program performs it at once; the events it returns are updated next.
    case perform
    /// It takes a while (hashing a PIN, a slow query): the loop first finishes the events in hand and
    /// draws the state, so what the program shows meanwhile ("checking…") is on screen, then performs it.
    case performAfterDrawing
    /// Not performed by the program: the next draw clears and repaints every cell of the terminal.
    case clearScreen
}
