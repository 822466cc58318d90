using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using TrackHub.Hub.Hosting;

namespace TrackHub.Hub.Web;

public static class WebUiExtensions
{
    /// <summary>
    /// Serves the built wall-screen UI (Hub.Web/dist, copied to <c>wwwroot</c> beside the binaries by the build).
    /// Without it the hub still runs, and <c>/</c> says how to build the UI.
    /// </summary>
    public static WebApplication UseTrackHubWebUi(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<HubOptions>>().Value;
        var root = options.WebRoot is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(root, "index.html")))
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        else
        {
            app.MapGet("/", () => Results.Content(
                $"TrackHub hub is running, but the wall screen is not built (no index.html in {root}). " +
                "Run 'npm ci && npm run build' in Hub.Web and rebuild Hub.Server, or set Hub:WebRoot.",
                "text/plain")).ExcludeFromDescription();
        }

        return app;
    }
}
