namespace Kura.IntegrationTests.Sql;

/// <summary>A fact that needs the real PostgreSQL server: skipped without one, except under CI, where it runs and fails.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestPostgres.ConnectionString is null && !TestPostgres.Required) Skip = TestPostgres.SkipReason;
    }
}
