namespace Kura.Ledger;

/// <summary>
/// The entry types Kura writes. A type is lowercase dotted (<c>subject.event</c>); the register
/// groups entries by these names, so they never change once shipped.
/// </summary>
public static class LedgerEntryTypes
{
    public const string DatasetImported = "dataset.imported";
    public const string DatasetReplaced = "dataset.replaced";
    public const string ClassificationChanged = "classification.changed";
    public const string ProjectRequested = "project.requested";
    public const string ProjectApproved = "project.approved";
    public const string ProjectRejected = "project.rejected";
    public const string ProjectRevoked = "project.revoked";
    public const string BudgetReserved = "budget.reserved";
    /// <summary>A DP query result left Kura; the payload holds the query hash, never the result.</summary>
    public const string QueryReleased = "query.released";
    public const string ExtractReleased = "extract.released";
    public const string SyntheticReleased = "synthetic.released";
    public const string PolicyChanged = "policy.changed";
    public const string IncidentRecorded = "incident.recorded";
    /// <summary>A steward approved a project that still needs approvals by other stewards.</summary>
    public const string ProjectEndorsed = "project.endorsed";
    /// <summary>A steward recorded evidence for a step the policy requires (payload holds the evidence's hash).</summary>
    public const string ProjectStepRecorded = "project.step_recorded";
    /// <summary>The objection register changed; the payload holds its size, never the person.</summary>
    public const string ObjectionAdded = "objection.added";
    public const string ObjectionRemoved = "objection.removed";
    /// <summary>A public notice was published for a dataset (payload: the notice's hash).</summary>
    public const string NoticePublished = "notice.published";
    /// <summary>An import contradicted a steward's attestation that a dataset holds no minors (steward-facing notice; payload: dataset, attested age, steward).</summary>
    public const string SubjectAgesContradicted = "subject_ages.contradicted";
    /// <summary>An administrator lifted the seal that a failed verification put on the ledger.</summary>
    public const string LedgerFaultAcknowledged = "ledger.fault_acknowledged";

    /// <summary>True when <paramref name="type"/> is lowercase dotted: letters, digits and '_' in at least two dot-separated parts, 64 chars at most.</summary>
    public static bool IsWellFormed(string? type)
    {
        if (string.IsNullOrEmpty(type) || type.Length > 64) return false;
        var parts = type.Split('.');
        return parts.Length >= 2 && parts.All(p => p.Length > 0 && p[0] is >= 'a' and <= 'z'
            && p.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '_'));
    }
}
