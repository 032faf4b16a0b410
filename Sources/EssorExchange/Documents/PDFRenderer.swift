import EssorCore
import Foundation

/// Turns an HTML document into an A4 PDF with WeasyPrint (Debian's
/// `weasyprint` package), found on the PATH when asked for. essor does
/// not need it otherwise: without it, the HTML is written and the message
/// says how to install it.
public enum PDFRenderer {
    public enum Problem: Error, Equatable, Sendable {
        /// `weasyprint` is not on the PATH.
        case notInstalled
        /// It ran and failed, with the end of what it said.
        case failed(status: Int32, message: String)
    }

    /// The path of the `weasyprint` program, or nil.
    public static func program(environment: [String: String] = ProcessInfo.processInfo.environment) -> String?
    {
        if let chosen = environment["ESSOR_WEASYPRINT"] {
            return chosen.isEmpty
                ? nil : (FileManager.default.isExecutableFile(atPath: chosen) ? chosen : nil)
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/weasyprint"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// The PDF's bytes for `html`. Files go through a private temporary
    /// folder, removed afterwards.
    public static func render(_ html: String) throws(Problem) -> [UInt8] {
        guard let program = program() else { throw .notInstalled }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "essor-pdf-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .failed(status: -1, message: String(describing: error))
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("document.html")
        let output = folder.appendingPathComponent("document.pdf")
        do {
            try Data(OutputText.document(html).utf8).write(to: input)
        } catch {
            throw .failed(status: -1, message: String(describing: error))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        // No network: a template's remote image or font is not fetched.
        process.arguments = ["--quiet", "--base-url", folder.path, input.path, output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .failed(status: -1, message: String(describing: error))
        }
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path)
        else {
            let text = OutputText.clean(String(decoding: said.suffix(600), as: UTF8.self), for: .file)
            throw .failed(status: process.terminationStatus, message: text.trimmingSpaces)
        }
        return [UInt8](data)
    }
}
