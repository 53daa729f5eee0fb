namespace Kura.Privacy.StatisticalTests;

/// <summary>Log-gamma, regularized incomplete gamma and beta functions in double precision (test-side references).</summary>
internal static class SpecialFunctions
{
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    /// <summary>ln Γ(x) for x &gt; 0 (Lanczos, g = 7; relative error ~1e-15).</summary>
    public static double LogGamma(double x)
    {
        if (x < 0.5)
            return Math.Log(Math.PI / Math.Sin(Math.PI * x)) - LogGamma(1 - x);
        x -= 1;
        var sum = Lanczos[0];
        for (var i = 1; i < Lanczos.Length; i++)
            sum += Lanczos[i] / (x + i);
        var t = x + 7.5;
        return 0.5 * Math.Log(2 * Math.PI) + (x + 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    /// <summary>Q(a, x) = Γ(a, x)/Γ(a): the chi-square survival function is Q(df/2, χ²/2).</summary>
    public static double GammaQ(double a, double x)
    {
        if (x <= 0)
            return 1;
        var prefix = Math.Exp(-x + a * Math.Log(x) - LogGamma(a));
        if (x < a + 1)
        {
            // Series for P(a, x).
            double term = 1 / a, sum = term;
            for (var n = 1; n < 100_000 && Math.Abs(term) > Math.Abs(sum) * 1e-16; n++)
            {
                term *= x / (a + n);
                sum += term;
            }
            return 1 - sum * prefix;
        }
        // Continued fraction for Q(a, x) (modified Lentz).
        return prefix * ContinuedFraction(n => n == 0 ? x + 1 - a : -n * (n - a), n => x + 2 * n + 1 - a);
    }

    /// <summary>I_x(a, b), the regularized incomplete beta function (binomial tails, Clopper–Pearson).</summary>
    public static double BetaRegularized(double x, double a, double b)
    {
        if (x <= 0)
            return 0;
        if (x >= 1)
            return 1;
        var front = Math.Exp(LogGamma(a + b) - LogGamma(a) - LogGamma(b) + a * Math.Log(x) + b * Math.Log(1 - x));
        if (x > (a + 1) / (a + b + 2))
            return 1 - BetaRegularized(1 - x, b, a);
        return front * BetaFraction(x, a, b) / a;
    }

    private static double BetaFraction(double x, double a, double b)
    {
        const double tiny = 1e-300;
        double c = 1, d = 1 - (a + b) * x / (a + 1);
        d = Math.Abs(d) < tiny ? tiny : d;
        d = 1 / d;
        var h = d;
        for (var m = 1; m < 1_000_000; m++)
        {
            var m2 = 2 * m;
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + aa * d; d = Math.Abs(d) < tiny ? tiny : d;
            c = 1 + aa / c; c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d; h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + aa * d; d = Math.Abs(d) < tiny ? tiny : d;
            c = 1 + aa / c; c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15)
                break;
        }
        return h;
    }

    // 1/(b0 + a1/(b1 + a2/(b2 + …))) evaluated by the modified Lentz method, with a_n = A(n), b_n = B(n).
    private static double ContinuedFraction(Func<int, double> numerator, Func<int, double> denominator)
    {
        const double tiny = 1e-300;
        var b0 = numerator(0);
        double c = 1 / tiny, d = 1 / b0, h = d;
        for (var n = 1; n < 1_000_000; n++)
        {
            var an = numerator(n);
            var bn = denominator(n);
            d = an * d + bn; d = Math.Abs(d) < tiny ? tiny : d;
            c = bn + an / c; c = Math.Abs(c) < tiny ? tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-15)
                break;
        }
        return h;
    }
}
