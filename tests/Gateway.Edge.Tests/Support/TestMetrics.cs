using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using TrackHub.Edge.Diagnostics;

namespace TrackHub.Edge.Tests.Support;

public static class TestMetrics
{
    private static readonly IMeterFactory Factory = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    public static EdgeMetrics Create() => new(Factory);
}
