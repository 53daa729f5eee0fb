using Kura.Synthesis.Domains;
using Kura.Synthesis.Mechanisms;
using Kura.Synthesis.Model;

namespace Kura.Synthesis.Mst;

/// <summary>
/// MST's domain compression (post-processing of the noisy 1-way marginals): in each column, values whose noisy
/// count is below 3σ are merged into one "rare" code, so later marginals spend no noise on near-empty cells.
/// Synthetic rows in the rare code get one of the merged values uniformly at random.
/// </summary>
internal sealed class DomainCompression
{
    private readonly int[][] _toCompressed;  // per column: original code → compressed code
    private readonly int[][] _rareValues;    // per column: original codes merged into the last compressed code

    private DomainCompression(int[][] toCompressed, int[][] rareValues, int[] shape)
    {
        _toCompressed = toCompressed;
        _rareValues = rareValues;
        Shape = shape;
    }

    /// <summary>Compressed domain sizes.</summary>
    public int[] Shape { get; }

    /// <summary>Builds the compression from one noisy 1-way marginal per column (in column order).</summary>
    public static DomainCompression FromOneWay(IReadOnlyList<NoisyMarginal> oneWay)
    {
        var n = oneWay.Count;
        var toCompressed = new int[n][];
        var rare = new int[n][];
        var shape = new int[n];
        for (var c = 0; c < n; c++)
        {
            var counts = oneWay[c].Counts;
            var threshold = 3 * Math.Sqrt(oneWay[c].SigmaSquared.ToDouble());
            var rareCodes = Enumerable.Range(0, counts.Length).Where(v => counts[v] < threshold).ToArray();
            // Merging fewer than two values changes nothing.
            rare[c] = rareCodes.Length >= 2 ? rareCodes : [];
            toCompressed[c] = new int[counts.Length];
            var next = 0;
            for (var v = 0; v < counts.Length; v++)
            {
                if (Array.IndexOf(rare[c], v) < 0)
                    toCompressed[c][v] = next++;
            }
            foreach (var v in rare[c])
                toCompressed[c][v] = next;
            shape[c] = next + (rare[c].Length > 0 ? 1 : 0);
        }
        return new DomainCompression(toCompressed, rare, shape);
    }

    /// <summary>The table with every code replaced by its compressed code (over placeholder domains).</summary>
    public EncodedTable Compress(EncodedTable table)
    {
        var domains = Shape.Select((size, c) => (SynthesisDomain)new CategoricalDomain(table.Domains[c].Column,
            Enumerable.Range(0, size).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToArray();
        var columns = Enumerable.Range(0, Shape.Length).Select(c =>
        {
            var codes = table.Column(c);
            var result = new int[codes.Length];
            for (var r = 0; r < result.Length; r++)
                result[r] = _toCompressed[c][codes[r]];
            return result;
        }).ToArray();
        return new EncodedTable(domains, columns);
    }

    /// <summary>A 1-way measurement moved onto the compressed domain: merged cells add, and so do their variances.</summary>
    public FitMeasurement CompressOneWay(NoisyMarginal oneWay)
    {
        var c = oneWay.Columns[0];
        var variance = oneWay.SigmaSquared.ToDouble();
        var values = new double[Shape[c]];
        var variances = new double[Shape[c]];
        for (var v = 0; v < oneWay.Counts.Length; v++)
        {
            values[_toCompressed[c][v]] += oneWay.Counts[v];
            variances[_toCompressed[c][v]] += variance;
        }
        return new FitMeasurement([c], values, variances.Select(x => 1 / x).ToArray());
    }

    /// <summary>Maps compressed synthetic codes back to original codes, in place.</summary>
    public void Expand(int[][] columns, UniformSource random)
    {
        for (var c = 0; c < columns.Length; c++)
        {
            if (_rareValues[c].Length == 0)
            {
                var back = new int[Shape[c]];
                for (var v = 0; v < _toCompressed[c].Length; v++)
                    back[_toCompressed[c][v]] = v;
                for (var r = 0; r < columns[c].Length; r++)
                    columns[c][r] = back[columns[c][r]];
                continue;
            }
            var original = new int[Shape[c] - 1];
            for (var v = 0; v < _toCompressed[c].Length; v++)
            {
                if (_toCompressed[c][v] < original.Length)
                    original[_toCompressed[c][v]] = v;
            }
            for (var r = 0; r < columns[c].Length; r++)
            {
                var code = columns[c][r];
                columns[c][r] = code < original.Length ? original[code] : _rareValues[c][random.NextInt(_rareValues[c].Length)];
            }
        }
    }
}
