using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kura.Engine.Register;

/// <summary>Renders the register as JSON, CSV (RFC 4180) or a bilingual HTML page for the public.</summary>
public static class RegisterFormats
{
    public static string Json(IReadOnlyList<RegisterRow> rows) => JsonSerializer.Serialize(rows, new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Csv(IReadOnlyList<RegisterRow> rows)
    {
        var sb = new StringBuilder("project,organization,purpose,datasets,column_classes,release_kinds,releases,epsilon_spent,delta_spent,budget_epsilon,budget_delta,status,legal_basis,requested_at,approved_at,last_release_at\r\n");
        foreach (var r in rows)
            sb.AppendJoin(',', new[]
            {
                r.Project, r.Organization, r.Purpose, string.Join(';', r.Datasets), string.Join(';', r.ColumnClasses),
                string.Join(';', r.ReleaseKinds), r.Releases.ToString(CultureInfo.InvariantCulture), r.EpsilonSpent, r.DeltaSpent,
                r.BudgetEpsilon, r.BudgetDelta, r.Status, string.Join(';', r.LegalBasis), Time(r.RequestedAt), Time(r.ApprovedAt), Time(r.LastReleaseAt),
            }.Select(Quote)).Append("\r\n");
        return sb.ToString();
    }

    public static string Html(IReadOnlyList<RegisterRow> rows, DateTimeOffset generatedAt, string ledgerRoot)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\"><title>個人データ利用登録簿 / Register of uses</title>\n")
          .Append("<style>body{font-family:sans-serif;margin:2em;max-width:75em}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.3em .6em;vertical-align:top}th{background:#eee}small{color:#555}</style></head><body>\n")
          .Append("<h1>個人データ利用登録簿<br><small>Public register of uses of personal data</small></h1>\n")
          .Append("<p>この登録簿は、当機関が保有する個人データを統計作成・AI開発のために誰が、何の目的で、どの法的根拠により、どれだけのプライバシー予算(ε)を使って利用したかを公表するものです。個人の値は一切含みません。<br>")
          .Append("<small>This register shows who used the personal data we hold for statistics or AI development, for what purpose, under which legal rule, and at what privacy cost (ε). It contains no individual's values.</small></p>\n")
          .Append(CultureInfo.InvariantCulture, $"<p>作成日時 / Generated: {Enc(Time(generatedAt))} — 台帳ルートハッシュ / Ledger root: <code>{Enc(ledgerRoot)}</code></p>\n")
          .Append("<table><tr><th>プロジェクト<br><small>Project</small></th><th>利用者<br><small>Organisation</small></th><th>目的<br><small>Purpose</small></th>")
          .Append("<th>データ<br><small>Datasets</small></th><th>項目の種類<br><small>Column classes</small></th><th>提供形態<br><small>Release kinds</small></th>")
          .Append("<th>提供回数<br><small>Releases</small></th><th>使用ε / 予算<br><small>ε spent / budget</small></th><th>法的根拠<br><small>Legal basis</small></th>")
          .Append("<th>状態<br><small>Status</small></th><th>承認日<br><small>Approved</small></th></tr>\n");
        foreach (var r in rows)
            sb.Append(CultureInfo.InvariantCulture, $"<tr><td>{Enc(r.Project)}</td><td>{Enc(r.Organization)}</td><td>{Enc(PurposeJa(r.Purpose))}<br><small>{Enc(r.Purpose)}</small></td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{Enc(string.Join(", ", r.Datasets))}</td><td>{Enc(string.Join(", ", r.ColumnClasses))}</td><td>{Enc(string.Join(", ", r.ReleaseKinds))}</td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{r.Releases}</td><td>{Enc(r.EpsilonSpent)} / {Enc(r.BudgetEpsilon)}<br><small>δ {Enc(r.DeltaSpent)} / {Enc(r.BudgetDelta)}</small></td>")
              .Append(CultureInfo.InvariantCulture, $"<td>{Enc(string.Join(", ", r.LegalBasis))}</td><td>{Enc(r.Status)}</td><td>{Enc(Time(r.ApprovedAt))}</td></tr>\n");
        sb.Append("</table>\n<p><small>ε (イプシロン) は差分プライバシーの強さを表し、小さいほど個人への影響が小さいことを意味します。 ε measures differential privacy: the smaller, the less any one person can affect what was released.</small></p>\n</body></html>\n");
        return sb.ToString();
    }

    private static string PurposeJa(string purpose) => purpose switch
    {
        "statistics" => "統計作成",
        "ai-development" => "AI開発",
        "public-health" => "公衆衛生",
        "academic-research" => "学術研究",
        "individual-decision" => "個人に関する決定",
        "marketing" => "マーケティング",
        _ => purpose,
    };

    private static string Time(DateTimeOffset? t) => t?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "";

    private static string Enc(string s) => WebUtility.HtmlEncode(s);

    /// <summary>RFC 4180 quoting, after neutralising a leading = + - @ tab or CR with a single quote so no spreadsheet runs it as a formula (OWASP CSV injection).</summary>
    private static string Quote(string field)
    {
        if (field.Length > 0 && "=+-@\t\r".Contains(field[0])) field = "'" + field;
        return field.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
    }
}
