import Foundation
import PackagePlugin

/// Compiles every file under the package's `Data/` folder into a Swift source file, so the
/// installed binary carries its policy data and needs no source tree at run time.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let dataDirectory = context.package.directoryURL.appending(path: "Data")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles+Table.swift")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: dataDirectory, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        return [
            .buildCommand(
                displayName: "Embedding Data/ (\(inputs.count) files)",
                executable: try context.tool(named: "embed-data-tool").url,
                arguments: [dataDirectory.path(), output.path()],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
