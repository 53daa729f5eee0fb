using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Kura.Anonymity;
using Kura.Anonymity.Pseudonyms;
using Kura.Core;
using Kura.Engine.Extracts;
using Kura.Ledger;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    /// <summary>Where extract files go and the pseudonymisation key; set by the host (the embedded home sets it).</summary>
    public IExtractFiles? ExtractFiles { get; init; }

    /// <summary>
    /// Releases a de-identified extract (<c>kura extract</c>). Order: the project must be approved for the kind under the
    /// policy in force → columns planned (identifiers, identification codes, payment data, facial data deleted) → rows read
    /// through the dataset's release views only (objectors and children's facial data without consent excluded) → processed
    /// (pseudonymised, or generalised to k/l within the policy's risk ceilings, near-unique columns deleted as linking
    /// codes) → released values checked for identifiers (My Numbers, e-mail, phone) → written to a temporary file and hashed
    /// → catalog record and <c>extract.released</c> ledger entry, durable in one transaction → file renamed into place and
    /// manifest written. A refusal or failure before the ledger entry leaves no file behind.
    /// </summary>
    /// <param name="request">What to extract.</param>
    /// <param name="progress">Receives the stage being worked on (reading, processing, writing, recording).</param>
    /// <param name="cancellationToken">Stops the work before the ledger entry; nothing is released then.</param>
    public ExtractOutcome Extract(ExtractRequest request, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ExtractValidation.Check(request);
        var files = ExtractFiles ?? throw KuraException.Internal("KURA-EXTRACT-UNAVAILABLE", "This Kura engine has no place to write extracts; open it through the home.");
        RequireLedgerOpen();
        var project = RequireReleaseAllowed(request.Project, request.Kind.ToReleaseKind());
        var dataset = RequireDataset(ChooseDataset(project, request.Dataset));
        var outputPath = Path.GetFullPath(request.OutputPath);
        files.CheckTarget(outputPath);
        var policy = ActivePolicy;
        var rules = new ExtractRules(policy.Parameter("classify.idCodeNamePatterns").Current.Items, policy.Parameter("classify.paymentNamePatterns").Current.Items);
        var plan = ExtractPlanner.Plan(dataset, project, request, rules);

        progress?.Report("reading");
        var table = ExtractTable.Read(_vault, ReleaseSourceFor(dataset.Name), dataset.Unit.Column, plan, cancellationToken);
        progress?.Report("processing");
        var processed = Process(request, plan, table, project.Name, RiskCeilings());
        IdentifierScan.Check(processed, dataset.Name);
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report("writing");
        using var writer = files.Create(outputPath, request.Format, request.Encoding, processed.Columns);
        foreach (var row in processed.Rows) writer.Write(row);
        var digest = writer.Complete();
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report("recording");
        RequireReleaseAllowed(project.Name, request.Kind.ToReleaseKind()); // a revocation or expiry during the work stops it here
        var releaseId = NewReleaseId();
        var processing = ExtractJson.Processing(request, plan, processed);
        var risk = ExtractJson.Risk(processed.Statistics);
        var receipt = RecordExtract(new ExtractRecord(releaseId, project.Name, dataset.Name, request.Kind, Now, Actor,
            Path.GetFileName(outputPath), digest.Sha256, processed.Statistics.ReleasedRows, processing.ToJsonString()), request, processed, risk, digest, policy.ContentHash);
        var outcome = new ExtractOutcome(releaseId, request.Kind, project.Name, dataset.Name, plan.Tables, outputPath, "",
            digest, processed.Columns, processed.Dropped, processed.Statistics, receipt.Sequence);
        var manifestPath = writer.Publish(ExtractManifest.Build(outcome, request, processing, risk, receipt, Actor));
        return outcome with { ManifestPath = manifestPath };
    }

    /// <summary>Extracts released so far (newest last), for one project or all.</summary>
    public IReadOnlyList<ExtractRecord> ListExtracts(string? project = null) => _catalog.ListExtracts(project);

    private ProcessedExtract Process(ExtractRequest request, ExtractPlan plan, ExtractTable table, string project, RiskThreshold ceilings)
    {
        if (request.Kind == ExtractKind.Anonymized) return AnonymizedProcessing.Run(plan, table, request, ceilings);
        var key = ExtractFiles!.ReadPseudonymKey();
        try
        {
            return PseudonymizedProcessing.Run(plan, table, new ProjectPseudonyms(key, project), request.RareValueThresholdInForce, ceilings);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>The policy's risk ceilings: at most 1 in N for the highest and for the average re-identification risk.</summary>
    private RiskThreshold RiskCeilings()
    {
        var policy = ActivePolicy;
        var highest = policy.Parameter("extract.highestRiskOneIn").Current.Raw as long? ?? 0;
        var average = policy.Parameter("extract.averageRiskOneIn").Current.Raw as long? ?? 0;
        if (highest < 1 || average < 1)
            throw KuraException.BadInput("KURA-POLICY-INVALID", "The policy parameters extract.highestRiskOneIn and extract.averageRiskOneIn must be whole numbers of at least 1.");
        return new RiskThreshold(1.0 / highest, 1.0 / average);
    }

    private LedgerReceipt RecordExtract(ExtractRecord record, ExtractRequest request, ProcessedExtract processed, JsonObject risk,
                                        ExtractFileDigest digest, string policyHash)
    {
        LedgerReceipt? receipt = null;
        _catalog.InTransaction(() =>
        {
            _catalog.RecordExtract(record);
            receipt = Record(LedgerEntryTypes.ExtractReleased, WithReleaseBasis(new JsonObject
            {
                ["project"] = record.Project,
                ["dataset"] = record.Dataset,
                ["release_id"] = record.ReleaseId,
                ["release_kind"] = request.Kind.ToReleaseKind().ToString(),
                ["kind"] = request.Kind.ToName(),
                ["format"] = request.Format.ToString().ToLowerInvariant(),
                ["column_classes"] = ExtractJson.ColumnClasses(processed.Columns),
                ["processing"] = JsonNode.Parse(record.Method),
                ["risk"] = risk.DeepClone(),
                ["file_sha256"] = digest.Sha256,
                ["file_bytes"] = digest.Bytes,
                ["policy_hash"] = policyHash,
            }, record.Project, request.Kind.ToReleaseKind()));
        });
        return receipt!;
    }
}
