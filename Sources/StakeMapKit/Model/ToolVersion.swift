/// The version of stakemap, the one place it is written: `stakemap --version` prints it.
public enum ToolVersion {
    public static let current = "0.1.0"
}
