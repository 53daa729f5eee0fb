namespace Kura.Sql.Syntax;

/// <summary>A 1-based line and column in the query text (columns count Unicode scalar values).</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
