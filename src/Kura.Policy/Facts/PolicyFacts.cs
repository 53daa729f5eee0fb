using Kura.Core;

namespace Kura.Policy;

/// <summary>
/// Everything the rules may look at for one request (or one incident). Plain data; build it with
/// <see cref="ForRequest"/> and adjust evidence flags with <c>with { … }</c>. Names and values
/// are the policy file's (kebab-case). Column values never appear here.
/// </summary>
public sealed record PolicyFacts
{
    /// <summary>The moment the decision is made for; picks the regime in force. No clock is read.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Purpose name (<see cref="PurposeNames"/>), or null for incidents.</summary>
    public string? Purpose { get; init; }

    /// <summary>One of <see cref="PolicyVocabulary.Actions"/>; a project request is a provision to a third party.</summary>
    public string Action { get; init; } = "provide-3p";

    /// <summary>Requested release kinds; each is evaluated on its own and the most restrictive result wins.</summary>
    public IReadOnlyList<string> ReleaseKinds { get; init; } = [];

    /// <summary>Columns of the datasets involved (requested or not).</summary>
    public IReadOnlyList<ColumnFacts> Columns { get; init; } = [];

    /// <summary>Categories a steward declared for the data on top of classification (for example Health for a hospital dataset).</summary>
    public IReadOnlyList<string> DeclaredCategories { get; init; } = [];

    /// <summary>
    /// The youngest age, in whole years, a steward declared the data's subjects to have (0 when minors
    /// are declared or assumed possible), or null when nothing is declared. Decisions are visible to
    /// project members, so this is declared metadata, never read from the rows at decision time.
    /// </summary>
    public long? MinSubjectAge { get; init; }

    /// <summary>
    /// Where a fact's value comes from, by fact name (for example <c>subject.minAge</c> → "attested by
    /// steward sato"); copied into the evidence of the rules that test the fact. Empty by default.
    /// </summary>
    public IReadOnlyDictionary<string, LocalizedText> FactSources { get; init; } = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);

    public bool SubjectConsent { get; init; }

    /// <summary>True when the legal representative's consent for subjects under the child consent age is recorded.</summary>
    public bool LegalRepConsent { get; init; }
    public bool NoticePublished { get; init; }
    public bool BiometricHandlingPublished { get; init; }
    public bool AnonymizedItemsPublished { get; init; }
    public bool WrittenAgreement { get; init; }
    public bool RiskAttested { get; init; }
    public bool ClearlyNoHarm { get; init; }
    public bool PublicHealthStatement { get; init; }
    public bool ConsentDifficultyDocumented { get; init; }
    public bool OptOutProvision { get; init; }

    /// <summary>One of <see cref="PolicyVocabulary.BestInterestsValues"/>.</summary>
    public string BestInterests { get; init; } = "none";

    /// <summary>Distinct stewards who approved so far.</summary>
    public long DistinctStewards { get; init; }

    /// <summary>How the data was acquired (<see cref="PolicyVocabulary.AcquisitionMethods"/>).</summary>
    public string AcquisitionMethod { get; init; } = "lawful";
    public bool AcquisitionExceptionRecorded { get; init; }
    public bool PubliclyAvailable { get; init; }

    public bool RecipientCertifiedProducer { get; init; }
    public bool RecipientCertifiedUser { get; init; }
    public bool RecipientProcessor { get; init; }
    public bool ProcessorContract { get; init; }
    public bool HolderCertifiedProducer { get; init; }

    /// <summary>True when the request relies on the Next-Generation Medical Infrastructure Act.</summary>
    public bool MedicalActRoute { get; init; }
    public long? MedicalNoticeDaysBefore { get; init; }
    public bool MedicalFilingRecorded { get; init; }
    public bool MedicalReviewRecorded { get; init; }

    /// <summary>Incident facts; null for requests.</summary>
    public IncidentFacts? Incident { get; init; }

    /// <summary>
    /// Facts for a project request over whole datasets. <paramref name="requestedColumns"/> limits
    /// which columns the request covers (null means all); the other columns still count for
    /// dataset-wide rules such as the exclusion of children's facial data.
    /// </summary>
    public static PolicyFacts ForRequest(
        Purpose purpose,
        IEnumerable<ReleaseKind> releaseKinds,
        IEnumerable<Dataset> datasets,
        IReadOnlyCollection<string>? requestedColumns,
        DateTimeOffset asOf)
    {
        bool Requested(string name) =>
            requestedColumns is null || requestedColumns.Contains(name, StringComparer.OrdinalIgnoreCase);
        var columns = datasets.SelectMany(d => d.Tables).SelectMany(t => t.Columns)
            .Select(c => new ColumnFacts(c.Name, c.Class, Requested(c.Name))).ToArray();
        return new PolicyFacts
        {
            AsOf = asOf,
            Purpose = purpose.ToName(),
            ReleaseKinds = [.. releaseKinds.Select(k => k.ToPolicyName()).Distinct()],
            Columns = columns,
            // A fraudulent-acquisition incident taints the data for good: every release of it is refused.
            AcquisitionMethod = datasets.Any(d => d.FraudulentlyAcquired) ? "deceptive" : "lawful",
        };
    }
}
