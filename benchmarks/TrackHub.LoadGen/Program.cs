using TrackHub.LoadGen;

return await LoadGenProgram.MainAsync(args);
