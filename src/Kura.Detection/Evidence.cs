using Kura.Core;

namespace Kura.Detection;

/// <summary>One rule's finding: the class it points to, its confidence and a value-free explanation.</summary>
internal sealed record Evidence(ColumnClass Class, bool IsSubjectAge, double Confidence, string Explanation)
{
    /// <summary>How much harm a wrong "too lenient" class could do; stricter classes win conflicts.</summary>
    public int Severity => Class switch
    {
        ColumnClass.DirectIdentifier => 4,
        ColumnClass.SpecialCare or ColumnClass.Facial => 3,
        ColumnClass.PersonKey => 2,
        ColumnClass.QuasiIdentifier => 1,
        _ => 0,
    };
}
