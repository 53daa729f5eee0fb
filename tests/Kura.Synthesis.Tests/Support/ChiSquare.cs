namespace Kura.Synthesis.Tests.Support;

/// <summary>Pearson chi-square goodness of fit with pooled bins, and its p-value.</summary>
internal static class ChiSquare
{
    /// <summary>Every statistical assertion here fails only below this p-value.</summary>
    public const double FailBelow = 1e-6;

    /// <summary>p-value of observed counts against expected counts, pooling adjacent bins until each expects ≥ 20.</summary>
    public static double PValue(IReadOnlyList<double> expected, IReadOnlyList<long> observed)
    {
        var bins = new List<(double E, double O)>();
        double e = 0, o = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            e += expected[i];
            o += observed[i];
            if (e >= 20)
            {
                bins.Add((e, o));
                e = o = 0;
            }
        }
        if (bins.Count > 0)
            bins[^1] = (bins[^1].E + e, bins[^1].O + o);
        var chi = bins.Sum(b => (b.O - b.E) * (b.O - b.E) / b.E);
        return UpperGamma((bins.Count - 1) / 2.0, chi / 2);
    }

    /// <summary>Regularised upper incomplete gamma Q(a, x): series below a + 1, continued fraction above.</summary>
    public static double UpperGamma(double a, double x)
    {
        if (x <= 0)
            return 1;
        var logPrefix = a * Math.Log(x) - x - LogGamma(a);
        if (x < a + 1)
        {
            double term = 1 / a, sum = term;
            for (var n = 1; n < 1000 && Math.Abs(term) > 1e-15 * Math.Abs(sum); n++)
                sum += term *= x / (a + n);
            return 1 - sum * Math.Exp(logPrefix);
        }
        double b = x + 1 - a, c = 1e300, d = 1 / b, h = d;
        for (var i = 1; i < 1000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.Abs(d) < 1e-300 ? 1e-300 : d;
            c = b + an / c;
            c = Math.Abs(c) < 1e-300 ? 1e-300 : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15)
                break;
        }
        return Math.Exp(logPrefix) * h;
    }

    // Lanczos approximation (g = 7, n = 9).
    private static double LogGamma(double x)
    {
        double[] g = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
            12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
        if (x < 0.5)
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        x -= 1;
        var sum = g[0];
        for (var i = 1; i < 9; i++)
            sum += g[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }
}
