namespace Kura.Engine.Policy;

/// <summary>
/// The home's editable policy file (<c>policy/kura-policy.yaml</c> in the embedded deployment).
/// The engine reads it before every decision and writes it for <c>kura policy set</c>.
/// </summary>
public interface IPolicyFileStore
{
    /// <summary>Where the file lives, as shown to users (a path).</summary>
    string Location { get; }

    /// <summary>The file's UTF-8 text, or null when there is no file.</summary>
    string? ReadText();

    /// <summary>Replaces the file's text atomically (readers see the old or the new text, never a mix).</summary>
    void WriteText(string text);
}
