/// Facts about this build of Accord.
public enum AccordInfo {
    /// The version printed by `accord --version`.
    public static let version = "0.1.0"
}
