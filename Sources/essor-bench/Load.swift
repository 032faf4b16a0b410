import ArgumentParser
import EssorCore
import EssorStore
import Foundation

/// `essor-bench write-load`: one of several processes writing to a shared
/// store at once (the stress and crash tests start them, and kill some).
/// Each write is one structure with two contacts and one membership, all
/// in one transaction, so a reader can tell a whole write from a partial
/// one.
struct WriteLoad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write-load", abstract: "Writes structures to a shared store, one transaction each.")

    @Option(name: .long, help: "The store.") var store: String
    @Option(name: .long, help: "How many structures to write.") var count = 2_000
    @Option(name: .long, help: "Names start with this tag, then the number.") var tag = "w"
    @Option(name: .long, help: "The cohort each structure joins.") var cohort: Int64 = 1

    func run() throws {
        let store = try Store.open(path: store)
        let author = ChangeAuthor(name: "charge", session: tag)
        var failures = 0
        for index in 0..<count {
            let structure = Structure(
                id: 0, name: "\(tag)-\(index)", legalForm: .association, postcode: "14000", town: "Caen")
            let record = StructureRecord(
                structure: structure,
                contacts: [Contact(name: "\(tag)-\(index)-a"), Contact(name: "\(tag)-\(index)-b")],
                cohortIDs: [cohort], version: 0)
            do {
                try store.save(record, by: author, at: Int64(Date().timeIntervalSince1970))
            } catch {
                failures += 1
                if failures <= 5 { FileHandle.standardError.write(Data("\(tag)-\(index): \(error)\n".utf8)) }
            }
        }
        print("\(tag): \(count - failures) written, \(failures) failed")
        if failures > 0 { throw ExitCode(1) }
    }
}

/// `essor-bench read-load`: a reader polling the store as an open
/// interface does, while writers write; fails on any error.
struct ReadLoad: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read-load", abstract: "Reads a shared store in a loop, as an idle interface polls it.")

    @Option(name: .long, help: "The store.") var store: String
    @Option(name: .long, help: "For how long, in seconds.") var seconds = 5.0

    func run() throws {
        let store = try Store.openReadOnly(path: store)
        let end = Date().addingTimeInterval(seconds)
        var reads = 0
        var last = -1
        while Date() < end {
            let version = try store.dataVersion()
            if version != last {
                last = version
                _ = try store.latestChangeID()
                let ids = try store.structureIDs(order: .name, cohort: nil)
                _ = try store.structureRows(Array(ids.prefix(60)))
            }
            reads += 1
            usleep(2_000)
        }
        print("read-load: \(reads) polls")
    }
}
