using Kura.Storage.Intake;

namespace Kura.Storage.Vault;

/// <summary>Reads the first <see cref="CsvSample.MaxBytes"/> bytes of a file.</summary>
internal static class SourceHead
{
    public static (byte[] Head, bool IsWholeFile) Read(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        var buffer = new byte[(int)Math.Min(stream.Length, CsvSample.MaxBytes)];
        stream.ReadExactly(buffer);
        return (buffer, buffer.Length == stream.Length);
    }
}
