namespace Kura.Core;

/// <summary>The kebab-case names users type for column classes.</summary>
public static class ColumnClassNames
{
    private static readonly (ColumnClass Class, string Name)[] Map =
    [
        (ColumnClass.PersonKey, "person-key"),
        (ColumnClass.DirectIdentifier, "direct-identifier"),
        (ColumnClass.QuasiIdentifier, "quasi-identifier"),
        (ColumnClass.SpecialCare, "special-care"),
        (ColumnClass.Facial, "facial"),
        (ColumnClass.Ordinary, "ordinary"),
    ];

    public static IEnumerable<string> All => Map.Select(m => m.Name);

    public static string ToName(this ColumnClass value) => Map.First(m => m.Class == value).Name;

    public static ColumnClass Parse(string name)
    {
        foreach (var (value, text) in Map)
            if (string.Equals(text, name, StringComparison.OrdinalIgnoreCase)) return value;
        throw KuraException.BadInput("KURA-CLASS-UNKNOWN",
            $"Unknown column class '{name}'. Use one of: {string.Join(", ", All)}.");
    }
}
