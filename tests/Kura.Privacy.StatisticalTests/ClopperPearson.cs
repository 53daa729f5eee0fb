namespace Kura.Privacy.StatisticalTests;

/// <summary>Exact (Clopper–Pearson) one-sided confidence bounds for a binomial proportion.</summary>
internal static class ClopperPearson
{
    /// <summary>The largest p with P(Bin(n, p) ≥ k) ≤ α fails: the one-sided lower bound, level 1 − α.</summary>
    public static double Lower(long k, long n, double alpha) =>
        k == 0 ? 0 : Solve(p => SpecialFunctions.BetaRegularized(p, k, n - k + 1) - alpha);

    /// <summary>The one-sided upper bound at level 1 − α.</summary>
    public static double Upper(long k, long n, double alpha) =>
        k == n ? 1 : Solve(p => SpecialFunctions.BetaRegularized(p, k + 1, n - k) - (1 - alpha));

    // Bisection for the root of an increasing function on (0, 1).
    private static double Solve(Func<double, double> increasing)
    {
        double low = 0, high = 1;
        for (var i = 0; i < 200; i++)
        {
            var middle = (low + high) / 2;
            if (increasing(middle) < 0)
                low = middle;
            else
                high = middle;
        }
        return (low + high) / 2;
    }
}
