/// Which audience a build is for. Contacts marked `intern` exist only in the
/// intranet build: in the public build they are removed before anything is rendered.
public enum BuildTarget: String, Sendable, CaseIterable {
    case offentlig
    case intranet
}
