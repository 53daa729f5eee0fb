using System.Text;

namespace Kura.Policy;

/// <summary>Renders document blocks as Markdown or as a standalone HTML page; all text is escaped.</summary>
internal static class DocumentRenderer
{
    public static string Markdown(IEnumerable<DocumentBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case DocumentBlock.Heading h: text.Append('#', h.Level).Append(' ').AppendLine(Md(h.Text)); break;
                case DocumentBlock.Paragraph p: text.AppendLine(Md(p.Text)); break;
                case DocumentBlock.Bullets b: foreach (var item in b.Items) text.Append("- ").AppendLine(Md(item)); break;
                case DocumentBlock.Table t:
                    text.AppendLine("| " + string.Join(" | ", t.Header.Select(Md)) + " |");
                    text.AppendLine("|" + string.Concat(t.Header.Select(_ => " --- |")));
                    foreach (var row in t.Rows) text.AppendLine("| " + string.Join(" | ", row.Select(Md)) + " |");
                    break;
            }
            text.AppendLine();
        }
        return text.ToString();
    }

    public static string Html(string title, string language, IEnumerable<DocumentBlock> blocks)
    {
        var html = new StringBuilder();
        html.AppendLine($"<!DOCTYPE html>\n<html lang=\"{language}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{H(title)}</title>");
        html.AppendLine("<style>body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.6}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em;text-align:left}</style>\n</head>\n<body>");
        foreach (var block in blocks)
            html.AppendLine(block switch
            {
                DocumentBlock.Heading h => $"<h{h.Level}>{H(h.Text)}</h{h.Level}>",
                DocumentBlock.Paragraph p => $"<p>{H(p.Text)}</p>",
                DocumentBlock.Bullets b => "<ul>" + string.Concat(b.Items.Select(i => $"<li>{H(i)}</li>")) + "</ul>",
                DocumentBlock.Table t => "<table><tr>" + string.Concat(t.Header.Select(c => $"<th>{H(c)}</th>")) + "</tr>"
                    + string.Concat(t.Rows.Select(r => "<tr>" + string.Concat(r.Select(c => $"<td>{H(c)}</td>")) + "</tr>")) + "</table>",
                _ => "",
            });
        html.AppendLine("</body>\n</html>");
        return html.ToString();
    }

    private static string H(string text) => new StringBuilder(text)
        .Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;")
        .ToString();

    // Names come from users (holder, dataset, columns): escape everything Markdown could read as markup.
    private static string Md(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if ("\\`*_[]<>|#".Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
