using Npgsql;

namespace Kura.IntegrationTests.Sql;

/// <summary>
/// The real PostgreSQL server the tests use: <c>KURA_TEST_POSTGRES</c> is an Npgsql connection string that
/// eng/test.sh exports after starting a private server. Without it the tests are skipped on a developer
/// machine (<see cref="PostgresFactAttribute"/>) and fail under CI, where the server must exist.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "KURA_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } s ? s : null;

    /// <summary>True when the tests must run even without a server (CI is set), so they fail instead of skipping.</summary>
    public static bool Required => Environment.GetEnvironmentVariable("CI") is { Length: > 0 };

    public static string SkipReason =>
        $"{Variable} is not set: run eng/test.sh, which starts PostgreSQL and sets it (under CI these tests fail instead of skipping).";

    public static NpgsqlDataSource Open() => NpgsqlDataSource.Create(ConnectionString ?? throw new InvalidOperationException(
        $"{Variable} is not set, but CI is: the test command must start PostgreSQL and export {Variable} as an Npgsql connection string (eng/test.sh does)."));
}
