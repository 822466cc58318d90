using TrackHub.Testing;
using TrackHub.Testing.Processes;

namespace TrackHub.EndToEnd.Tests;

/// <summary>The edge gateway's <c>replay</c> command as a real process.</summary>
internal static class EdgeReplay
{
    public static ManagedProcess Start(string brokerUrl, string stateDirectory, string gateway, IEnumerable<string> files, params string[] options) =>
        ManagedProcess.StartDotnet(
            "edge",
            RepoPaths.BuiltProgram("Gateway.Edge", "TrackHub.Gateway.Edge"),
            ["replay", .. files, "--gateway", gateway, "--broker", brokerUrl, "--state", stateDirectory, .. options]);

    /// <summary>Runs a replay to the end: the edge exits 0 once the hub has acknowledged everything.</summary>
    public static async Task RunAsync(string brokerUrl, string stateDirectory, string gateway, IEnumerable<string> files, params string[] options)
    {
        await using var edge = Start(brokerUrl, stateDirectory, gateway, files, options);
        var exit = await edge.WaitForExitAsync(TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, $"the edge replay exited with {exit}:\n{edge.Output}");
    }
}
