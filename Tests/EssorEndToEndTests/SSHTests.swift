import EssorStore
import EssorTestSupport
import Foundation
import Testing

/// essor over a real SSH connection: sshd on 127.0.0.1, ssh -tt inside
/// tmux, the link dropped in the middle of an edit.
@Suite(.serialized) struct SSHTests {
    let scratch = TemporaryFolder()

    /// An sshd of the test's own, with its own keys, on a free port.
    final class Server {
        let port: Int
        let key: String
        let process: Background

        init(in folder: TemporaryFolder) throws {
            port = Int.random(in: 20_000...40_000)
            key = folder.file("client_ed25519")
            for (file, comment) in [(folder.file("host_ed25519"), "host"), (key, "client")] {
                let made = try run(
                    "/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", file])
                guard made.status == 0 else { throw HarnessError(description: "ssh-keygen: \(made.stderr)") }
            }
            try FileManager.default.copyItem(atPath: key + ".pub", toPath: folder.file("authorized_keys"))
            try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
            let config = """
                Port \(port)
                ListenAddress 127.0.0.1
                HostKey \(folder.file("host_ed25519"))
                AuthorizedKeysFile \(folder.file("authorized_keys"))
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                UsePAM no
                StrictModes no
                PermitRootLogin yes
                PidFile \(folder.file("sshd.pid"))
                """
            try config.write(toFile: folder.file("sshd_config"), atomically: true, encoding: .utf8)
            process = try Background(
                ["/usr/sbin/sshd", "-D", "-e", "-f", folder.file("sshd_config")], log: folder.file("sshd.log")
            )
            // Ready when the port answers.
            let deadline = Date().addingTimeInterval(10)
            while !Self.answers(port), Date() < deadline { usleep(50_000) }
            guard Self.answers(port) else {
                throw HarnessError(description: "sshd did not start: \(process.output)")
            }
        }

        static func answers(_ port: Int) -> Bool {
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            defer { close(fd) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            return withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
                }
            }
        }

        /// `ssh -tt` running `command` on the server.
        func ssh(_ command: String) -> [String] {
            [
                "/usr/bin/ssh", "-tt", "-p", String(port), "-i", key, "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "BatchMode=yes",
                "\(NSUserName())@127.0.0.1", command,
            ]
        }
    }

    @Test func aDroppedLinkKeepsTheFormForTheNextConnection() throws {
        let server = try Server(in: scratch)
        let store = scratch.file("demo.sqlite")
        let essor =
            "LANG=C.UTF-8 TERM=xterm-256color XDG_CONFIG_HOME=\(TmuxSession.quote(IsolatedConfig.path)) "
            + "\(TmuxSession.quote(EssorBinary.path)) demo --store \(TmuxSession.quote(store))"

        let first = try TmuxSession(server.ssh(essor), width: 100, height: 30)
        try first.waitFor("Cohortes · 4", timeout: 20)
        try first.type("3")
        try first.waitFor("Séances · 31")
        try first.type("2a")
        try first.waitFor("Nouvelle structure")
        try first.type("Régie de Quartier du Val")
        try first.waitFor("Régie de Quartier du Val")

        // The link drops: the client dies without a word to the server.
        _ = try run("/usr/bin/pkill", ["-KILL", "-f", "ssh -tt -p \(server.port)"])
        let deadline = Date().addingTimeInterval(15)
        var kept: [StoredDraft] = []
        while kept.isEmpty && Date() < deadline {
            kept = (try? Store.openReadOnly(path: store).drafts(author: NSUserName())) ?? []
            if kept.isEmpty { usleep(100_000) }
        }
        #expect(kept.count == 1, "the draft of the dropped session, sshd said: \(server.process.output)")

        let second = try TmuxSession(server.ssh(essor), width: 100, height: 30)
        try second.waitFor("Reprendre un brouillon ?", timeout: 20)
        try second.type("o")
        let form = try second.waitFor("the form again") {
            $0.contains("Nouvelle structure") && !$0.contains("Reprendre")
        }
        #expect(form.contains("Régie de Quartier du Val"))
        try second.press("C-s")
        try second.waitFor("Enregistré : « Régie de Quartier du Val »")
        try second.type("q")
        #expect(try second.exitStatus() == 0)
    }
}
