import GRDB

extension Database {
    /// Runs one statement through the connection's statement cache: the
    /// writes of a save repeat the same few statements, and compiling them
    /// each time (with GRDB's authorizer) cost a third of a save.
    func run(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }

    /// Every row of one cached query.
    func rows(sql: String, arguments: StatementArguments = StatementArguments()) throws -> [Row] {
        try Row.fetchAll(cachedStatement(sql: sql), arguments: arguments)
    }
}
