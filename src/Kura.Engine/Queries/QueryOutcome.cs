using Kura.Engine.Budget;
using Kura.Sql.Release;

namespace Kura.Engine.Queries;

/// <summary>A released DP answer with its ledger receipt and the project's budget after paying for it.</summary>
/// <param name="ReleaseId">Id shared by the reservation and the release entries in the ledger.</param>
/// <param name="Result">Noisy groups with 95% intervals; never a row-level value.</param>
/// <param name="EpsilonSpent">ε of this query at the project's δ (display; the exact cost is in <see cref="Result"/>).</param>
/// <param name="Budget">The project's budget after this query.</param>
/// <param name="LedgerSequence">Sequence number of the durable <c>query.released</c> entry.</param>
public sealed record QueryOutcome(string ReleaseId, DpQueryResult Result, string EpsilonSpent, BudgetStatus Budget, long LedgerSequence);
