Console.Error.WriteLine("TrackHub edge gateway: under construction");
return 1;
