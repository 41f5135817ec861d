public enum BeredskabVersion {
    public static let current = "0.1.0"
}
