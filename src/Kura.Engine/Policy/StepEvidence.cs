namespace Kura.Engine.Policy;

/// <summary>A steward's record that a required step was done, for example a signed written agreement.</summary>
/// <param name="StepId">The policy step id, for example <c>written-agreement</c>.</param>
/// <param name="Evidence">What proves it (a contract number, a URL, a document reference).</param>
/// <param name="Steward">Who recorded it.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Value">A result the step carries: <c>positive</c>/<c>negative</c> for an assessment, days for an advance notice; else null.</param>
public sealed record StepEvidence(string StepId, string Evidence, string Steward, DateTimeOffset At, string? Value = null);
