import EssorCore
import EssorStore

/// Writes one document in the formats asked for, side by side in a
/// folder and never over an existing file: `base.md`, `base.html` and
/// `base.pdf` (made from the HTML, when WeasyPrint is installed).
public enum DocumentSet {
    public struct Written: Equatable, Sendable {
        public var paths: [String]
        /// Why the PDF asked for was not written (the HTML was).
        public var pdfProblem: PDFRenderer.Problem?
    }

    public static func write(
        markdown: String?, html: String, base: String, in folder: String, pdf: Bool
    ) throws(FileError) -> Written {
        var paths: [String] = []
        if let markdown { paths.append(try ExportFiles.write(markdown, name: base + ".md", in: folder)) }
        paths.append(try ExportFiles.write(html, name: base + ".html", in: folder))
        var problem: PDFRenderer.Problem?
        if pdf {
            do {
                let bytes = try PDFRenderer.render(html)
                paths.append(try ExportFiles.write(bytes: bytes, name: base + ".pdf", in: folder))
            } catch let error as PDFRenderer.Problem {
                problem = error
            } catch let error as FileError {
                throw error
            } catch {
                problem = .failed(status: -1, message: String(describing: error))
            }
        }
        return Written(paths: paths, pdfProblem: problem)
    }
}
