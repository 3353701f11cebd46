import Foundation

/// Reads a pipe to its end on a thread of its own, so the reader can stop waiting for an end that a
/// stray inherited descriptor holds open: a program started at the same moment by another test thread
/// (a tmux server) can inherit the pipe's write end and keep it open long after the writer ended.
public final class PipeReader: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer = Data()
    private let finished = DispatchSemaphore(value: 0)

    public init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.withLock { buffer.append(chunk) }
            }
            finished.signal()
        }
    }

    /// Everything read when the pipe ended, or by `deadline`, whichever comes first.
    public func data(waitingUntil deadline: Date) -> Data {
        _ = finished.wait(timeout: .now() + max(0, deadline.timeIntervalSinceNow))
        return lock.withLock { buffer }
    }
}
