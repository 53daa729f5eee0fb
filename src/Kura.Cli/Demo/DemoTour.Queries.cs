using Kura.Cli.Commands;
using Kura.Engine;
using Kura.Engine.Queries;
using Kura.Sql;
using Spectre.Console;

namespace Kura.Cli.Demo;

internal sealed partial class DemoTour
{
    // The three questions an AI developer asks first; each is paid from the project's budget and ledgered.
    private static readonly (string Title, string Sql)[] Questions =
    [
        ("Patients per prefecture and age band (top 10)",
            "SELECT 都道府県, CASE WHEN EXTRACT(YEAR FROM 生年月日) > 1984 THEN 'under 40' WHEN EXTRACT(YEAR FROM 生年月日) > 1959 THEN '40-64' ELSE '65+' END AS age_band, " +
            "COUNT(*) AS patients FROM patients GROUP BY 都道府県, age_band ORDER BY patients DESC LIMIT 10"),
        ("Mean claim cost (yen) per ICD-10 chapter letter",
            "SELECT SUBSTRING(傷病名コード, 1, 1) AS icd10_chapter, AVG(費用_円) AS mean_cost_yen, COUNT(*) AS claims " +
            "FROM claims GROUP BY icd10_chapter ORDER BY claims DESC LIMIT 10"),
        ("Median claims per person",
            "SELECT MEDIAN(n) AS median_claims, AVG(n) AS mean_claims FROM (SELECT person_id, COUNT(*) AS n FROM claims GROUP BY person_id) AS per_person"),
    ];

    private void AskQuestions(KuraEngine engine)
    {
        foreach (var (title, sql) in Questions)
        {
            _out.MarkupLine($"  [bold]{title.Esc()}[/]  [grey]ε = 1[/]");
            _out.MarkupLine($"  [grey]{sql.Esc()}[/]");
            var outcome = engine.Query(new QueryRequest(ProjectName, sql, new BoundingOptions { Epsilon = 1m }, Dataset));
            QueryCommand.Render(_out, outcome);
        }
    }
}
