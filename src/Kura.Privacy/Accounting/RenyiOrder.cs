using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Accounting;

/// <summary>
/// Picks the Rényi order α for the zCDP → (ε, δ) conversion. Any α &gt; 1 gives a valid bound, so this search
/// may use <see cref="double"/>: it only tunes a public parameter; the bound itself is then computed exactly.
/// </summary>
internal static class RenyiOrder
{
    /// <summary>An α &gt; 1 (a short dyadic rational) near the minimiser, or null when the inputs are out of double range.</summary>
    public static Rational? Choose(double rho, double logInverseDelta)
    {
        if (!(rho > 0) || !double.IsFinite(rho) || !double.IsFinite(logInverseDelta))
            return null;
        double Epsilon(double u)
        {
            // α = 1 + e^u, so every u is a valid order.
            var alphaMinusOne = Math.Exp(u);
            var alpha = 1 + alphaMinusOne;
            return alpha * rho + (logInverseDelta + alphaMinusOne * Math.Log(alphaMinusOne / alpha) - Math.Log(alpha)) / alphaMinusOne;
        }
        // Golden-section search on u = ln(α − 1); the bound is unimodal in α.
        double low = -20, high = 60;
        var ratio = (Math.Sqrt(5) - 1) / 2;
        for (var i = 0; i < 120; i++)
        {
            var a = high - ratio * (high - low);
            var b = low + ratio * (high - low);
            if (Epsilon(a) <= Epsilon(b))
                high = b;
            else
                low = a;
        }
        var chosen = Math.Exp((low + high) / 2);
        if (!double.IsFinite(chosen) || chosen <= 0)
            return null;
        var alphaMinusOneRational = Rational.RoundToSignificantBits(Rational.FromDoubleExact(chosen), 24, up: false);
        return alphaMinusOneRational.Sign > 0 ? 1 + alphaMinusOneRational : null;
    }
}
