namespace TrackHub.Edge.Configuration;

/// <summary>Relative paths in a configuration file mean relative to that file, wherever the gateway is started from.</summary>
public static class EdgeConfigurationPaths
{
    public static void Resolve(EdgeOptions options, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(options.StateDirectory))
        {
            options.StateDirectory = Path.GetFullPath(options.StateDirectory, baseDirectory);
        }

        foreach (var source in options.Sources)
        {
            if (!string.IsNullOrWhiteSpace(source.Path))
            {
                source.Path = Path.GetFullPath(source.Path, baseDirectory);
            }

            if (!string.IsNullOrWhiteSpace(source.Site))
            {
                source.Site = Path.GetFullPath(source.Site, baseDirectory);
            }
        }
    }
}
