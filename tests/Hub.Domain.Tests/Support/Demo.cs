using System.Text.Json;
using TrackHub.Domain;
using TrackHub.Shared.Configuration;
using TrackHub.Testing;

namespace TrackHub.Hub.Domain.Tests.Support;

/// <summary>The demo configuration (<c>deploy/demo/site.json</c>) and the ids the tests use from it.</summary>
internal static class Demo
{
    public const string Site = "north-depot";
    public const string Reader = "gate-reader";
    public const int OutsideAntenna = 1;
    public const int InsideAntenna = 2;

    public const string Drill1Epc = "30340242201d884000000001";
    public const string Drill2Epc = "30340242201d884000000002";
    public const string Grinder1Epc = "30340242201d884000000003";
    public const string Drill1Beacon = "ibeacon:fda50693-a4e2-4fb1-afcf-c6eb07647825:100:1";
    public const string AmyBadgeEpc = "350000000000000000000001";
    public const string BenBadgeEpc = "350000000000000000000002";

    public static SiteDocument Document() =>
        JsonSerializer.Deserialize(File.ReadAllText(RepoPaths.InRepo("deploy", "demo", "site.json")), ConfigurationJsonContext.Default.SiteDocument)
        ?? throw new InvalidOperationException("deploy/demo/site.json is empty");

    public static SiteModel Model() => Compile(Document());

    public static SiteModel Compile(SiteDocument document)
    {
        var result = SiteModel.Compile(document);
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        return result.Model!;
    }
}
