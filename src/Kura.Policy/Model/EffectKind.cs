namespace Kura.Policy;

/// <summary>What a rule does when its condition holds.</summary>
public enum EffectKind
{
    /// <summary>Adds data categories (classify phase only).</summary>
    Tag,
    /// <summary>Refuses; the most restrictive outcome.</summary>
    Deny,
    /// <summary>Adds steps that must be taken; not a legal basis by itself.</summary>
    RequireStep,
    /// <summary>A legal basis for the request, possibly with steps.</summary>
    Allow,
    /// <summary>Creates obligations with deadlines (incidents).</summary>
    ReportObligation,
}
