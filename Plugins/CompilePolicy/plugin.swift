import Foundation
import PackagePlugin

/// Compiles `Data/policy/regions.yaml` into Swift values (`BuiltInPolicy.regionOverrides`), read by the
/// app before its first screen for each account's insurance year: no YAML is parsed at start-up. The
/// file is checked by Yibao's own policy reader while building; a file it refuses stops the build.
@main
struct CompilePolicy: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let regions = context.package.directoryURL.appending(path: "Data/policy/regions.yaml")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInPolicy+Regions.swift")
        return [
            .buildCommand(
                displayName: "Compiling Data/policy/regions.yaml",
                executable: try context.tool(named: "compile-policy-tool").url,
                arguments: [regions.path(), output.path()],
                inputFiles: [regions],
                outputFiles: [output]
            )
        ]
    }
}
