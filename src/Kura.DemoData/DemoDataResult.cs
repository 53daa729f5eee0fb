namespace Kura.DemoData;

/// <summary>The files written, in the order patients, claims, facial_images, and the encoding used.</summary>
public sealed record DemoDataResult(IReadOnlyList<DemoDataFile> Files, string Encoding)
{
    /// <summary>The file of <paramref name="table"/> (for example <see cref="DemoSchema.ClaimsTable"/>).</summary>
    public DemoDataFile File(string table) => Files.First(f => f.Table == table);
}
