import Foundation

extension Process {
    /// Waits for the process to end and returns its exit status (128 + N when signal N ended it).
    ///
    /// Foundation's `waitUntilExit` learns of the end from SIGCHLD, and on Linux it can miss it when
    /// many children end at once (the load test's short-lived `yibao` processes): it then waits for
    /// ever beside a zombie. This asks the kernel itself, and leaves the status to Foundation when it
    /// was first.
    public func waitForExitStatus() -> Int32 {
        let pid = processIdentifier
        while isRunning {
            var status: Int32 = 0
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid {
                let signalled = status & 0x7f
                return signalled == 0 ? (status >> 8) & 0xff : 128 + signalled
            }
            usleep(reaped == 0 ? 2_000 : 1_000)  // -1 (ECHILD): Foundation reaped it and is about to say so
        }
        return terminationReason == .uncaughtSignal ? 128 + terminationStatus : terminationStatus
    }
}
