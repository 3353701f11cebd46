/// The files of the package's `Data/` folder, compiled into the binary (see Plugins/EmbedData).
///
/// Keys are paths relative to `Data/`, such as `policy/national.yaml`.
public enum EmbeddedFiles {
    /// Every embedded file, keyed by its path relative to `Data/`.
    public static var all: [String: String] { table }
}
