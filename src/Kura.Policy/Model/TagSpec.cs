using Kura.Policy.Conditions;

namespace Kura.Policy;

/// <summary>A data category a classify rule adds, only when <see cref="When"/> holds (always if null).</summary>
public sealed record TagSpec(string Tag, Condition? When = null);
