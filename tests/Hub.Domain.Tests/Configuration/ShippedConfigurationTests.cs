using System.Text.Json;
using TrackHub.Domain;
using TrackHub.Shared.Configuration;
using TrackHub.Testing;

namespace TrackHub.Hub.Domain.Tests.Configuration;

public sealed class ShippedConfigurationTests
{
    [Theory]
    [InlineData("demo", "site.json")]
    [InlineData("samples", "visnjan-car.json")]
    [InlineData("samples", "black-forest-van.json")]
    public void Every_configuration_the_repository_ships_compiles_without_errors(string folder, string file)
    {
        var document = JsonSerializer.Deserialize(File.ReadAllText(RepoPaths.InRepo("deploy", folder, file)), ConfigurationJsonContext.Default.SiteDocument)!;

        var result = SiteModel.Compile(document);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }
}
