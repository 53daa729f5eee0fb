using Kura.Engine.Queries;

namespace Kura.Cli.Commands;

/// <summary>The JSON shape of a DP answer: keys, noisy values with intervals, spend and budget left.</summary>
internal sealed record QueryView(
    string ReleaseId,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    string Mechanism,
    QueryView.SpendView Spent,
    QueryView.BudgetView Budget,
    long LedgerEntry)
{
    public sealed record EstimateView(decimal Value, decimal Lower, decimal Upper, decimal Confidence);

    public sealed record SpendView(string Epsilon, string Rho, string Delta, string PureEpsilon);

    public sealed record BudgetView(string Epsilon, string Delta, string? EpsilonSpent, string EpsilonRemaining);

    public static QueryView From(QueryOutcome o) => new(
        o.ReleaseId,
        o.Result.Columns.Select(c => c.Name).ToList(),
        o.Result.Rows.Select(r => (IReadOnlyList<object?>)r.Cells.Select(c => c.Estimate is { } e
            ? (object)new EstimateView(e.Value, e.Lower, e.Upper, e.Confidence) : c.Key).ToList()).ToList(),
        o.Result.Mechanism,
        new SpendView(o.EpsilonSpent, o.Result.Spent.Rho.ToString(), o.Result.Spent.Delta.ToString(), o.Result.Spent.PureEpsilon.ToString()),
        new BudgetView(o.Budget.Limit.Epsilon.ToDecimalString(6), o.Budget.Limit.Delta.ToString(), o.Budget.EpsilonSpent?.ToDecimalString(6),
            o.Budget.RemainingEpsilon.ToDecimalString(6)),
        o.LedgerSequence);
}
