namespace Kura.Policy;

/// <summary>A text given in Japanese and English; both are required in the policy file.</summary>
public sealed record LocalizedText(string Ja, string En);
