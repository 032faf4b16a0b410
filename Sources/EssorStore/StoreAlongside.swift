import EssorCore

extension Store {
    /// Starts `body` on another thread (`Alongside`) over a read-only
    /// connection of its own, and returns what waits for its result. Each
    /// part is its own transaction. Where no second connection can be
    /// opened, `body` runs on this store at once, before this returns (so
    /// that waiting never reads this store from inside one of its reads).
    func alongside<T: Sendable>(_ body: @escaping @Sendable (Store) throws -> T) -> () throws -> T {
        guard let reader = try? Store.openReadOnly(path: path) else {
            let result = Result { try body(self) }
            return { try result.get() }
        }
        let work = Alongside { () -> Result<T, any Error> in
            defer { try? reader.close() }
            return Result { try body(reader) }
        }
        return { try work.wait().get() }
    }
}
