using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Budget;
using Kura.Ledger;
using Kura.Privacy.Accounting;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>What a project has spent and has left, at its budget's δ.</summary>
    public BudgetStatus BudgetOf(string project)
    {
        var p = RequireProject(project);
        var limit = LimitOf(p);
        var spent = _catalog.SpentBy(p.Name);
        return new BudgetStatus(p.Name, limit, spent, BudgetAccountant.EpsilonSpent(spent, limit), BudgetAccountant.RemainingEpsilon(spent, limit));
    }

    /// <summary>
    /// Reserves <paramref name="cost"/> from the project's budget, durably and atomically, before any
    /// noisy value exists. The check and the write run in one exclusive catalog transaction, so
    /// concurrent spenders (threads or processes) can never together exceed the budget. Never refunded.
    /// </summary>
    private BudgetReservation Reserve(Project project, ReleaseKind kind, PrivacyCost cost, string requestHash)
    {
        var limit = LimitOf(project);
        BudgetReservation? reservation = null;
        _catalog.InTransaction(() =>
        {
            var decision = BudgetAccountant.TrySpend(_catalog.SpentBy(project.Name), cost, limit);
            if (!decision.Allowed)
                throw KuraException.Privacy("KURA-BUDGET-EXHAUSTED",
                    $"Project '{project.Name}' cannot spend this: {decision.Explanation} Spent so far ε ≈ {Display(decision.EpsilonSpent)} of {project.Budget.Epsilon} " +
                    $"(δ = {project.Budget.Delta:G}); left ε ≈ {Display(decision.RemainingEpsilon)}. Ask for less, or ask a steward for a new project. Nothing was spent or released.");
            reservation = new BudgetReservation(NewReleaseId(), project.Name, kind, cost, Now, requestHash);
            _catalog.RecordReservation(reservation);
            Record(LedgerEntryTypes.BudgetReserved, new JsonObject
            {
                ["project"] = project.Name,
                ["release_id"] = reservation.Id,
                ["release_kind"] = kind.ToString(),
                ["request_sha256"] = requestHash,
                ["cost"] = CostJson(cost),
            });
        });
        return reservation!;
    }

    private static PrivacyBudgetLimit LimitOf(Project p) => PrivacyBudgetLimit.FromDecimal(p.Budget.Epsilon, p.Budget.Delta);

    private static JsonObject CostJson(PrivacyCost cost) => new()
    {
        ["rho"] = cost.Rho.ToString(),
        ["delta"] = cost.Delta.ToString(),
        ["pure_epsilon"] = cost.PureEpsilon.ToString(),
    };

    private static string Display(Privacy.Arithmetic.Rational? value) => value is { } v ? v.ToDecimalString(4) : "—";

    private static string NewReleaseId() => "r-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));

    private static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
