namespace Kura.Core;

/// <summary>The kebab-case names users type for purposes, and which purposes are eligible.</summary>
public static class PurposeNames
{
    private static readonly (Purpose Purpose, string Name)[] Map =
    [
        (Purpose.Statistics, "statistics"),
        (Purpose.AiDevelopment, "ai-development"),
        (Purpose.PublicHealth, "public-health"),
        (Purpose.AcademicResearch, "academic-research"),
        (Purpose.IndividualDecision, "individual-decision"),
        (Purpose.Marketing, "marketing"),
        (Purpose.ReIdentification, "re-identification"),
    ];

    public static IEnumerable<string> All => Map.Select(m => m.Name);

    public static string ToName(this Purpose purpose) => Map.First(m => m.Purpose == purpose).Name;

    public static Purpose Parse(string name)
    {
        foreach (var (purpose, text) in Map)
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase)) return purpose;
        throw KuraException.BadInput("KURA-PURPOSE-UNKNOWN",
            $"Unknown purpose '{name}'. Use one of: {string.Join(", ", All)}.");
    }
}
