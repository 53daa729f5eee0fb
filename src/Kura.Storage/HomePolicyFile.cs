using System.Text;
using Kura.Engine;
using Kura.Engine.Policy;

namespace Kura.Storage;

/// <summary>
/// The home's policy file, <c>policy/kura-policy.yaml</c>: UTF-8 text, replaced atomically (write a
/// temporary file in the same directory, flush, rename over the old one).
/// </summary>
public sealed class HomePolicyFile(string path) : IPolicyFileStore
{
    /// <summary>The file name under the home's <c>policy/</c> directory.</summary>
    public const string FileName = "kura-policy.yaml";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The policy file of <paramref name="home"/>.</summary>
    public static HomePolicyFile For(KuraHome home) => new(Path.Combine(home.PolicyDirectory, FileName));

    /// <inheritdoc/>
    public string Location { get; } = Path.GetFullPath(path);

    /// <inheritdoc/>
    public string? ReadText() => File.Exists(Location) ? File.ReadAllText(Location, Utf8) : null;

    /// <inheritdoc/>
    public void WriteText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var temporary = Location + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(Utf8.GetBytes(text));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, Location, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Writes the shipped default unless a file exists; returns true when written.</summary>
    internal bool EnsureExists(string defaultText)
    {
        if (File.Exists(Location)) return false;
        WriteText(defaultText);
        return true;
    }
}
