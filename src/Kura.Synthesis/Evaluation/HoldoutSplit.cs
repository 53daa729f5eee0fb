using Kura.Core;
using Kura.Privacy.Sampling;
using Kura.Synthesis.Domains;

namespace Kura.Synthesis.Evaluation;

/// <summary>Splits real rows at random into a part to synthesise from and a held-out part to test classifiers on.</summary>
public static class HoldoutSplit
{
    /// <summary>
    /// (Train, Test) with round(rows·<paramref name="testFraction"/>) test rows (0 &lt; fraction &lt; 1), chosen by a
    /// uniformly random permutation from <paramref name="randomness"/> (default: the OS CSPRNG).
    /// </summary>
    public static (EncodedTable Train, EncodedTable Test) Split(EncodedTable table, double testFraction, IRandomBits? randomness = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!(testFraction > 0 && testFraction < 1))
            throw KuraException.BadInput("KURA-SYNTH-REPORT", $"The held-out fraction must be between 0 and 1 (got {testFraction}).");
        var rng = randomness ?? new CryptoRandomBits();
        var order = Enumerable.Range(0, table.RowCount).ToArray();
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = (int)rng.UniformBelow((ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
        var test = (int)Math.Round(table.RowCount * testFraction);
        return (table.SelectRows(order[test..]), table.SelectRows(order[..test]));
    }
}
