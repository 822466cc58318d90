using TrackHub.Hub.Hosting;

// The content root is the install folder (appsettings.json, wwwroot); data paths stay relative to the working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddTrackHub();

var app = builder.Build();
app.MapTrackHub();
app.Run();
