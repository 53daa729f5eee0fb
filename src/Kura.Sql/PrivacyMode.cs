namespace Kura.Sql;

/// <summary>How a query's spend is accounted and which noise is added.</summary>
public enum PrivacyMode
{
    /// <summary>Zero-concentrated DP (default): discrete Gaussian noise; the user's ε spends ρ = ε²/2.</summary>
    Zcdp,
    /// <summary>Pure ε-DP: discrete Laplace noise; spends exactly ε (plus δ when keys need partition selection).</summary>
    PureEpsilon,
}
