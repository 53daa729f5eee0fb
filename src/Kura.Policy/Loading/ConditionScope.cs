namespace Kura.Policy;

/// <summary>Where a condition appears, which decides the facts and tests it may use.</summary>
internal enum ConditionScope
{
    /// <summary>A classify rule: column facts and parameters only.</summary>
    Column,
    /// <summary>A rule's <c>when</c>: request facts, parameters and fired-rule tests.</summary>
    Request,
    /// <summary>A step's evidence or an effect's inner <c>when</c>: request facts and parameters.</summary>
    Evidence,
}
