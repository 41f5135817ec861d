import Foundation

/// With BEREDSKAB_TIMINGS=1 in the environment, prints how long each stage took
/// (to standard error), for profiling; otherwise does nothing.
struct StageTimer {
    private let enabled = ProcessInfo.processInfo.environment["BEREDSKAB_TIMINGS"] == "1"
    private var last = DispatchTime.now()
    var prefix = ""

    init(prefix: String = "") { self.prefix = prefix }

    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now()
        let ms = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        FileHandle.standardError.write(Data("\(prefix)\(stage): \(Int(ms.rounded())) ms, \(Self.residentMegabytes()) MB resident\n".utf8))
        last = now
    }

    /// The process's resident memory now (Linux `/proc/self/statm`), for the timings.
    static func residentMegabytes() -> Int {
        guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
              let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return pages * 4096 / 1_048_576
    }
}
