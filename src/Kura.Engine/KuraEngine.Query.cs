using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Queries;
using Kura.Ledger;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Sql;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>
    /// Answers an aggregate SQL query with differential privacy. Order (ARCHITECTURE.md, "one DP query"):
    /// parse and check → policy (project approved for this release kind) → reserve the spend durably →
    /// run the bounded backend SQL → add exact discrete noise → ledger entry durable → return.
    /// A failure after the reservation leaves the spend recorded and nothing released.
    /// </summary>
    public QueryOutcome Query(QueryRequest request, CancellationToken cancellationToken = default)
    {
        RequireLedgerOpen();
        var project = RequireReleaseAllowed(request.Project, ReleaseKind.DpQuery);
        var dataset = RequireDataset(ChooseDataset(project, request.Dataset));
        // Every release reads the dataset through its release views, which drop excluded persons.
        var options = CalibrateSpend(project, request.Options) with { SourceSchema = ReleaseSourceFor(dataset.Name) };
        var prepared = DpSql.Prepare(request.Sql, dataset, project.GrantedColumns, options, _vault.Backend.Dialect);
        var reservation = Reserve(project, ReleaseKind.DpQuery, prepared.Cost, RequestHash(request));

        var exact = _vault.Backend.Execute(prepared.BackendSql, cancellationToken);
        var result = prepared.Release(exact, new CryptoRandomBits());
        RequireReleaseAllowed(project.Name, ReleaseKind.DpQuery); // a revocation during the query stops it here
        var epsilon = BudgetAccountant.EpsilonSpent(prepared.Cost, LimitOf(project))?.ToDecimalString(4) ?? "—";
        var receipt = Record(LedgerEntryTypes.QueryReleased, new JsonObject
        {
            ["project"] = project.Name,
            ["dataset"] = dataset.Name,
            ["release_id"] = reservation.Id,
            ["release_kind"] = ReleaseKind.DpQuery.ToString(),
            ["query_sha256"] = reservation.RequestHash,
            ["mechanism"] = result.Mechanism,
            ["cost"] = CostJson(result.Spent),
            ["epsilon"] = epsilon,
            ["groups"] = result.Rows.Count,
            ["column_classes"] = ClassesUsed(dataset),
        });
        return new QueryOutcome(reservation.Id, result, epsilon, BudgetOf(project.Name), receipt.Sequence);
    }

    /// <summary>
    /// In zCDP mode, <c>--epsilon E</c> means "this query alone is (E, δ)-DP at the project's δ": it spends
    /// the largest ρ with that guarantee (rounded down), and many queries then compose in ρ, far more
    /// cheaply than adding their ε. A δ = 0 project can only spend pure ε.
    /// </summary>
    private static BoundingOptions CalibrateSpend(Project project, BoundingOptions options)
    {
        if (options.Mode != PrivacyMode.Zcdp || options.Rho is not null) return options;
        if (project.Budget.Delta == 0)
            throw KuraException.Privacy("KURA-BUDGET-PURE-ONLY",
                $"Project '{project.Name}' has δ = 0, so only pure ε-DP releases fit its budget. Add --pure to use discrete Laplace noise.");
        var rho = ZcdpConversion.MaxRhoWithin(Rational.FromDecimal(options.Epsilon), Rational.FromDecimal(project.Budget.Delta));
        return options with { Rho = rho };
    }

    private static string ChooseDataset(Project project, string? requested)
    {
        if (requested is not null)
            return project.Datasets.Contains(requested, StringComparer.Ordinal) ? requested
                : throw KuraException.Policy("KURA-DATASET-NOT-IN-PROJECT", $"Project '{project.Name}' is not approved for dataset '{requested}'.");
        return project.Datasets.Count == 1 ? project.Datasets[0]
            : throw KuraException.BadInput("KURA-DATASET-AMBIGUOUS",
                $"Project '{project.Name}' uses several datasets ({string.Join(", ", project.Datasets)}); name one with --dataset.");
    }

    // The register lists which kinds of data a project drew on; a query may touch any granted column of the dataset.
    private static JsonArray ClassesUsed(Dataset dataset) =>
        new(dataset.Tables.SelectMany(t => t.Columns).Select(c => c.Class)
            .Where(c => c is not (ColumnClass.DirectIdentifier or ColumnClass.Facial or ColumnClass.PersonKey))
            .Distinct().Order().Select(c => (JsonNode)JsonValue.Create(c.ToName())!).ToArray());

    private static string RequestHash(QueryRequest request) =>
        Sha256Hex($"{request.Project}\n{request.Dataset}\n{request.Options}\n{request.Sql}");
}
