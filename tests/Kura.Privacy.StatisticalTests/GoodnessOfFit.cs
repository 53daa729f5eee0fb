namespace Kura.Privacy.StatisticalTests;

/// <summary>
/// Pearson chi-square goodness of fit of integer draws against an exact pmf. Adjacent values are pooled
/// into bins with at least <see cref="MinExpected"/> expected draws, the two tails into one bin each.
/// </summary>
internal static class GoodnessOfFit
{
    /// <summary>Every assertion in this project fails only below this p-value (documented in README.md).</summary>
    public const double FailBelow = 1e-6;

    private const double MinExpected = 50;

    public sealed record Result(double ChiSquare, int DegreesOfFreedom, double PValue)
    {
        public override string ToString() => $"chi2={ChiSquare:F1}, df={DegreesOfFreedom}, p={PValue:E2}";
    }

    /// <summary>Tests observed counts (value → count) against pmf over ℤ, which must be symmetric-decreasing in |x| beyond the core.</summary>
    public static Result Test(IReadOnlyDictionary<long, long> observed, Func<long, double> pmf, long draws)
    {
        // Core range: all values whose expected count is at least 1e-3; beyond it only tail bins.
        long edge = 0;
        while (draws * pmf(edge + 1) >= 1e-3)
            edge++;
        var bins = new List<(double Expected, long Observed)>();
        double expected = 0, coreMass = 0;
        long seen = 0;
        for (var x = -edge; x <= edge; x++)
        {
            var p = pmf(x);
            coreMass += p;
            expected += draws * p;
            seen += observed.GetValueOrDefault(x);
            if (expected >= MinExpected)
            {
                bins.Add((expected, seen));
                expected = 0;
                seen = 0;
            }
        }
        // Leftovers of the core plus both tails form the last bin.
        var outsideObserved = observed.Where(kv => Math.Abs(kv.Key) > edge).Sum(kv => kv.Value);
        var last = (Expected: expected + draws * Math.Max(0, 1 - coreMass), Observed: seen + outsideObserved);
        if (bins.Count > 0 && last.Expected < MinExpected)
            bins[^1] = (bins[^1].Expected + last.Expected, bins[^1].Observed + last.Observed);
        else
            bins.Add(last);
        var chi = bins.Sum(b => (b.Observed - b.Expected) * (b.Observed - b.Expected) / b.Expected);
        var df = bins.Count - 1;
        return new Result(chi, df, SpecialFunctions.GammaQ(df / 2.0, chi / 2));
    }

    /// <summary>Two-sided normal p-value of a z-score.</summary>
    public static double NormalTwoSided(double z) => SpecialFunctions.GammaQ(0.5, z * z / 2);
}
