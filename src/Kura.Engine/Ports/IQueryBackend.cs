namespace Kura.Engine.Ports;

/// <summary>
/// Executes SQL that Kura's rewriter produced. Never given user SQL text. Values come back as
/// provider types (long, decimal, BigInteger, string, DateOnly, null).
/// </summary>
public interface IQueryBackend
{
    /// <summary>Dialect name the rewriter must emit for this backend: <c>duckdb</c> or <c>postgres</c>.</summary>
    string Dialect { get; }

    IReadOnlyList<object?[]> Execute(string sql, CancellationToken cancellationToken = default);
}
