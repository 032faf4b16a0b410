/// essor's version, as `essor --version` prints it and the Debian package
/// is numbered (`scripts/package`).
public enum EssorVersion {
    public static let current = "0.14.0"
}
