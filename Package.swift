// swift-tools-version:6.0
import Foundation
import PackageDescription

// `make dist` links cmark statically (libcmark.a from libcmark-dev), so the released
// binary needs no libcmark on the machine that runs it; other builds link it as usual.
let cmarkLinkage: LinkerSetting = ProcessInfo.processInfo.environment["BEREDSKAB_STATIC_CMARK"] != nil
    ? .unsafeFlags(["-Xlinker", "-l:libcmark.a"])
    : .linkedLibrary("cmark")

let package = Package(
    name: "beredskab",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "beredskab", targets: ["beredskab"]),
        .library(name: "BeredskabKit", targets: ["BeredskabKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // cmark's header is in the standard include path; the library is named in
        // BeredskabKit's linker settings, so a release can link it statically.
        .systemLibrary(
            name: "CCmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CQRencode",
            pkgConfig: "libqrencode",
            providers: [.apt(["libqrencode-dev"])]
        ),
        // renameat2 and syncfs, which Swift's Glibc module does not import.
        .target(name: "CFileSystem"),
        .target(
            name: "BeredskabKit",
            dependencies: [
                "CCmark",
                "CFileSystem",
                .product(name: "Yams", package: "Yams"),
            ],
            linkerSettings: [cmarkLinkage]
        ),
        .target(
            name: "BeredskabServer",
            dependencies: ["BeredskabKit"]
        ),
        .executableTarget(
            name: "beredskab",
            dependencies: [
                "BeredskabKit",
                "BeredskabServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "BeredskabKitTests",
            // libqrencode only as the reference our QR codes are held against.
            dependencies: ["BeredskabKit", "BeredskabServer", "CQRencode"]
        ),
    ]
)

// libFuzzer targets exist only for `make fuzz` (BEREDSKAB_FUZZ=1): they need libFuzzer,
// which only a -sanitize=fuzzer build links.
if ProcessInfo.processInfo.environment["BEREDSKAB_FUZZ"] != nil {
    package.targets.append(.target(name: "CFuzzerDriver", path: "Fuzz/CFuzzerDriver"))
    for name in ["FrontMatter", "YAML", "CSV", "MarkdownLinks"] {
        package.targets.append(.executableTarget(
            name: "Fuzz" + name, dependencies: ["BeredskabKit", "CFuzzerDriver"], path: "Fuzz/" + name,
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
    }
}
