using Kura.Sql;

namespace Kura.Engine.Queries;

/// <summary>An analyst's DP query: the project that pays, the SQL text, and the per-query bounds and spend.</summary>
/// <param name="Project">Approved project the query is charged to.</param>
/// <param name="Sql">Aggregate SQL over the project's dataset (never sent to a backend as written).</param>
/// <param name="Options">ε to spend, accounting mode, contribution bounds.</param>
/// <param name="Dataset">Dataset to query; may be omitted when the project has exactly one.</param>
public sealed record QueryRequest(string Project, string Sql, BoundingOptions Options, string? Dataset = null);
