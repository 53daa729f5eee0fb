namespace Kura.Privacy;

/// <summary>
/// Marks a privacy-critical type whose correctness argument is written down in a proof note
/// (preconditions, pseudocode, guarantee, source). A test fails when the note is missing.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class ProvenAttribute : Attribute
{
    /// <param name="notePath">Repository-relative path of the proof note, e.g. <c>docs/proofs/GaussianMechanism.md</c>.</param>
    public ProvenAttribute(string notePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(notePath);
        NotePath = notePath;
    }

    /// <summary>Repository-relative path of the proof note (forward slashes).</summary>
    public string NotePath { get; }
}
