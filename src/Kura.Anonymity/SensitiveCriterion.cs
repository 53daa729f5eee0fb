namespace Kura.Anonymity;

/// <summary>A privacy requirement on the values of one sensitive (special-care) column within every equivalence class.</summary>
/// <param name="Column">Column name in the <see cref="SourceTable"/>; it is released unchanged.</param>
public abstract record SensitiveCriterion(string Column);
