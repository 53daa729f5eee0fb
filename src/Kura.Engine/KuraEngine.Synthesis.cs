using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Extracts;
using Kura.Engine.Synthesis;
using Kura.Ledger;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;
using Kura.Synthesis;
using Kura.Synthesis.Domains;
using Kura.Synthesis.Evaluation;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>
    /// Releases a DP synthetic table (<c>kura synth</c>). Order: project approved for synthetic data under the policy in
    /// force → columns and their public domains planned, δ and ρ = MaxRhoWithin(ε, δ) fixed, the synthesis validated
    /// (a refusal up to here spends nothing) → ρ reserved durably once → rows read through the release views only
    /// (exclusions applied before fitting), encoded by the declared domains, 20% held out when there is a classifier
    /// target → MST or AIM fitted and sampled → utility measured → file written to a temporary name and hashed →
    /// <c>synthetic.released</c> ledger entry → file renamed into place and manifest written. A failure after the
    /// reservation leaves the spend recorded, and the temporary file deleted.
    /// </summary>
    /// <param name="request">What to synthesise.</param>
    /// <param name="progress">Receives the stage: reading, synthesising, evaluating, writing, recording.</param>
    /// <param name="cancellationToken">Stops the work before the ledger entry; the reserved spend stays spent.</param>
    public SyntheticOutcome Synthesize(SyntheticRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        SyntheticValidation.Check(request);
        var files = ExtractFiles ?? throw KuraException.Internal("KURA-SYNTH-UNAVAILABLE", "This Kura engine has no place to write files; open it through the home.");
        RequireLedgerOpen();
        var project = RequireReleaseAllowed(request.Project, ReleaseKind.Synthetic);
        var dataset = RequireDataset(ChooseDataset(project, request.Dataset));
        var outputPath = Path.GetFullPath(request.OutputPath);
        files.CheckTarget(outputPath);
        var delta = SynthesisDelta(project, request);
        var rho = ZcdpConversion.MaxRhoWithin(Rational.FromDecimal(request.Epsilon), Rational.FromDecimal(delta));
        var plan = SynthesisPlanner.Plan(dataset, project, request, _catalog.SynthesisDomains(dataset.Name));
        var fit = new SynthesisRequest { Table = SynthesisPlanner.EmptyTable(plan), Rho = rho, Rows = request.Rows, Method = plan.Method, Workload = plan.Workload,
            Target = plan.ModelTarget };
        Synthesizer.Validate(fit);
        var cost = PrivacyCost.FromRho(rho);
        var reservation = Reserve(project, ReleaseKind.Synthetic, cost, SyntheticProvenance.RequestHash(request, dataset.Name, plan));

        progress?.Report("reading");
        var real = ReadSynthesisRows(dataset, plan, cancellationToken);
        var (train, test) = plan.Target is null ? (real, null) : HoldoutSplit.Split(real, SyntheticValidation.HoldoutFraction);
        progress?.Report("synthesising");
        var result = Synthesizer.Synthesize(fit with { Table = train });
        if (result.Cost != cost)
            throw KuraException.Internal("KURA-SYNTH-COST-MISMATCH", "The synthesis spent other than what was reserved; nothing was released.");
        cancellationToken.ThrowIfCancellationRequested();
        RequireReleaseAllowed(project.Name, ReleaseKind.Synthetic); // a revocation during the fit stops it here
        progress?.Report("evaluating");
        var (utility, note) = SyntheticUtility.Evaluate(train, result.Rows, test, plan.Target);
        var utilityJson = SyntheticJson.Utility(utility, note);

        progress?.Report("writing");
        using var writer = files.Create(outputPath, request.Format, request.Encoding, plan.FileColumns());
        foreach (var row in result.Rows.DecodeRows()) writer.Write(row);
        var digest = writer.Complete();
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report("recording");
        var privacy = SyntheticProvenance.Privacy(plan, request.Epsilon, delta, cost, BudgetAccountant.EpsilonSpent(cost, LimitOf(project)));
        var receipt = Record(LedgerEntryTypes.SyntheticReleased, WithReleaseBasis(SyntheticLedgerEntry.Payload(project.Name, dataset.Name, reservation.Id, plan,
            CostJson(cost), privacy, result.Rows.RowCount, digest, utilityJson, ActivePolicy.ContentHash), project.Name, ReleaseKind.Synthetic));
        var outcome = new SyntheticOutcome(reservation.Id, project.Name, dataset.Name, plan.Method, plan.PerPerson, outputPath, "", digest,
            plan.Columns, result.Rows.RowCount, request.Epsilon, delta, cost, result.Steps, utility, note, SyntheticManifest.Text(utilityJson), receipt.Sequence);
        var provenance = SyntheticProvenance.Provenance(plan, result, fit.FitIterations);
        var manifestPath = writer.Publish(SyntheticManifest.Build(outcome, request, plan, privacy, provenance, receipt, Actor));
        return outcome with { ManifestPath = manifestPath, LeftOut = plan.LeftOut };
    }

    /// <summary>
    /// Stores the public synthesis domain of a dataset column once (a steward act, ledgered as <c>classification.changed</c>),
    /// so later <c>kura synth</c> runs need no <c>--domain</c>/<c>--bins</c> for it. Bins only describe numeric columns.
    /// </summary>
    public StoredSynthesisDomain DeclareSynthesisDomain(string dataset, string table, string column, DomainDeclaration domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var (vaultTable, found) = RequireColumn(dataset, table, column);
        if (found.Class is ColumnClass.PersonKey or ColumnClass.DirectIdentifier or ColumnClass.Facial)
            throw KuraException.Policy("KURA-SYNTH-COLUMN-REFUSED", $"Column '{vaultTable.Name}.{found.Name}' is {found.Class.ToName()}; synthetic data never draws on it, so it needs no domain.");
        var built = DomainResolver.Build(found.Name, vaultTable, found, domain, ExtractRules.OtherLabel);
        var stored = new StoredSynthesisDomain(vaultTable.Name, found.Name, domain);
        _catalog.InTransaction(() =>
        {
            _catalog.SaveSynthesisDomain(dataset, stored);
            Record(LedgerEntryTypes.ClassificationChanged, new JsonObject
            {
                ["dataset"] = dataset,
                ["table"] = vaultTable.Name,
                ["column"] = found.Name,
                ["synthesis_domain"] = SyntheticJson.Domain(built, withValues: false),
            });
        });
        return stored;
    }

    /// <summary>The synthesis domains stored for a dataset.</summary>
    public IReadOnlyList<StoredSynthesisDomain> SynthesisDomainsOf(string dataset) => _catalog.SynthesisDomains(RequireDataset(dataset).Name);

    // A δ = 0 budget only pays pure ε; synthetic data measures with Gaussian noise (zCDP), which needs δ > 0.
    private static decimal SynthesisDelta(Project project, SyntheticRequest request)
    {
        if (project.Budget.Delta == 0)
            throw KuraException.Privacy("KURA-BUDGET-PURE-ONLY",
                $"Project '{project.Name}' has δ = 0, so only pure ε-DP releases fit its budget, and synthetic data is measured with Gaussian noise (zCDP), which needs δ > 0. " +
                "Ask a steward for a project with δ > 0 (for example 1e-6). Nothing was spent.");
        if (request.Delta is { } delta && delta > project.Budget.Delta)
            throw KuraException.BadInput("KURA-SYNTH-DELTA",
                $"--delta {delta} is larger than project '{project.Name}''s whole δ ({project.Budget.Delta}); one release cannot promise less than the project does. " +
                "Give a δ no larger than the project's, or leave --delta out to use it. Nothing was spent.");
        return request.Delta ?? project.Budget.Delta;
    }

    // Rows come only from the release views; RowsLeftOut is exact, so it stays inside the vault (neither logged nor released).
    private EncodedTable ReadSynthesisRows(Dataset dataset, SynthesisPlan plan, CancellationToken cancellationToken)
    {
        var schema = ReleaseSourceFor(dataset.Name);
        var rows = plan.Features is { } features
            ? _vault.ReadPersonRows(new PersonTableSelection(schema, dataset.Unit.Column!, features, TodayInJapan), cancellationToken)
            : _vault.ReadRows(new RowSelection(schema, plan.Tables, [.. plan.Columns.Select(c => new TableColumn(c.Table, c.Source!))],
                plan.Tables.Count > 1 ? dataset.Unit.Column : null, OneRowPerPerson: true), cancellationToken);
        var encoder = new DomainEncoder([.. plan.Columns.Select(c => c.Name)], plan.Columns.ToDictionary(c => c.Name, c => c.Domain, StringComparer.Ordinal));
        return encoder.Encode(rows.Select(r => (IReadOnlyList<string?>)r)).Table;
    }
}
