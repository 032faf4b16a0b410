import EssorCore
import EssorStore
import Foundation
import Synchronization

/// Builds the filter indexes on a background thread, over a connection of
/// its own, so that the first `/` on a large store is instant. Results are
/// tagged with the store generation they were read at: one read before a
/// change is dropped.
final class Prefetcher: Sendable {
    private let ready = Mutex<[(generation: Int, panel: PanelID, index: SearchIndex)]>([])

    func start(path: String, generation: Int, panels: [PanelID]) {
        DispatchQueue.global(qos: .utility).async { [self] in
            guard let reader = try? Store.openReadOnly(path: path) else { return }
            for panel in panels {
                let index = try? PanelRegistry.module(panel).searchIndex(reader)
                if let index { ready.withLock { $0.append((generation, panel, index)) } }
            }
            try? reader.close()
        }
    }

    /// The indexes built since last asked.
    func take() -> [(generation: Int, panel: PanelID, index: SearchIndex)] {
        ready.withLock { found in
            defer { found = [] }
            return found
        }
    }
}
