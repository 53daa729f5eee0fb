namespace Kura.Storage.Intake;

/// <summary>The spellings a boolean column may use (case-insensitive); the same list is used in SQL.</summary>
public static class BooleanText
{
    public static readonly string[] TrueWords = ["true", "t", "yes", "y", "1"];
    public static readonly string[] FalseWords = ["false", "f", "no", "n", "0"];

    public static bool? Parse(ReadOnlySpan<char> value)
    {
        foreach (var w in TrueWords)
            if (value.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var w in FalseWords)
            if (value.Equals(w, StringComparison.OrdinalIgnoreCase)) return false;
        return null;
    }
}
