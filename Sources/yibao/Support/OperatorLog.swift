import Foundation
import YibaoCore

/// The operator's log: the system log (journald or syslog, facility user, tag `yibao-kiosk`). What a
/// kiosk must not show visitors (a file's path, `--store`, a failure's details) is written here, and
/// also to the audit trail where the store can still be written.
enum OperatorLog {
    static func write(_ text: String) {
        openlog("yibao-kiosk", LOG_PID, LOG_USER)
        text.withCString { message in
            withVaList([message]) { vsyslog(LOG_WARNING, "%s", $0) }
        }
        closelog()
    }
}
