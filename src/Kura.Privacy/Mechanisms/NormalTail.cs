namespace Kura.Privacy.Mechanisms;

/// <summary>The complementary error function in double precision, for display-only interval widths.</summary>
internal static class NormalTail
{
    /// <summary>erfc(x) for x ≥ 0, relative error around 1e-12 or better.</summary>
    public static double Erfc(double x)
    {
        if (x < 0)
            return 2 - Erfc(-x);
        return x < 3 ? 1 - ErfBySeries(x) : ErfcByContinuedFraction(x);
    }

    // erf(x) = (2/√π)·e^(−x²)·Σ 2^n x^(2n+1)/(1·3·…·(2n+1)): positive terms, no cancellation.
    private static double ErfBySeries(double x)
    {
        double term = x, sum = x;
        for (var n = 1; n < 200 && term > sum * 1e-17; n++)
        {
            term *= 2 * x * x / (2 * n + 1);
            sum += term;
        }
        return 2 / Math.Sqrt(Math.PI) * Math.Exp(-x * x) * sum;
    }

    // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated from the tail.
    private static double ErfcByContinuedFraction(double x)
    {
        var fraction = x;
        for (var n = 80; n >= 1; n--)
            fraction = x + n / 2.0 / fraction;
        return Math.Exp(-x * x) / (Math.Sqrt(Math.PI) * fraction);
    }
}
