using Kura.Anonymity.Encoding;
using Kura.Core;

namespace Kura.Anonymity.Privacy;

/// <summary>
/// The class-level privacy models of one request: k-anonymity plus l-diversity / t-closeness per sensitive
/// column. A class that fails any of them is suppressed; a node is acceptable when at most
/// <see cref="MaxSuppressed"/> records are suppressed. Every model here is monotonic under generalisation
/// (a union of passing classes passes), which the search's tagging relies on. A ceiling on the highest risk
/// is a class model (k raised to the class size it implies); the average-risk ceiling is a node-level test
/// (<see cref="WithinAverageRisk"/>).
/// </summary>
internal sealed class ClassCriteria
{
    private const double Slack = 1e-12;   // keeps boundary cases (e.g. exactly l equal frequencies) passing
    private readonly double[] minEntropy;    // per attribute; 0 = no entropy criterion
    private readonly int[] minDistinct;      // per attribute; 0 = none
    private readonly double[] maxDistance;   // per attribute; +inf = none
    private readonly RiskThreshold? riskLimit;

    public ClassCriteria(AnonymizationSpec spec, EncodedTable table)
    {
        K = spec.RiskLimit is { } limit ? Math.Max(spec.K, limit.SmallestClass) : spec.K;
        riskLimit = spec.RiskLimit;
        MaxSuppressed = (int)Math.Floor(spec.SuppressionLimit * table.Rows);
        var attributes = table.SensitiveColumns.Length;
        minEntropy = new double[attributes];
        minDistinct = new int[attributes];
        maxDistance = new double[attributes];
        Array.Fill(maxDistance, double.PositiveInfinity);
        GlobalShares = new double[attributes][];
        foreach (var criterion in spec.SensitiveCriteria)
        {
            var a = Array.IndexOf(table.SensitiveColumns, criterion.Column);
            switch (criterion)
            {
                case DistinctLDiversity d: minDistinct[a] = Math.Max(minDistinct[a], d.L); break;
                case EntropyLDiversity e: minEntropy[a] = Math.Max(minEntropy[a], Math.Log(e.L)); break;
                case TCloseness t: maxDistance[a] = Math.Min(maxDistance[a], t.T); break;
                default: throw KuraException.BadInput("KURA-ANON-CRITERION-UNKNOWN", $"Unsupported sensitive criterion {criterion.GetType().Name}.");
            }
        }
        for (var a = 0; a < attributes; a++) GlobalShares[a] = Shares(table.SensitiveCodes[a], table.SensitiveDomains[a]);
    }

    /// <summary>Smallest released class: k, or more when the highest-risk ceiling asks for more.</summary>
    public int K { get; }

    /// <summary>Record budget for suppression: ⌊limit · n⌋.</summary>
    public int MaxSuppressed { get; }

    /// <summary>True when <paramref name="classes"/> released classes of <paramref name="records"/> records keep within the average-risk ceiling (or there is none).</summary>
    public bool WithinAverageRisk(int classes, int records) => riskLimit?.AverageWithin(classes, records) ?? true;

    /// <summary>Share of each value of each sensitive column in the whole table (t-closeness reference).</summary>
    public double[][] GlobalShares { get; }

    public int Attributes => minEntropy.Length;

    /// <summary>True when attribute <paramref name="a"/> carries any criterion.</summary>
    public bool Constrains(int a) => minDistinct[a] > 0 || minEntropy[a] > 0 || !double.IsPositiveInfinity(maxDistance[a]);

    /// <summary>True when attribute <paramref name="a"/> needs the t-closeness distance.</summary>
    public bool NeedsDistance(int a) => !double.IsPositiveInfinity(maxDistance[a]);

    /// <summary>
    /// Whether a class passes attribute <paramref name="a"/>'s criteria, from its size, its number of distinct
    /// values, Σ c·ln c over those values, and Σ (|c/size − q| − q) over them (q the global share).
    /// </summary>
    public bool Passes(int a, int size, int distinct, double sumCLogC, double distancePartial)
    {
        if (distinct < minDistinct[a]) return false;
        if (minEntropy[a] > 0 && Math.Log(size) - sumCLogC / size < minEntropy[a] - Slack) return false;
        // Equal-distance EMD = ½ Σ_all |p − q| = ½ (1 + Σ_present (|p − q| − q)).
        return !NeedsDistance(a) || 0.5 * (1 + distancePartial) <= maxDistance[a] + Slack;
    }

    private static double[] Shares(int[] codes, int domain)
    {
        var shares = new double[domain];
        foreach (var c in codes) shares[c]++;
        for (var v = 0; v < domain; v++) shares[v] /= Math.Max(1, codes.Length);
        return shares;
    }
}
