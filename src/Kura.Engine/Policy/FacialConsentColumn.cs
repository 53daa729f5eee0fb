namespace Kura.Engine.Policy;

/// <summary>
/// The column of a facial-data table that records the legal representative's consent (true, yes, はい, 有, 同意 …).
/// Declared by a steward; without it no consent counts as recorded.
/// </summary>
public sealed record FacialConsentColumn(string Table, string Column);
