using Kura.Core;

namespace Kura.Anonymity;

/// <summary>Checks an <see cref="AnonymizationSpec"/> against its table before any work starts.</summary>
internal static class SpecValidation
{
    public static void Check(SourceTable table, AnonymizationSpec spec)
    {
        if (table.RowCount == 0) throw Bad("KURA-ANON-EMPTY", "The table has no rows; there is nothing to anonymise.");
        var qis = spec.QuasiIdentifiers ?? throw Bad("KURA-ANON-SPEC", "No quasi-identifiers were given.");
        if (qis.Count is 0 or > 32) throw Bad("KURA-ANON-SPEC", $"Give between 1 and 32 quasi-identifiers; {qis.Count} were given.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var qi in qis)
        {
            table.IndexOf(qi.Column);
            if (qi.Hierarchy is null) throw Bad("KURA-ANON-SPEC", $"Quasi-identifier '{qi.Column}' has no hierarchy.");
            if (!names.Add(qi.Column)) throw Bad("KURA-ANON-SPEC", $"Quasi-identifier '{qi.Column}' is listed twice.");
            spec.Population?.IndexOf(qi.Column);
        }
        if (spec.K < 2) throw Bad("KURA-ANON-SPEC", $"k must be at least 2; {spec.K} was given.");
        if (!(spec.SuppressionLimit is >= 0 and <= 1)) throw Bad("KURA-ANON-SPEC", "The suppression limit must be a fraction between 0 and 1.");
        if (spec.RiskLimit is { } limit && !(limit.Highest is > 0 and <= 1 && limit.Average is > 0 and <= 1))
            throw Bad("KURA-ANON-SPEC", "Risk ceilings must be probabilities in (0, 1].");
        if (!Enum.IsDefined(spec.Metric)) throw Bad("KURA-ANON-SPEC", "Unknown quality metric.");
        foreach (var criterion in spec.SensitiveCriteria ?? [])
        {
            table.IndexOf(criterion.Column);
            if (names.Contains(criterion.Column)) throw Bad("KURA-ANON-SPEC", $"Column '{criterion.Column}' cannot be both quasi-identifying and sensitive.");
            var valid = criterion switch
            {
                DistinctLDiversity d => d.L >= 2,
                EntropyLDiversity e => e.L > 1 && double.IsFinite(e.L),
                TCloseness t => t.T is > 0 and <= 1,
                _ => false,
            };
            if (!valid) throw Bad("KURA-ANON-SPEC", $"The {criterion.GetType().Name} criterion on '{criterion.Column}' has an out-of-range parameter (l ≥ 2, entropy l > 1, 0 < t ≤ 1).");
        }
    }

    private static KuraException Bad(string code, string message) => KuraException.BadInput(code, message);
}
