import YibaoCore

/// Policy tables compiled into the program from the built-in `Data/` files at build time (the
/// CompilePolicy plugin), for what the first screen needs without parsing YAML (docs/performance.md,
/// round six). An operator's policy folder is still parsed at run time; these are the built-in files'
/// values only, and the tests check that they equal what the run-time reader makes of the same files.
public enum BuiltInPolicy {
    /// The entries of the built-in `Data/policy/regions.yaml`, as `PolicyBook.regionOverrides(files:)`
    /// reads them.
    public static var regionOverrides: [RegionOverride] { compiledRegionOverrides }
}
