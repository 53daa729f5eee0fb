using Kura.Core;
using Kura.Privacy.Arithmetic;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis.Evaluation;

/// <summary>Splits real rows at random into a part to synthesise from and a held-out part to test classifiers on.</summary>
public static class HoldoutSplit
{
    /// <summary>
    /// (Train, Test): each row goes to Test independently with probability <paramref name="testFraction"/>
    /// (0 &lt; fraction &lt; 1), using exact Bernoulli draws from <paramref name="randomness"/> (default: the OS CSPRNG).
    /// A Poisson split keeps add/remove-one-person neighbours neighbours in the training part; a fixed-size
    /// split would turn them into substitutions and double the per-person privacy loss of the synthesis.
    /// </summary>
    public static (EncodedTable Train, EncodedTable Test) Split(EncodedTable table, double testFraction, IRandomBits? randomness = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!(testFraction > 0 && testFraction < 1))
            throw KuraException.BadInput("KURA-SYNTH-REPORT", $"The held-out fraction must be between 0 and 1 (got {testFraction}).");
        var rng = randomness ?? new CryptoRandomBits();
        var p = Rational.FromDecimal((decimal)testFraction);
        var train = new List<int>(table.RowCount);
        var test = new List<int>();
        for (var row = 0; row < table.RowCount; row++)
            (BernoulliSampler.Sample(p, rng) ? test : train).Add(row);
        return (table.SelectRows([.. train]), table.SelectRows([.. test]));
    }
}
