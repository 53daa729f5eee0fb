namespace Kura.Privacy.Tests;

/// <summary>Independent double-precision references for the discrete noise distributions, used to check public answers.</summary>
internal static class ReferencePmf
{
    /// <summary>P(|Z| ≤ t) for Z ~ N_Z(0, σ²), summing the unnormalised weights over [−M, M].</summary>
    public static double GaussianCentralMass(double sigmaSquared, long t)
    {
        var limit = (long)(Math.Sqrt(sigmaSquared) * 40) + 10;
        double inside = 0, all = 0;
        for (var x = -limit; x <= limit; x++)
        {
            var w = Math.Exp(-(double)x * x / (2 * sigmaSquared));
            all += w;
            if (Math.Abs(x) <= t)
                inside += w;
        }
        return inside / all;
    }

    /// <summary>P(Z ≥ m) for Z ~ N_Z(0, σ²).</summary>
    public static double GaussianUpperTail(double sigmaSquared, long m)
    {
        var limit = (long)(Math.Sqrt(sigmaSquared) * 40) + m + 10;
        double tail = 0, all = 0;
        for (var x = -limit; x <= limit; x++)
        {
            var w = Math.Exp(-(double)x * x / (2 * sigmaSquared));
            all += w;
            if (x >= m)
                tail += w;
        }
        return tail / all;
    }

    /// <summary>P(|Z| ≤ t) for the discrete Laplace with scale b, by direct summation of (1−q)/(1+q)·q^|x|.</summary>
    public static double LaplaceCentralMass(double scale, long t)
    {
        var q = Math.Exp(-1 / scale);
        var mass = (1 - q) / (1 + q);
        for (var x = 1; x <= t; x++)
            mass += 2 * (1 - q) / (1 + q) * Math.Pow(q, x);
        return mass;
    }
}
