// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "essor",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "essor", targets: ["essor"]),
        .executable(name: "essor-bench", targets: ["essor-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "EssorCore", resources: [.embedInCode("Locales/fr.po")]),
        .target(
            name: "EssorStore",
            dependencies: ["EssorCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "EssorExchange",
            dependencies: [
                "EssorCore", "EssorStore", .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [
                .embedInCode("Templates/emargement.html.mustache"),
                .embedInCode("Templates/emargement.md.mustache"),
                .embedInCode("Templates/compte-rendu.html.mustache"),
                .embedInCode("Templates/compte-rendu.md.mustache"),
                .embedInCode("Templates/dossier.html.mustache"),
                .embedInCode("Templates/page.css.mustache"),
                .embedInCode("Templates/identity.html.mustache"),
                .embedInCode("Templates/rapport.html.mustache"),
                .embedInCode("Templates/rapport.md.mustache"),
                .embedInCode("Templates/fiche-temps.html.mustache"),
                .embedInCode("Templates/fiche-temps.md.mustache"),
            ]),
        .target(name: "EssorUI", dependencies: ["EssorCore", "EssorStore", "EssorExchange"]),
        .target(name: "EssorTerminal", dependencies: ["EssorUI", "CNCurses"]),
        .target(
            name: "EssorConfig",
            dependencies: ["EssorUI", "EssorCore", .product(name: "TOMLKit", package: "TOMLKit")]),
        .executableTarget(
            name: "essor",
            dependencies: [
                "EssorCore", "EssorStore", "EssorUI", "EssorTerminal", "EssorConfig", "EssorExchange",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .systemLibrary(name: "CPty"),
        .executableTarget(
            name: "essor-bench",
            dependencies: [
                "EssorCore", "EssorStore", "EssorUI", "EssorExchange", "CPty",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "EssorTestSupport", dependencies: ["EssorCore"], path: "Tests/EssorTestSupport"),
        .testTarget(name: "EssorCoreTests", dependencies: ["EssorCore"]),
        .testTarget(name: "EssorStoreTests", dependencies: ["EssorStore", "EssorTestSupport"]),
        .testTarget(
            name: "EssorUITests",
            dependencies: ["EssorUI", "EssorStore", "EssorExchange", "EssorTestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "EssorExchangeTests", dependencies: ["EssorExchange", "EssorStore", "EssorTestSupport"],
            exclude: ["Golden"]),
        .testTarget(name: "EssorConfigTests", dependencies: ["EssorConfig", "EssorUI", "EssorTestSupport"]),
        .testTarget(
            name: "EssorEndToEndTests",
            dependencies: ["essor", "essor-bench", "EssorStore", "EssorUI", "EssorTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
