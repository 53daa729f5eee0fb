namespace Kura.Engine.Policy;

/// <summary>
/// A steward's declaration of how young a dataset's subjects may be (<c>kura policy declare DATASET
/// --minors-possible | --no-minors --attested-by NAME</c>). The children's rules read this, never the
/// rows, so what project members see cannot change with an import.
/// </summary>
/// <param name="Dataset">The dataset.</param>
/// <param name="YoungestAge">
/// The attested lower bound in whole years: no subject is younger. Null when the steward declares
/// that minors are possible.
/// </param>
/// <param name="Steward">Who declared it; for an attestation, the steward who vouches for it.</param>
/// <param name="At">When it was declared (UTC).</param>
public sealed record SubjectAgeDeclaration(string Dataset, long? YoungestAge, string Steward, DateTimeOffset At)
{
    /// <summary>Age of majority in Japan since 1 April 2022 (Civil Code Art. 4); what <c>--no-minors</c> attests by default.</summary>
    public const long AgeOfMajority = 18;

    /// <summary>True when the steward declared that the data may describe minors.</summary>
    public bool MinorsPossible => YoungestAge is null;

    /// <summary>True when an attested lower bound is contradicted by a younger subject in one of <paramref name="checks"/>.</summary>
    public bool IsContradictedBy(IEnumerable<SubjectAgeCheck> checks) =>
        YoungestAge is { } bound && checks.Any(c => c.YoungestAge < bound);
}
