import BeredskabKit
import CFuzzerDriver
import Foundation

/// libFuzzer target for `FuzzTargets.markdownLinks`; built and run by `make fuzz`.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTargets.markdownLinks(data.map { Data(bytes: $0, count: size) } ?? Data())
    return 0
}

/// SwiftPM names an executable's entry point `FuzzMarkdownLinks_main`; it hands over to libFuzzer.
@_cdecl("FuzzMarkdownLinks_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzOne(data, size) }
}
