using System.Text.Json;
using TrackHub.Shared.Configuration;
using TrackHub.Shared.Tests.Support;
using TrackHub.Testing;

namespace TrackHub.Shared.Tests.Configuration;

public sealed class SiteConfigSchemaTests
{
    private static string DemoSite => File.ReadAllText(RepoPaths.InRepo("deploy", "demo", "site.json"));

    [Fact]
    public void The_demo_site_is_valid_and_reads_into_a_site_document()
    {
        var check = ContractSchemas.Check(ContractSchemas.SiteConfig, DemoSite);
        var document = JsonSerializer.Deserialize(DemoSite, ConfigurationJsonContext.Default.SiteDocument)!;

        Assert.True(check.IsValid, check.ToString());
        Assert.Equal("Europe/London", Assert.Single(document.Sites).TimeZone);
        Assert.Equal(48, document.Assets.Count);
        Assert.Equal("engine", document.Assets.Single(a => a.Id == "gen-7").RunHours);
        Assert.Equal([1], Assert.Single(document.Gates).OutsideAntennas);
        Assert.Equal(120, document.Geofences.Single(g => g.Id == "customer-site-a").Circle!.Radius);
    }

    [Theory]
    [InlineData("samples", "visnjan-car.json")]
    [InlineData("samples", "black-forest-van.json")]
    public void The_sample_configurations_are_valid(string folder, string file)
    {
        var text = File.ReadAllText(RepoPaths.InRepo("deploy", folder, file));
        var check = ContractSchemas.Check(ContractSchemas.SiteConfig, text);
        var document = JsonSerializer.Deserialize(text, ConfigurationJsonContext.Default.SiteDocument)!;

        Assert.True(check.IsValid, check.ToString());
        Assert.Single(document.Assets, a => a.Tags.Any(t => t.StartsWith("dev:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_document_that_leaves_optional_parts_out_reads_with_their_defaults()
    {
        const string text = """{"sites":[{"id":"a","name":"A","timeZone":"UTC"}],"assets":[{"id":"x","name":"X","tags":["epc:0a"]}]}""";

        var document = JsonSerializer.Deserialize(text, ConfigurationJsonContext.Default.SiteDocument)!;

        Assert.Equal(1, document.Version);
        Assert.Empty(document.Zones);
        Assert.Equal(10, document.Rules.GateWindowSeconds);
        Assert.Equal(("tool", "general"), (document.Assets[0].Kind, document.Assets[0].Category));
    }

    [Fact]
    public void A_document_with_every_property_set_is_valid_so_the_schema_knows_every_property()
    {
        var document = new SiteDocument
        {
            Schema = "site-config.schema.json",
            Sites = [new SiteDefinition { Id = "s", Name = "S", TimeZone = "Europe/Zagreb", Plan = new PlanDefinition { Width = 10, Height = 5, Image = "plan.png" } }],
            Zones = [new ZoneDefinition { Id = "z", Site = "s", Name = "Z", Kind = "bay", Area = [[0, 0], [10, 0], [10, 5]] }],
            Geofences =
            [
                new GeofenceDefinition { Id = "f", Name = "F", Site = "s", Polygon = [[13.7, 45.2], [13.8, 45.2], [13.8, 45.3], [13.7, 45.2]] },
                new GeofenceDefinition { Id = "c", Name = "C", Circle = new CircleDefinition { Lat = 45.27, Lon = 13.71, Radius = 50 } },
            ],
            Gateways = [new GatewayDefinition { Id = "gw-1", Site = "s", Name = "Cabinet" }],
            Readers = [new ReaderDefinition { Id = "r", Site = "s", Zone = "z", Gateway = "gw-1" }],
            Gates =
            [
                new GateDefinition
                {
                    Id = "g", Site = "s", Name = "G", Reader = "r", OutsideAntennas = [1, 3], InsideAntennas = [2, 4],
                    InsideZone = "z", OutsideZone = "z", Position = [9, 2.5],
                },
            ],
            Receivers = [new ReceiverDefinition { Id = "rx", Site = "s", Zone = "z", Gateway = "gw-1", Position = [1, 1] }],
            People = [new PersonDefinition { Id = "p", Name = "P", Team = "T", Tags = ["epc:350000000000000000000001"] }],
            Assets =
            [
                new AssetDefinition
                {
                    Id = "a", Name = "A", Category = "c", Kind = "vehicle", Site = "s", RunHours = "ignition",
                    Tags = ["dev:van-1", "eddystone:edd1ebeac04e5defa017:0123456789ab", "mac:c4:7c:8d:6a:12:34"],
                },
            ],
            MaintenancePlans = [new MaintenancePlanDefinition { Id = "m", Name = "M", Assets = ["a"], Category = "c", EveryHours = 250, DueSoonHours = 5 }],
            Rules = new RulesDefinition { GateWindowSeconds = 8, GateGroupSeconds = 2, BleMarginDb = 4, BleWindowSeconds = 20, IgnitionGapMinutes = 5 },
        };

        var check = ContractSchemas.Check(ContractSchemas.SiteConfig, JsonSerializer.Serialize(document, ConfigurationJsonContext.Default.SiteDocument));

        Assert.True(check.IsValid, check.ToString());
    }

    [Theory]
    [InlineData("""{"sites":[{"id":"s","name":"S","timeZone":"UTC","colour":"red"}]}""", "/sites/0/colour")]
    [InlineData("""{"sites":[{"id":"s","name":"S"}]}""", "/sites/0")]
    [InlineData("""{"gateways":[{"id":"bad/gw","site":"s"}]}""", "/gateways/0/id")]
    [InlineData("""{"assets":[{"id":"a","name":"A","tags":["EPC:3074257BF7194E40"]}]}""", "/assets/0/tags/0")]
    [InlineData("""{"assets":[{"id":"a","name":"A","kind":"spaceship"}]}""", "/assets/0/kind")]
    [InlineData("""{"geofences":[{"id":"f","name":"F","polygon":[[13.7,95.2]]}]}""", "/geofences/0/polygon/0/1")]
    [InlineData("""{"gates":[{"id":"g","site":"s","name":"G","reader":"r","outsideAntennas":[1],"insideAntennas":[2],"insideZone":"z","position":[1]}]}""", "/gates/0/position")]
    [InlineData("""{"rules":{"gateWindowSeconds":0}}""", "/rules/gateWindowSeconds")]
    [InlineData("""{"version":1,"zonez":[]}""", "/zonez")]
    public void An_invalid_site_document_fails_at_the_location_of_the_problem(string json, string location)
    {
        var check = ContractSchemas.Check(ContractSchemas.SiteConfig, json);

        Assert.False(check.IsValid);
        Assert.Contains(location, check.Locations);
    }

    [Fact]
    public void An_unknown_property_is_refused_by_the_schema_and_by_the_hubs_reader_alike()
    {
        const string json = """{"version":1,"sites":[{"id":"s","name":"S","timeZone":"UTC","timezone2":"UTC"}]}""";

        Assert.False(ContractSchemas.Check(ContractSchemas.SiteConfig, json).IsValid);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ConfigurationJsonContext.Default.SiteDocument));
    }
}
