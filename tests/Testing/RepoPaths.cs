namespace TrackHub.Testing;

/// <summary>Where things are: the repository root (found from the test binaries) and <c>../shared/realdata</c> beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The real device captures; CI has <c>../shared</c> beside the checkout.</summary>
    public static string RealData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "realdata"));
            return Directory.Exists(path)
                ? path
                : throw new DirectoryNotFoundException($"The real device captures are not at {path}: the tests expect the 'shared' folder beside the checkout (as CI has it).");
        }
    }

    public static string RealDataFile(params string[] parts) => Path.Combine([RealData, .. parts]);

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The build configuration the tests were built in (Debug or Release), read from their own path.</summary>
    public static string Configuration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>A program of this repository as built alongside the tests, e.g. <c>BuiltProgram("Hub.Server", "TrackHub.Hub.Server")</c>.</summary>
    public static string BuiltProgram(string projectFolder, string assemblyName) =>
        Path.Combine(Root, projectFolder, "bin", Configuration, "net10.0", assemblyName + ".dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrackHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"TrackHub.sln not found above {AppContext.BaseDirectory}");
    }
}
