namespace TrackHub.Testing;

/// <summary>Where things are: the repository root (found from the test binaries) and <c>../shared/realdata</c> beside it.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The real device captures; CI has <c>../shared</c> beside the checkout.</summary>
    public static string RealData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "realdata"));

    public static string RealDataFile(params string[] parts) => Path.Combine([RealData, .. parts]);

    public static string InRepo(params string[] parts) => Path.Combine([Root, .. parts]);

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
