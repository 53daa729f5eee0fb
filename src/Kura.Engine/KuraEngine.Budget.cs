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
    /// Reserves <paramref name="cost"/> from the project's budget and from the budget of every dataset the
    /// project uses, durably and atomically, before any noisy value exists. The checks and the writes run
    /// in one exclusive catalog transaction, so concurrent spenders (threads or processes) can never
    /// together exceed either budget. Never refunded. Charging every dataset of a multi-dataset project
    /// over-counts, never under-counts, what any one person's data has paid for.
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
            foreach (var dataset in project.Datasets) ChargeDataset(dataset, cost);
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

    /// <summary>The dataset budget a steward set, or <see cref="DefaultDatasetBudget"/>.</summary>
    public PrivacyBudget DatasetBudgetOf(string dataset) => _catalog.DatasetBudget(RequireDataset(dataset).Name) ?? DefaultDatasetBudget;

    /// <summary>What all projects together have spent on a dataset, and what is left at its δ.</summary>
    public (PrivacyBudget Budget, PrivacyCost Spent, Privacy.Arithmetic.Rational? EpsilonSpent) DatasetSpend(string dataset)
    {
        var budget = DatasetBudgetOf(dataset);
        var spent = _catalog.SpentOnDataset(dataset);
        return (budget, spent, BudgetAccountant.EpsilonSpent(spent, PrivacyBudgetLimit.FromDecimal(budget.Epsilon, budget.Delta)));
    }

    /// <summary>Sets the budget all projects together may spend on a dataset (a steward act, ledgered).</summary>
    public void SetDatasetBudget(string dataset, PrivacyBudget budget)
    {
        var name = RequireDataset(dataset).Name;
        _catalog.InTransaction(() =>
        {
            _catalog.SetDatasetBudget(name, budget);
            Record(LedgerEntryTypes.ClassificationChanged, new JsonObject
            {
                ["dataset"] = name,
                ["dataset_budget_epsilon"] = budget.Epsilon.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["dataset_budget_delta"] = budget.Delta.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        });
    }

    private void ChargeDataset(string dataset, PrivacyCost cost)
    {
        var budget = DatasetBudgetOf(dataset);
        var decision = BudgetAccountant.TrySpend(_catalog.SpentOnDataset(dataset), cost, PrivacyBudgetLimit.FromDecimal(budget.Epsilon, budget.Delta));
        if (!decision.Allowed)
            throw KuraException.Privacy("KURA-DATASET-BUDGET-EXHAUSTED",
                $"Dataset '{dataset}' cannot pay for this: all projects together have spent ε ≈ {Display(decision.EpsilonSpent)} of its budget ε = {budget.Epsilon} " +
                $"(δ = {budget.Delta:G}); left ε ≈ {Display(decision.RemainingEpsilon)}. A steward decides whether to raise it with 'kura dataset budget'. Nothing was spent or released.");
        _catalog.AddDatasetSpend(dataset, cost);
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
