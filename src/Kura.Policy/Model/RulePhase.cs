namespace Kura.Policy;

/// <summary>Where a rule sits in the evaluation order: tags first, then deny, children, allowances, reports.</summary>
public enum RulePhase
{
    /// <summary>Tags data categories per column (identification codes, special-care, facial, health, criminal).</summary>
    Classify,
    /// <summary>Refuses the request outright.</summary>
    Deny,
    /// <summary>Children's rules; their steps apply on top of every allowance.</summary>
    Children,
    /// <summary>Allowances (a legal basis) and the steps that come with releases.</summary>
    AllowWithSteps,
    /// <summary>Incident reporting obligations.</summary>
    Report,
}
