using Kura.Privacy.Accounting;

namespace Kura.Sql.Release;

/// <summary>
/// What a DP query releases: public or selected group keys and noisy aggregates — never a row-level value —
/// plus the cost actually spent and a description of the mechanism for the ledger.
/// </summary>
/// <param name="Columns">Result columns in select-list order.</param>
/// <param name="Rows">Released rows, ordered and limited after noise.</param>
/// <param name="Spent">Privacy cost of this release (equals the plan's cost).</param>
/// <param name="Mechanism">E.g. <c>discrete Gaussian, zCDP rho=1/2 split over 2 measurements; partition selection delta=1/10000000</c>.</param>
public sealed record DpQueryResult(
    IReadOnlyList<DpResultColumn> Columns,
    IReadOnlyList<DpResultRow> Rows,
    PrivacyCost Spent,
    string Mechanism);
