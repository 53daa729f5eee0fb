using System.Text;

namespace Kura.Detection;

/// <summary>Sampled values, NFKC-normalised and trimmed, with blanks and null markers dropped.</summary>
internal sealed class SampleSet
{
    /// <summary>Fewer non-empty samples than this give no value evidence: too little to judge.</summary>
    public const int MinimumForEvidence = 5;

    private static readonly HashSet<string> NullMarkers = new(["null", "na", "n/a", "nan", "none", "-"], StringComparer.OrdinalIgnoreCase);

    public SampleSet(IReadOnlyList<string?> raw)
    {
        var values = new List<string>(raw.Count);
        foreach (var item in raw)
        {
            if (string.IsNullOrWhiteSpace(item)) continue;
            var value = item.Normalize(NormalizationForm.FormKC).Trim();
            if (!NullMarkers.Contains(value)) values.Add(value);
        }
        Values = values;
    }

    public IReadOnlyList<string> Values { get; }

    public int Count => Values.Count;

    public int CountMatching(Func<string, bool> test) => Values.Count(test);
}
