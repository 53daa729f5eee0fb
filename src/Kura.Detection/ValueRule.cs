using Kura.Core;

namespace Kura.Detection;

/// <summary>A value pattern that proposes <see cref="Class"/> when at least <see cref="MinShare"/> of the non-empty samples match.</summary>
internal sealed record ValueRule(string Label, ColumnClass Class, bool IsSubjectAge, double Confidence, double MinShare, Func<string, bool> Test)
{
    public Evidence? Evaluate(SampleSet samples)
    {
        var matching = samples.CountMatching(Test);
        if (matching < MinShare * samples.Count) return null;
        return new Evidence(Class, IsSubjectAge, Confidence,
            $"{matching} of {samples.Count} non-empty sampled values are {Label} → {Class.ToName()}");
    }
}
