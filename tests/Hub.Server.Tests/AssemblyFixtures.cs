using TrackHub.Testing;

// One PostgreSQL server for the whole run; each test class takes its own database from it.
[assembly: AssemblyFixture(typeof(PostgresServer))]
