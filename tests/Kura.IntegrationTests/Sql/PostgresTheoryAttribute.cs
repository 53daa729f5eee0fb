namespace Kura.IntegrationTests.Sql;

/// <summary>A theory that needs the real PostgreSQL server: skipped without one, except under CI, where it runs and fails.</summary>
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestPostgres.ConnectionString is null && !TestPostgres.Required) Skip = TestPostgres.SkipReason;
    }
}
