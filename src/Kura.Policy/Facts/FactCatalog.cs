using Kura.Core;

namespace Kura.Policy;

/// <summary>
/// The facts the policy file may name. Adding a fact is one line here; the loader refuses any
/// name not listed. Values are <see cref="bool"/>, <see cref="long"/>, <see cref="string"/> or a
/// set of strings; null means the fact is missing.
/// </summary>
internal static class FactCatalog
{
    private static readonly FactDefinition[] Definitions =
    [
        new("regime", FactType.Text, PolicyVocabulary.Regimes, s => s.Regime),
        new("purpose", FactType.Text, PolicyVocabulary.Purposes, s => s.Facts.Purpose),
        new("action", FactType.Text, PolicyVocabulary.Actions, s => s.Facts.Action),
        new("release.kind", FactType.Text, PolicyVocabulary.ReleaseKinds, s => s.ReleaseKind),
        new("column.name", FactType.Text, null, s => s.Column?.Name, ColumnScoped: true),
        new("column.class", FactType.Text, [.. ColumnClassNames.All], s => s.Column?.Class.ToName(), ColumnScoped: true),
        new("data.categories", FactType.TextSet, PolicyVocabulary.Categories, s => s.Categories),
        new("dataset.categories", FactType.TextSet, PolicyVocabulary.Categories, s => s.DatasetCategories),
        new("subject.minAge", FactType.Integer, null, s => s.Facts.MinSubjectAge),
        new("consent.subject", FactType.Boolean, null, s => s.Facts.SubjectConsent),
        new("consent.legalRep", FactType.Boolean, null, s => s.Facts.LegalRepConsent),
        new("consent.difficultyDocumented", FactType.Boolean, null, s => s.Facts.ConsentDifficultyDocumented),
        new("notice.published", FactType.Boolean, null, s => s.Facts.NoticePublished),
        new("notice.biometricHandling", FactType.Boolean, null, s => s.Facts.BiometricHandlingPublished),
        new("notice.anonymizedItemsPublished", FactType.Boolean, null, s => s.Facts.AnonymizedItemsPublished),
        new("agreement.recorded", FactType.Boolean, null, s => s.Facts.WrittenAgreement),
        new("riskAssessment.attested", FactType.Boolean, null, s => s.Facts.RiskAttested),
        new("riskAssessment.clearlyNoHarm", FactType.Boolean, null, s => s.Facts.ClearlyNoHarm),
        new("request.publicHealthStatement", FactType.Boolean, null, s => s.Facts.PublicHealthStatement),
        new("request.optOutProvision", FactType.Boolean, null, s => s.Facts.OptOutProvision),
        new("bestInterests.assessment", FactType.Text, PolicyVocabulary.BestInterestsValues, s => s.Facts.BestInterests),
        new("approval.distinctStewards", FactType.Integer, null, s => s.Facts.DistinctStewards),
        new("acquisition.method", FactType.Text, PolicyVocabulary.AcquisitionMethods, s => s.Facts.AcquisitionMethod),
        new("acquisition.exceptionRecorded", FactType.Boolean, null, s => s.Facts.AcquisitionExceptionRecorded),
        new("data.publiclyAvailable", FactType.Boolean, null, s => s.Facts.PubliclyAvailable),
        new("recipient.certifiedProducer", FactType.Boolean, null, s => s.Facts.RecipientCertifiedProducer),
        new("recipient.certifiedUser", FactType.Boolean, null, s => s.Facts.RecipientCertifiedUser),
        new("recipient.processor", FactType.Boolean, null, s => s.Facts.RecipientProcessor),
        new("contract.processorTerms", FactType.Boolean, null, s => s.Facts.ProcessorContract),
        new("holder.certifiedProducer", FactType.Boolean, null, s => s.Facts.HolderCertifiedProducer),
        new("med.route", FactType.Boolean, null, s => s.Facts.MedicalActRoute),
        new("med.noticeDaysBefore", FactType.Integer, null, s => s.Facts.MedicalNoticeDaysBefore),
        new("med.filingRecorded", FactType.Boolean, null, s => s.Facts.MedicalFilingRecorded),
        new("med.reviewRecorded", FactType.Boolean, null, s => s.Facts.MedicalReviewRecorded),
        new("incident.cause", FactType.Text, PolicyVocabulary.IncidentCauses, s => s.Facts.Incident?.Cause),
        new("incident.distinctPersons", FactType.Integer, null, s => s.Facts.Incident?.DistinctPersons),
        new("incident.categories", FactType.TextSet, PolicyVocabulary.Categories, s => s.Facts.Incident?.Categories.ToHashSet(StringComparer.Ordinal)),
        new("incident.suspected", FactType.Boolean, null, s => s.Facts.Incident?.Suspected),
        new("incident.strongEncryption", FactType.Boolean, null, s => s.Facts.Incident?.StrongEncryption),
        new("incident.pseudonymised", FactType.Boolean, null, s => s.Facts.Incident?.Pseudonymised),
        new("incident.profitYen", FactType.Integer, null, s => s.Facts.Incident?.ProfitYen),
    ];

    private static readonly Dictionary<string, FactDefinition> ByName =
        Definitions.ToDictionary(d => d.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => Definitions.Select(d => d.Name);

    public static FactDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Reads a fact; bools and ints are boxed, sets are <see cref="IReadOnlySet{T}"/>, null means missing.</summary>
    public static object? Read(string name, FactScope scope) => ByName[name].Read(scope) switch
    {
        int i => (long)i,
        var value => value,
    };
}
