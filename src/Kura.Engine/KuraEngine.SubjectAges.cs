using System.Text.Json.Nodes;
using Kura.Core;
using Kura.Engine.Policy;
using Kura.Ledger;
using Kura.Policy;

namespace Kura.Engine;

public sealed partial class KuraEngine
{
    private const string AssumeMinorsParameter = "child.assumeMinorsWhenAgeUnknown";

    /// <summary>
    /// A steward declares how young a dataset's subjects may be: <paramref name="youngestAge"/> null
    /// means minors are possible; a number attests that no subject is younger (for example 18 for
    /// <c>--no-minors</c>). The vault's ages are checked first and a contradicted attestation is
    /// refused. Open projects are re-evaluated; the returned review holds the check (steward-facing).
    /// </summary>
    public SubjectAgeReview DeclareSubjectAges(string dataset, long? youngestAge, string steward)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(steward);
        var d = RequireDataset(dataset);
        if (youngestAge is < 0 or > 150)
            throw KuraException.BadInput("KURA-AGE-DECLARATION", $"The attested youngest age must be a whole number of years from 0 to 150 (got {youngestAge}).");
        var declaration = new SubjectAgeDeclaration(d.Name, youngestAge, steward.Trim(), Now);
        var checks = SubjectAgeChecks(d);
        if (declaration.IsContradictedBy(checks))
            throw KuraException.Conflict("KURA-AGE-ATTESTATION-CONTRADICTED",
                $"Dataset '{d.Name}' holds subjects younger than the attested {youngestAge} years ({ContradictingColumns(declaration, checks)}); nothing was declared. " +
                $"See 'kura policy ages {d.Name}', then correct the data or declare --minors-possible.");
        _catalog.InTransaction(() =>
        {
            _catalog.SetSubjectAges(declaration);
            Record(LedgerEntryTypes.ClassificationChanged, new JsonObject
            {
                ["dataset"] = d.Name,
                ["subject_ages"] = declaration.MinorsPossible ? "minors-possible" : "attested",
                ["youngest_age"] = youngestAge,
                ["declared_by"] = declaration.Steward,
            });
        });
        RefreshDataset(d);
        return SubjectAges(d.Name);
    }

    /// <summary>
    /// The steward's view of a dataset's subject ages: the declaration, what the policy sees, and the
    /// vault's youngest subject per age column. Read from the rows: never show it to project members.
    /// </summary>
    public SubjectAgeReview SubjectAges(string dataset)
    {
        var d = RequireDataset(dataset);
        var (age, basis) = DeclaredSubjectAge(d);
        return new SubjectAgeReview(d.Name, _catalog.SubjectAges(d.Name), age, basis, SubjectAgeChecks(d));
    }

    /// <summary>
    /// After an import: when the vault now contradicts a "no minors" attestation, ledgers a
    /// <c>subject_ages.contradicted</c> entry and returns the notice for the steward. Decisions,
    /// refusals and explanations stay as they were until a steward acts.
    /// </summary>
    private IReadOnlyList<string> AgeAttestationNotices(string dataset)
    {
        if (_catalog.SubjectAges(dataset) is not { YoungestAge: not null }) return [];
        var review = SubjectAges(dataset);
        if (!review.Contradicted) return [];
        var declaration = review.Declaration!;
        Record(LedgerEntryTypes.SubjectAgesContradicted, new JsonObject
        {
            ["dataset"] = review.Dataset,
            ["attested_youngest_age"] = declaration.YoungestAge,
            ["attested_by"] = declaration.Steward,
        });
        return [$"Dataset '{review.Dataset}' now holds subjects younger than the {declaration.YoungestAge} years attested by {declaration.Steward} " +
                $"({ContradictingColumns(declaration, review.Checks)}). Project members see no change until a steward acts: review with " +
                $"'kura policy ages {review.Dataset}', then correct the data or run 'kura policy declare {review.Dataset} --minors-possible'."];
    }

    /// <summary>The youngest age the policy sees for the datasets (the lowest declared), and why.</summary>
    private (long? Age, LocalizedText Basis) DeclaredSubjectAges(IReadOnlyList<Dataset> datasets)
    {
        var each = datasets.Select(DeclaredSubjectAge).ToList();
        return (each.Select(e => e.Age).Where(a => a is not null).Min(),
            Basis(string.Join("; ", each.Select(e => e.Basis.Ja)), string.Join("; ", each.Select(e => e.Basis.En))));
    }

    // Undeclared data counts as possibly describing minors when it has ages or faces (or the policy assumes so).
    private (long? Age, LocalizedText Basis) DeclaredSubjectAge(Dataset d) => _catalog.SubjectAges(d.Name) switch
    {
        { YoungestAge: { } n } x => (n, Basis($"{d.Name}: {n}歳未満の本人はいないと管理者 {x.Steward} が証明", $"{d.Name}: no subject under {n}, attested by steward {x.Steward}")),
        { } x => (0, Basis($"{d.Name}: 未成年者を含み得ると管理者 {x.Steward} が申告", $"{d.Name}: minors possible, declared by steward {x.Steward}")),
        null when AgeSources(d).Any() || HasFacialColumns(d) || ActivePolicy.Parameter(AssumeMinorsParameter).Current.Raw is true =>
            (0, Basis($"{d.Name}: 管理者の申告がないため未成年者を含み得るものとして扱う", $"{d.Name}: not declared by a steward, so minors are assumed possible")),
        null => (null, Basis($"{d.Name}: 管理者の申告なし", $"{d.Name}: not declared by a steward")),
    };

    private IReadOnlyList<SubjectAgeCheck> SubjectAgeChecks(Dataset d) =>
        [.. AgeSources(d).Select(s => new SubjectAgeCheck(s.Table, s.Column, _vault.MinimumAge(d.Name, s, TodayInJapan)))];

    private static string ContradictingColumns(SubjectAgeDeclaration declaration, IReadOnlyList<SubjectAgeCheck> checks) =>
        string.Join(", ", checks.Where(c => c.YoungestAge < declaration.YoungestAge).Select(c => $"{c.Table}.{c.Column}"));

    private static LocalizedText Basis(string ja, string en) => new(ja, en);
}
