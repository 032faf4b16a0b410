/// Why a store is open read-only.
public enum ReadOnlyReason: Equatable, Sendable {
    /// `--read-only`, or a session that only follows (projector).
    case asked
    /// The file or its folder cannot be written (the path that cannot).
    case notWritable(String)
    /// The store was written by a newer essor.
    case newerSchema
}
