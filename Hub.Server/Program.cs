using TrackHub.Hub.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTrackHub();

var app = builder.Build();
app.MapTrackHub();
app.Run();
