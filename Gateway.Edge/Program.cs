using TrackHub.Edge.Cli;

return await EdgeCommandLine.InvokeAsync(args);
