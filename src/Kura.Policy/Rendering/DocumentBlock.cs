namespace Kura.Policy;

/// <summary>A block of a rendered document (notice or report); rendered to Markdown or HTML.</summary>
internal abstract record DocumentBlock
{
    public sealed record Heading(int Level, string Text) : DocumentBlock;
    public sealed record Paragraph(string Text) : DocumentBlock;
    public sealed record Bullets(IReadOnlyList<string> Items) : DocumentBlock;
    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock;
}
