import ChildSpawn
import Foundation

extension Spawn {
    /// A program started with `posix_spawn`: what it reads, where its output goes, and how it ended.
    ///
    /// The child gets only descriptors 0–2 (this test process's others are closed in it, as
    /// `Process` did: a long-lived child holding another test's pipe or a copied program open would
    /// keep that test waiting, or make the program "busy", ETXTBSY), no blocked signals and default
    /// handlers. It is waited for with `waitpid` (never SIGCHLD). A child still running when its
    /// `Child` goes away is killed and reaped, so no test leaves one behind.
    public final class Child: @unchecked Sendable {
        /// Where standard input comes from.
        public enum Input: Sendable {
            /// /dev/null: nothing.
            case none
            /// This text, then the end.
            case text(String)
            /// A pipe the test writes to (`write`, `closeInput`).
            case pipe
        }

        /// Where standard output or error goes.
        public enum Output: Sendable {
            /// /dev/null.
            case discard
            /// A temporary file, read with `output` / `errorOutput` (nothing to drain, so the child never
            /// blocks on a full pipe).
            case capture
            /// A pipe the test reads lines from (`readLine`); standard output only.
            case pipe
            /// Standard error only: to wherever standard output goes.
            case toOutput
        }

        /// How a child ended.
        public struct Ending: Sendable, Equatable {
            /// Its exit code, when it exited.
            public let code: Int32?
            /// The signal that ended it, when one did.
            public let signal: Int32?
            /// The exit code, or 128 + the signal (as a shell says it).
            public var status: Int32 { code ?? 128 + (signal ?? 0) }

            public init(code: Int32?, signal: Int32?) {
                self.code = code
                self.signal = signal
            }

            init(waitStatus: Int32) {
                let signalled = waitStatus & 0x7f
                code = signalled == 0 ? (waitStatus >> 8) & 0xff : nil
                signal = signalled == 0 ? nil : signalled
            }
        }

        public let pid: pid_t
        private let lock = NSLock()
        private var ending: Ending?
        private var inputFD: Int32 = -1
        private let outputFD: Int32
        private var pending = Data()
        private var temporary: [String] = []
        private let outputPath: String?
        private let errorPath: String?

        /// Starts `arguments[0]` (a path, or a name found on PATH) with `environment` (nil: this
        /// process's), in `directory` (nil: this one).
        public init(
            _ arguments: [String], environment: [String: String]? = nil, directory: String? = nil,
            input: Input = .none, output: Output = .discard, error: Output = .discard
        ) throws {
            var descriptors: [ChildSpawn.Descriptor] = []
            var parentEnds: [Int32] = []  // this side's ends of the pipes, kept
            var childEnds: [Int32] = []  // the child's ends, closed here once it started
            defer { childEnds.forEach { close($0) } }
            func makePipe() throws -> (read: Int32, write: Int32) {
                var ends: [Int32] = [0, 0]
                guard pipe(&ends) == 0 else { throw SpawnFailed(program: arguments[0], code: errno) }
                // Not to other programs started meanwhile (the spawn below moves the child's end to 0 or 1).
                ends.forEach { _ = fcntl($0, F_SETFD, FD_CLOEXEC) }
                return (ends[0], ends[1])
            }

            switch input {
            case .none:
                descriptors.append(.open(0, path: "/dev/null", flags: O_RDONLY))
            case .text(let text):
                let path = Spawn.temporaryPath()
                temporary.append(path)
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
                descriptors.append(.open(0, path: path, flags: O_RDONLY))
            case .pipe:
                // A write to a child that stopped reading fails with EPIPE instead of ending the test run.
                _ = Glibc.signal(SIGPIPE, SIG_IGN)
                let ends = try makePipe()
                inputFD = ends.write
                parentEnds.append(ends.write)
                childEnds.append(ends.read)
                descriptors.append(.copy(0, from: ends.read))
            }

            var readEnd: Int32 = -1
            var paths: [Int32: String] = [:]
            for (fd, choice) in [(Int32(1), output), (Int32(2), error)] {
                switch choice {
                case .discard:
                    descriptors.append(.open(fd, path: "/dev/null", flags: O_WRONLY))
                case .capture:
                    let path = Spawn.temporaryPath()
                    temporary.append(path)
                    paths[fd] = path
                    descriptors.append(.open(fd, path: path, flags: O_WRONLY | O_CREAT | O_TRUNC, mode: 0o600))
                case .pipe:
                    precondition(fd == 1, "only standard output is read line by line")
                    let ends = try makePipe()
                    readEnd = ends.read
                    parentEnds.append(ends.read)
                    childEnds.append(ends.write)
                    descriptors.append(.copy(1, from: ends.write))
                case .toOutput:
                    precondition(fd == 2, "only standard error goes to standard output")
                    descriptors.append(.copy(2, from: 1))
                }
            }
            outputFD = readEnd
            outputPath = paths[1]
            errorPath = paths[2]
            // The folder through coreutils' `env --chdir` (Swift's Glibc does not offer posix_spawn's
            // addchdir), and a name looked up on the child's own PATH when it has its own environment;
            // env replaces itself with the program, so `pid` is the program's.
            var arguments = arguments
            if let directory {
                arguments = ["/usr/bin/env", "--chdir=\(directory)", "--"] + arguments
            } else if environment != nil, !arguments[0].contains("/") {
                arguments = ["/usr/bin/env", "--"] + arguments
            }
            do {
                pid = try ChildSpawn.start(arguments, environment: environment, descriptors: descriptors)
            } catch {
                parentEnds.forEach { close($0) }
                temporary.forEach { unlink($0) }
                throw SpawnFailed(program: error.program, code: error.code)
            }
        }

        deinit {
            if ending == nil {
                kill(pid, SIGKILL)
                wait()
            }
            if inputFD >= 0 { close(inputFD) }
            if outputFD >= 0 { close(outputFD) }
            temporary.forEach { unlink($0) }
        }

        /// Writes `text` to the child's standard input (`input: .pipe`).
        public func write(_ text: String) throws {
            let bytes = Array(text.utf8)
            var written = 0
            while written < bytes.count {
                let n = bytes[written...].withUnsafeBytes { Glibc.write(inputFD, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw SpawnFailed(program: "write to \(pid)", code: errno)
                }
                written += n
            }
        }

        /// Ends the child's standard input.
        public func closeInput() {
            if inputFD >= 0 { close(inputFD) }
            inputFD = -1
        }

        /// The next line the child wrote to standard output (`output: .pipe`), without its newline;
        /// nil when its output ended, or nothing whole came within `timeout` seconds.
        public func readLine(timeout: TimeInterval = .infinity) -> String? {
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = pending[pending.startIndex..<newline]
                    pending.removeSubrange(pending.startIndex...newline)
                    return String(decoding: line, as: UTF8.self)
                }
                var poller = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
                let left = deadline.timeIntervalSinceNow
                if left <= 0 { return nil }
                let ready = poll(&poller, 1, left.isInfinite ? -1 : Int32(min(left * 1000, 60_000).rounded(.up)))
                if ready < 0 && errno == EINTR { continue }
                if ready <= 0 { continue }
                var buffer = [UInt8](repeating: 0, count: 4096)
                let n = Glibc.read(outputFD, &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return nil }
                pending.append(contentsOf: buffer[0..<n])
            }
        }

        /// Sends `signal` (SIGKILL, SIGTERM, …) to the child, unless it was already waited for.
        public func signal(_ signal: Int32) {
            lock.withLock {
                if ending == nil { _ = kill(pid, signal) }
            }
        }

        /// Whether the child is still running (asks the kernel; an ended child is reaped).
        public var isRunning: Bool { reap(blocking: false) == nil }

        /// Waits up to `timeout` seconds for the child to end; nil if it was still running then.
        public func wait(timeout: TimeInterval) -> Ending? {
            let deadline = Date().addingTimeInterval(timeout)
            while true {
                if let ending = reap(blocking: false) { return ending }
                if Date() >= deadline { return nil }
                usleep(2_000)
            }
        }

        /// Waits for the child to end, for as long as it takes.
        @discardableResult
        public func wait() -> Ending { reap(blocking: true)! }

        /// What the child wrote to standard output (`output: .capture`), so far.
        public var output: String { Self.read(outputPath) }

        /// What the child wrote to standard error (`error: .capture`), so far.
        public var errorOutput: String { Self.read(errorPath) }

        private static func read(_ path: String?) -> String {
            String(decoding: path.flatMap { FileManager.default.contents(atPath: $0) } ?? Data(), as: UTF8.self)
        }

        /// The child's ending, asking the kernel when it is not known yet (not under the lock while
        /// blocked, so another thread may signal the child meanwhile).
        private func reap(blocking: Bool) -> Ending? {
            if let known = lock.withLock({ ending }) { return known }
            var status: Int32 = 0
            while true {
                let reaped = waitpid(pid, &status, blocking ? 0 : WNOHANG)
                if reaped == pid {
                    return lock.withLock {
                        ending = Ending(waitStatus: status)
                        return ending
                    }
                }
                if reaped == -1 && errno == EINTR { continue }
                if reaped == 0 { return nil }
                // ECHILD: another thread reaped it and is about to say how it ended (or, never expected,
                // something else did: then the ending is unknown, code -1).
                for _ in 0..<1_000 {
                    if let known = lock.withLock({ ending }) { return known }
                    usleep(1_000)
                }
                return lock.withLock {
                    ending = ending ?? Ending(code: -1, signal: nil)
                    return ending
                }
            }
        }
    }
}
