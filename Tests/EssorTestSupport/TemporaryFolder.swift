import Foundation

/// A fresh folder under the system's temporary directory, removed on deinit.
public final class TemporaryFolder: @unchecked Sendable {
    public let path: String

    public init() {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent("essor-tests-\(UUID().uuidString)")
            .path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    public func write(_ name: String, _ bytes: Data) -> String {
        let target = file(name)
        _ = FileManager.default.createFile(atPath: target, contents: bytes)
        return target
    }

    public static func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
}
