namespace Kura.Sql.Release;

/// <summary>A column of a released result, in select-list order.</summary>
/// <param name="Name">The alias, or the column or aggregate name.</param>
/// <param name="IsGroupKey">True for a group key (released as text); false for a noisy aggregate.</param>
public sealed record DpResultColumn(string Name, bool IsGroupKey);
