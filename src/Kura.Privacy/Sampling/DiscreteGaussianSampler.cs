using System.Numerics;
using Kura.Privacy.Arithmetic;

namespace Kura.Privacy.Sampling;

/// <summary>
/// Exact discrete Gaussian sampler: P(x) ∝ exp(−x²/(2σ²)) on the integers, for rational σ² &gt; 0
/// (Canonne, Kamath &amp; Steinke 2020, Algorithm 3: rejection from a discrete Laplace). Integer arithmetic only.
/// </summary>
[Proven("docs/proofs/DiscreteGaussianSampler.md")]
public static class DiscreteGaussianSampler
{
    private static readonly BigInteger WordLimit = BigInteger.One << 62;

    /// <summary>One draw from the discrete Gaussian with variance parameter <paramref name="sigmaSquared"/> (&gt; 0).</summary>
    public static BigInteger Sample(Rational sigmaSquared, IRandomBits rng)
    {
        ArgumentNullException.ThrowIfNull(rng);
        PrivacyParameterException.ThrowIf(sigmaSquared.Sign <= 0, nameof(sigmaSquared),
            "The discrete Gaussian variance sigma² must be greater than 0.");
        var a = sigmaSquared.Numerator;
        var b = sigmaSquared.Denominator;
        // t = floor(σ) + 1, with floor(σ) = floor(√floor(σ²)) computed on integers.
        var t = IntegerRoot.FloorSqrt(sigmaSquared.Floor()) + 1;
        var rejection = new RejectionConstants(a, b, t);
        while (true)
        {
            BigInteger candidate;
            bool accepted;
            if (t < WordLimit)
            {
                var (magnitude, negative) = DiscreteLaplaceSampler.SampleWord((ulong)t, 1, rng);
                accepted = rejection.Accept(magnitude, rng);
                candidate = negative ? -(BigInteger)magnitude : (BigInteger)magnitude;
            }
            else
            {
                candidate = DiscreteLaplaceSampler.SampleBig(t, BigInteger.One, rng);
                accepted = rejection.Accept(BigInteger.Abs(candidate), rng);
            }
            if (accepted)
                return candidate;
        }
    }

    /// <summary>
    /// Accepts a Laplace candidate Y with probability exp(−(|Y| − σ²/t)²/(2σ²)). With σ² = a/b this is
    /// exp(−(|Y|·t·b − a)² / (2·a·b·t²)); the word path is used whenever those integers fit in UInt128.
    /// </summary>
    private readonly struct RejectionConstants
    {
        private readonly BigInteger _a, _tb, _denominator;
        private readonly UInt128 _aWord, _tbWord, _denominatorWord, _magnitudeLimit;
        private readonly bool _wordPath;

        public RejectionConstants(BigInteger a, BigInteger b, BigInteger t)
        {
            _a = a;
            _tb = t * b;
            _denominator = 2 * a * b * t * t;
            // Word path when a, t·b < 2^63 and the denominator < 2^126; then |Y| < 2^63/(t·b) keeps
            // |Y|·t·b − a below 2^63 in magnitude and its square below 2^126.
            _wordPath = a < (BigInteger.One << 63) && _tb < (BigInteger.One << 63) && _denominator < (BigInteger.One << 126);
            if (_wordPath)
            {
                _aWord = (UInt128)a;
                _tbWord = (UInt128)_tb;
                _denominatorWord = (UInt128)_denominator;
                _magnitudeLimit = ((UInt128)1 << 63) / _tbWord;
            }
        }

        public bool Accept(UInt128 magnitude, IRandomBits rng)
        {
            if (!_wordPath || magnitude >= _magnitudeLimit)
                return Accept((BigInteger)magnitude, rng);
            var scaled = magnitude * _tbWord;
            var difference = scaled >= _aWord ? scaled - _aWord : _aWord - scaled;
            return BernoulliExpSampler.SampleFraction(difference * difference, _denominatorWord, rng);
        }

        public bool Accept(BigInteger magnitude, IRandomBits rng)
        {
            var difference = magnitude * _tb - _a;
            return BernoulliExpSampler.SampleFraction(difference * difference, _denominator, rng);
        }
    }
}
