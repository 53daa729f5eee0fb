using Kura.Core;
using Kura.Engine.Policy;
using Kura.Policy;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    private const string Objectors = "objectors";
    private const string MinorsFacial = "minors-facial-without-legal-rep-consent";
    private const string ConsentAgeParameter = "child.consentAge";

    /// <summary>
    /// The vault schema every release of <paramref name="dataset"/> must read from (DP queries,
    /// extracts, synthetic data). Before returning it brings the dataset's exclusions up to date
    /// (objection register, children's facial data without consent, the policy in force), so no
    /// release path has to remember them.
    /// </summary>
    public string ReleaseSourceFor(string dataset) => ApplyExclusions(RequireDataset(dataset)).ReleaseSchema;

    /// <summary>
    /// Brings the dataset's exclusions up to date and says who is left out, in exact counts. A steward
    /// view: the counts are read from the data, so never show them to project members or the public.
    /// </summary>
    public ExclusionSummary ExclusionsOf(string dataset) => ApplyExclusions(RequireDataset(dataset));

    /// <summary>
    /// Recomputes who is excluded and replaces the vault's list atomically. The policy decides which
    /// exclusions apply: its row-exclusion steps required for this data under any purpose.
    /// </summary>
    private ExclusionSummary ApplyExclusions(Dataset dataset)
    {
        var exclusions = RowExclusionsFor(dataset);
        // Engine invariants: no policy file can switch these two off; the policy only sets the age.
        var objectors = _catalog.ListObjections(dataset.Name).Select(o => o.Person).ToHashSet(StringComparer.Ordinal);
        var age = exclusions.FirstOrDefault(x => x.Who == MinorsFacial)?.AgeBelow ?? IntegerParameter(ConsentAgeParameter);
        var minors = MinorsWithoutConsent(dataset, age);
        var persons = new HashSet<string>(objectors, StringComparer.Ordinal);
        persons.UnionWith(minors);
        _vault.SetExcludedPersons(dataset.Name, dataset.Unit, persons);
        return new ExclusionSummary(dataset.Name, _vault.ReleaseSchema(dataset.Name), objectors.Count, minors.Count, persons.Count, exclusions);
    }

    /// <summary>
    /// The row exclusions the policy requires for this dataset under any purpose and release kind,
    /// asked as if the data held children. Which exclusions apply must not depend on the rows: one
    /// added child would otherwise switch an exclusion on for many persons at once; each person's own
    /// rows then decide whether that person is excluded.
    /// </summary>
    private IReadOnlyList<RowExclusion> RowExclusionsFor(Dataset dataset)
    {
        var policy = ActivePolicy;
        // Asked as if lawfully acquired too: a tainted dataset's releases are refused, but its views keep their exclusions.
        var facts = DatasetFacts([dataset], Purpose.Statistics, Enum.GetValues<ReleaseKind>(), null) with { MinSubjectAge = 0, AcquisitionMethod = "lawful" };
        return [.. Enum.GetValues<Purpose>()
            .SelectMany(p => PolicyEvaluator.Evaluate(policy, facts with { Purpose = p.ToName() }).RowExclusions)
            .GroupBy(x => (x.Who, x.AgeBelow))
            .Select(g => g.First() with { RuleIds = [.. g.SelectMany(x => x.RuleIds).Distinct()] })];
    }

    private HashSet<string> MinorsWithoutConsent(Dataset dataset, long ageBelow)
    {
        // A steward's attestation that no subject is that young covers the subjects whose age is unknown;
        // a known child's facial data is still left out, whatever was attested.
        var attested = _catalog.SubjectAges(dataset.Name)?.YoungestAge >= ageBelow;
        var assume = ActivePolicy.Parameter(AssumeMinorsParameter).Current.Raw is true && !attested;
        var consent = _catalog.FacialConsentColumns(dataset.Name);
        var ages = AgeSources(dataset).ToList();
        var persons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in dataset.Tables.Where(t => t.Columns.Any(c => c.Class == ColumnClass.Facial)))
        {
            // Age at capture in the facial table itself beats an age joined from another table.
            var age = ages.FirstOrDefault(a => a.Table == table.Name) ?? (dataset.Unit.IsRow ? null : ages.FirstOrDefault());
            var query = new MinorFacialQuery(dataset.Unit, table.Name,
                [.. table.Columns.Where(c => c.Class == ColumnClass.Facial).Select(c => c.Name)], age, ageBelow, TodayInJapan,
                consent.FirstOrDefault(c => string.Equals(c.Table, table.Name, StringComparison.OrdinalIgnoreCase))?.Column, assume);
            persons.UnionWith(_vault.MinorsWithoutConsent(dataset.Name, query));
        }
        return persons;
    }
}
