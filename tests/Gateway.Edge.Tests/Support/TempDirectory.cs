namespace TrackHub.Edge.Tests.Support;

/// <summary>A fresh folder under the system temp directory, deleted when disposed.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "trackhub-edge-" + Guid.NewGuid().ToString("n")[..12]);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on a failing test; the OS cleans temp
        }
    }
}
