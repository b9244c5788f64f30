import Synchronization

/// A request to stop the evaluation running now (Ctrl-C in the REPL). Evaluation loops over
/// entity lists look at it every 1,024 elements and stop early; the caller that requested it
/// must then discard the result, which is incomplete.
public enum Cancellation {
    private static let flag = Atomic<Bool>(false)
    private static let count = Atomic<Int>(0)

    /// Asks the running evaluation to stop. Safe to call from a signal handler.
    public static func request() {
        count.add(1, ordering: .relaxed)
        flag.store(true, ordering: .relaxed)
    }

    /// How many stops were ever requested: work running in the background compares it before
    /// and after, since the flag may have been reset in between.
    public static var requests: Int { count.load(ordering: .relaxed) }

    /// Clears the request before the next evaluation.
    public static func reset() { flag.store(false, ordering: .relaxed) }

    /// True when a stop was requested since the last `reset`.
    public static var isRequested: Bool { flag.load(ordering: .relaxed) }
}
