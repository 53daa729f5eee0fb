namespace Kura.Policy;

/// <summary>Who makes a required step happen.</summary>
public enum StepKind
{
    /// <summary>The holder or steward must record evidence; the step is pending until the evidence fact holds.</summary>
    Record,
    /// <summary>Kura's engine enforces it on every release; never pending.</summary>
    Engine,
    /// <summary>An ongoing duty of the holder, shown in the decision; never pending.</summary>
    Duty,
}
