// swift-tools-version:6.0
// Yibao (医保): a terminal companion for China's employee medical-insurance personal account.
// Layout and dependency rules: docs/ARCHITECTURE.md (nothing but NcursesBackend imports CNCursesw).
import PackageDescription

// Release builds fetch concrete generic types' metadata through their accessors, not by mangled name: a
// mangled name makes the runtime look up each generic requirement's conformance by scanning every
// conformance record of the static binary (~560,000 instructions each, ~30 before the first Home;
// docs/performance.md, round four). Here for a plain `swift build -c release`; packaging/release-build, which
// every shipped and measured build goes through, gives it to the dependencies too (round five).
let ownCode: [SwiftSetting] = [
    .unsafeFlags(
        ["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

let package = Package(
    name: "Yibao",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "yibao", targets: ["yibao"]),
        .executable(name: "yibao-bench", targets: ["yibao-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "5.0.1"),
        // PBKDF2 for kiosk PINs (`_CryptoExtras`); see docs/kiosk-operator.md.
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        // The fleet's shared store (docs/fleet.md): PostgreSQL through its Swift client.
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "YibaoCore", dependencies: [.product(name: "Yams", package: "Yams")], swiftSettings: ownCode),
        .target(
            name: "YibaoStore",
            dependencies: [
                "YibaoCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: ownCode
        ),
        // The one place changes are made and snapshots read (docs/ARCHITECTURE.md): the command line,
        // the app and the kiosk all go through it; nothing else calls the store.
        // The same store behaviour on a PostgreSQL server, for a fleet of kiosks (docs/fleet.md).
        .target(
            name: "YibaoPostgres",
            dependencies: ["YibaoCore", "YibaoStore", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: ownCode
        ),
        .target(
            name: "YibaoService", dependencies: ["YibaoCore", "YibaoStore", "YibaoPostgres", "YibaoData"],
            swiftSettings: ownCode),
        .target(name: "ScreenKit", swiftSettings: ownCode),
        // How every program is started from Yibao, the bench and the tests: posix_spawn, never Foundation's
        // Process (docs/DECISIONS.md).
        .target(name: "ChildSpawn", swiftSettings: ownCode),
        .target(name: "YibaoUI", dependencies: ["YibaoCore", "ScreenKit"], swiftSettings: ownCode),
        .target(name: "NcursesBackend", dependencies: ["ScreenKit", "CNCursesw"], swiftSettings: ownCode),
        .executableTarget(
            name: "yibao",
            dependencies: [
                "YibaoCore", "YibaoStore", "YibaoService", "YibaoUI", "ScreenKit", "NcursesBackend", "ChildSpawn",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "YibaoData", "YibaoBuiltInPolicy",
            ],
            swiftSettings: ownCode,
            plugins: ["EmbedVersion"]
        ),
        // Tests only (docs/reliability.md): a writer making changes in a loop for the reliability tests.
        // Its own program, never part of the `yibao` product.
        .executableTarget(
            name: "yibao-stress",
            dependencies: [
                "YibaoCore", "YibaoStore", "YibaoPostgres", "YibaoData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark: drives the real binary in a pseudo-terminal beside `dialog` (docs/performance.md).
        .executableTarget(
            name: "yibao-bench", dependencies: ["YibaoCore", "YibaoStore", "YibaoPostgres", "YibaoData", "ChildSpawn"]),
        // What Yibao must do from start to Home, in C with nothing else: the benchmark's measure of how
        // much of Yibao's own start-up is the work itself (docs/performance.md, round eight).
        .executableTarget(
            name: "yibao-c-home", linkerSettings: [.linkedLibrary("sqlite3"), .linkedLibrary("ncursesw")]),
        // Data/ (policy tables, rule texts, demo household) is compiled into the binary by the
        // EmbedData plugin, so an installed `yibao` works without the source tree.
        .target(name: "YibaoData", swiftSettings: ownCode, plugins: ["EmbedData"]),
        .executableTarget(name: "embed-data-tool", path: "Plugins/EmbedDataTool"),
        // Data/policy/regions.yaml as Swift values, checked by Yibao's own reader while building, so the
        // first screen parses no YAML (docs/performance.md, round six).
        .target(name: "YibaoBuiltInPolicy", dependencies: ["YibaoCore"], swiftSettings: ownCode, plugins: ["CompilePolicy"]),
        .executableTarget(name: "compile-policy-tool", dependencies: ["YibaoCore"], path: "Plugins/CompilePolicyTool"),
        .plugin(name: "CompilePolicy", capability: .buildTool(), dependencies: ["compile-policy-tool"]),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data-tool"]),
        // The one VERSION file, compiled into `yibao --version` (docs/packaging.md).
        .plugin(name: "EmbedVersion", capability: .buildTool()),
        .target(
            name: "TestSupport",
            dependencies: [
                "ScreenKit", "ChildSpawn",
            ],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "YibaoCoreTests",
            dependencies: ["YibaoCore", "YibaoBuiltInPolicy", "TestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "YibaoStoreTests", dependencies: ["YibaoStore", "TestSupport"]),
        .testTarget(
            name: "YibaoServiceTests",
            dependencies: ["YibaoService", "YibaoStore", "YibaoPostgres", "YibaoCore", "YibaoData", "TestSupport"]),
        .testTarget(name: "ScreenKitTests", dependencies: ["ScreenKit", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "YibaoUITests", dependencies: ["YibaoUI", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(
            name: "CLITests", dependencies: ["yibao", "YibaoService", "YibaoStore", "YibaoCore", "YibaoData", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["yibao", "TestSupport"]),
        // Issue 5: processes killed mid-write, eight writers at once, damaged and read-only stores, through
        // the real binary, checked against the store itself (docs/reliability.md).
        .testTarget(
            name: "ReliabilityTests",
            dependencies: [
                "yibao", "yibao-stress", "YibaoStore", "YibaoPostgres", "YibaoCore", "TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(name: "BenchTests", dependencies: ["yibao-bench", "yibao", "yibao-c-home", "TestSupport"]),
        // Issue 20: packaging/build-deb's package, built from its own release build (docs/packaging.md).
        .testTarget(name: "PackagingTests", dependencies: ["TestSupport"]),
    ]
)
