namespace Kura.Policy;

/// <summary>Which regime is selected in the file and which one actually applies at a given moment.</summary>
/// <param name="Selected">The regime named by the file's <c>regime</c> field.</param>
/// <param name="Effective">The regime whose rules apply (the selected one once in force, otherwise its fallback).</param>
/// <param name="Since">The date from which <paramref name="Effective"/> applies (Japan calendar date).</param>
/// <param name="SelectedStart">The selected regime's start date, or null when not yet fixed.</param>
public sealed record RegimeStatus(string Selected, string Effective, DateOnly Since, DateOnly? SelectedStart)
{
    /// <summary>True when the selected regime is the one in force.</summary>
    public bool SelectedInForce => Selected == Effective;

    /// <summary>One sentence for <c>kura policy show</c>.</summary>
    public LocalizedText Explanation => SelectedInForce
        ? new($"{Effective} を {Since:yyyy-MM-dd} から適用中。",
              $"{Effective} applies, in force since {Since:yyyy-MM-dd}.")
        : SelectedStart is { } start
            ? new($"{Selected} が選択されているが施行日 {start:yyyy-MM-dd} 前のため、{Effective}（{Since:yyyy-MM-dd} から）を適用中。",
                  $"{Selected} is selected but starts on {start:yyyy-MM-dd}; until then {Effective} (in force since {Since:yyyy-MM-dd}) applies.")
            : new($"{Selected} が選択されているが施行日が未設定のため、{Effective}（{Since:yyyy-MM-dd} から）を適用中。",
                  $"{Selected} is selected but its effective date is not set; {Effective} (in force since {Since:yyyy-MM-dd}) applies.");
}
