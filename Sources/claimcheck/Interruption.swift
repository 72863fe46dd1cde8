import ArgumentParser
import Foundation
import Synchronization

/// SIGINT and SIGTERM stop a batch cleanly: the handler only records the signal, workers stop taking new
/// articles, and the command writes a summary saying the run was interrupted before exiting 128 + signal.
enum Interruption {
    /// The signal received, or 0. An atomic store is async-signal-safe; nothing else happens in the handler.
    private static let received = Atomic<Int32>(0)

    static func install() {
        // A parent may have started claimcheck with these signals blocked (Foundation's Process does);
        // a handler for a blocked signal would never run.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        sigaddset(&mask, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        for signalNumber in [SIGINT, SIGTERM] {
            signal(signalNumber) { number in
                // A second signal means "stop now": the default action ends the process at once.
                if Interruption.received.exchange(number, ordering: .relaxed) != 0 { signal(number, SIG_DFL); raise(number) }
            }
        }
    }

    /// The signal that asked the batch to stop, if any.
    static var requestedBy: Int32? {
        let number = received.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }

    /// The conventional shell status for a process stopped by `signal`: 130 for SIGINT, 143 for SIGTERM.
    static func exitCode(for signal: Int32) -> ExitCode { ExitCode(128 + signal) }
}
