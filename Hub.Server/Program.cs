using TrackHub.Hub.Hosting;

try
{
    // The content root is the install folder (appsettings.json, wwwroot); data paths stay relative to the working directory.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.AddTrackHub();

    var app = builder.Build();
    app.MapTrackHub();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupProblems.Describe(ex) is { } problem)
{
    await Console.Error.WriteLineAsync($"trackhub hub: {problem}");
    return 1;
}
