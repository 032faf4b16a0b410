import Foundation

/// A fresh folder under the system's temporary directory, removed on deinit.
final class TemporaryFolder {
    let path: String

    init() {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent("essor-tests-\(UUID().uuidString)")
            .path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    func write(_ name: String, _ bytes: Data) -> String {
        let target = file(name)
        _ = FileManager.default.createFile(atPath: target, contents: bytes)
        return target
    }

    static func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
}
