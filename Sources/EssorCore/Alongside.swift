import Dispatch
import Synchronization

/// Work started on another thread and waited for later: two independent
/// parts of one computation take the longer part's time on two cores,
/// not their sum.
public final class Alongside<T: Sendable>: Sendable {
    private let result = Mutex<T?>(nil)
    private let done = DispatchSemaphore(value: 0)

    public init(_ body: @escaping @Sendable () -> T) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let value = body()
            result.withLock { $0 = value }
            done.signal()
        }
    }

    /// The result, once `body` has returned (at once after the first wait).
    public func wait() -> T {
        done.wait()
        done.signal()
        return result.withLock { $0! }
    }
}
