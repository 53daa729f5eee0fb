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
        RequireZcdpAllowed(project, request.Options);
        var options = request.Options with
        {
            // Every release reads the dataset through its release views, which drop excluded persons.
            SourceSchema = ReleaseSourceFor(dataset.Name),
            RowsPerPersonCeiling = RowsPerPersonCeiling(),
            PartitionDelta = request.Options.PartitionDelta ?? DefaultPartitionDelta(project),
        };
        var prepared = PrepareCalibrated(request.Sql, dataset, project, options);
        var reservation = Reserve(project, ReleaseKind.DpQuery, prepared.Cost, RequestHash(request));

        var exact = ExecuteBackend(prepared.BackendSql, cancellationToken);
        var result = prepared.Release(exact, new CryptoRandomBits());
        RequireReleaseAllowed(project.Name, ReleaseKind.DpQuery); // a revocation during the query stops it here
        var epsilon = BudgetAccountant.EpsilonSpent(prepared.Cost, LimitOf(project))?.ToDecimalString(4) ?? "—";
        var receipt = Record(LedgerEntryTypes.QueryReleased, WithReleaseBasis(new JsonObject
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
        }, project.Name, ReleaseKind.DpQuery));
        return new QueryOutcome(reservation.Id, result, epsilon, BudgetOf(project.Name), receipt.Sequence);
    }

    /// <summary>
    /// Runs the backend SQL. A backend error message can quote stored values (a conversion error names the text
    /// it could not convert), so any failure becomes one fixed message; the reserved spend stays recorded.
    /// </summary>
    private IReadOnlyList<object?[]> ExecuteBackend(string sql, CancellationToken cancellationToken)
    {
        try
        {
            return _vault.Backend.Execute(sql, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw KuraException.Internal("KURA-BACKEND-FAILED",
                "The vault could not run the query. Nothing was released; the reserved spend stays recorded. " +
                "The error is withheld because backend messages can quote stored values; ask the operator to check the vault.");
        }
    }

    /// <summary>
    /// In zCDP mode, <c>--epsilon E</c> means "this query alone is (E, δ)-DP at the project's δ": it spends the
    /// largest ρ with that guarantee (rounded down), and many queries then compose in ρ, far more cheaply than
    /// adding their ε. When keys need partition selection, δ_p of δ goes to the selection, so ρ is calibrated at
    /// δ − δ_p — the δ the accountant converts ρ at. Whether keys are selected is known only from the plan, so
    /// such queries are prepared twice (preparing is cheap and reads no data).
    /// </summary>
    private PreparedDpQuery PrepareCalibrated(string sql, Dataset dataset, Project project, BoundingOptions options)
    {
        var calibrate = options.Mode == PrivacyMode.Zcdp && options.Rho is null;
        var delta = Rational.FromDecimal(project.Budget.Delta);
        var prepared = Prepare(calibrate ? options with { Rho = RhoWithin(options.Epsilon, delta) } : options);
        if (!calibrate || prepared.Plan.PublicKeys) return prepared;
        var partition = Rational.FromDecimal(options.PartitionDelta!.Value);
        if (partition >= delta)
            throw KuraException.Privacy("KURA-QUERY-PARTITION-DELTA",
                $"The query's group keys have no public domain, so releasing them spends a partition δ ({options.PartitionDelta}), " +
                $"which must be below project '{project.Name}''s δ = {project.Budget.Delta}. Give a smaller partition δ, " +
                "or group by columns with a declared domain.");
        return Prepare(options with { Rho = RhoWithin(options.Epsilon, delta - partition) });

        PreparedDpQuery Prepare(BoundingOptions o) => DpSql.Prepare(sql, dataset, project.GrantedColumns, o, _vault.Backend.Dialect);
    }

    private static Rational RhoWithin(decimal epsilon, Rational delta) => ZcdpConversion.MaxRhoWithin(Rational.FromDecimal(epsilon), delta);

    private static void RequireZcdpAllowed(Project project, BoundingOptions options)
    {
        if (options.Mode == PrivacyMode.Zcdp && options.Rho is null && project.Budget.Delta == 0)
            throw KuraException.Privacy("KURA-BUDGET-PURE-ONLY",
                $"Project '{project.Name}' has δ = 0, so only pure ε-DP releases fit its budget. Add --pure to use discrete Laplace noise.");
    }

    /// <summary>
    /// min(10^-7, δ/10): a small share of the project's δ, so a project with δ ≤ 10^-7 can still release selected
    /// keys. A δ = 0 project keeps the Kura default, and the accountant refuses any selection it would pay for.
    /// </summary>
    private static decimal? DefaultPartitionDelta(Project project) =>
        project.Budget.Delta > 0 ? Math.Min(BoundingOptions.DefaultPartitionDelta, project.Budget.Delta / 10) : null;

    /// <summary>The policy's ceiling on rows per person and table (<c>query.maxRowsPerPerson</c>); a policy file older than the parameter gets the Kura default.</summary>
    private int RowsPerPersonCeiling()
    {
        var parameter = ActivePolicy.Parameters.FirstOrDefault(p => p.Name == "query.maxRowsPerPerson");
        if (parameter is null) return new BoundingOptions().RowsPerPersonCeiling;
        return parameter.Current.Raw is long n && n is >= 1 and <= RowCeilingLimit ? (int)n
            : throw KuraException.BadInput("KURA-POLICY-INVALID",
                $"The policy parameter query.maxRowsPerPerson must be a whole number from 1 to {RowCeilingLimit}; set it with 'kura policy set query.maxRowsPerPerson=N'.");
    }

    /// <summary>The largest ceiling a policy may set: the planner refuses more joined rows per person than this anyway.</summary>
    private const long RowCeilingLimit = 1_000_000;

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
