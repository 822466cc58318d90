namespace TrackHub.Hub.Persistence.Rows;

/// <summary>One imported configuration document (table <c>configuration_versions</c>); the highest version is active.</summary>
public sealed class ConfigurationVersionRow
{
    public long Version { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public required string Document { get; set; }

    public string? Note { get; set; }
}
