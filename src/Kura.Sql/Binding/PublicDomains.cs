using Kura.Sql.Syntax;

namespace Kura.Sql.Binding;

/// <summary>
/// The public domain of a group key, when one is known without looking at data: a column's declared domain,
/// {false, true} for a condition, or the literal results of a CASE. Null means keys need partition selection.
/// </summary>
internal static class PublicDomains
{
    public static IReadOnlyList<string>? Of(SqlExpr key, SqlType type) => key switch
    {
        BoundColumnExpr { Column.PublicDomain: { } domain } =>
            domain.Select(v => KeyText.FromDeclared(v, type)).Distinct(StringComparer.Ordinal).ToList(),
        _ when type == SqlType.Boolean => ["false", "true"],
        CaseExpr c => OfCase(c, type),
        _ => null,
    };

    private static List<string>? OfCase(CaseExpr c, SqlType type)
    {
        var results = c.Whens.Select(w => w.Then).ToList();
        if (c.Else is not null) results.Add(c.Else);
        var domain = new List<string>();
        foreach (var result in results)
        {
            if (result is not LiteralExpr literal) return null;
            if (literal.Kind == LiteralKind.Null) continue;
            var text = KeyText.FromValue(literal.Value, type);
            if (text is not null && !domain.Contains(text, StringComparer.Ordinal)) domain.Add(text);
        }
        return domain;
    }
}
