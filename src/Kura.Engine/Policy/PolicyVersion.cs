namespace Kura.Engine.Policy;

/// <summary>A policy the home adopted: kept in the catalog so a malformed file never leaves Kura without rules.</summary>
/// <param name="Sequence">Adoption order, from 1; assigned by the catalog.</param>
/// <param name="Hash">The policy's content hash (SHA-256 hex of its canonical form).</param>
/// <param name="Version">The policy file's <c>version</c> field.</param>
/// <param name="SelectedRegime">The regime the file selects.</param>
/// <param name="AdoptedAt">When Kura adopted it.</param>
/// <param name="Actor">Who was acting when it was adopted.</param>
/// <param name="Change">What changed, for example <c>set child.consentAge=15</c>, <c>regime appi-2026</c> or <c>file edited</c>.</param>
/// <param name="Text">The policy text as adopted.</param>
public sealed record PolicyVersion(
    long Sequence,
    string Hash,
    string Version,
    string SelectedRegime,
    DateTimeOffset AdoptedAt,
    string Actor,
    string Change,
    string Text);
