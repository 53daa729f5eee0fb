using Kura.Core;
using Kura.DemoData;
using Kura.Engine;
using Spectre.Console;

namespace Kura.Cli.Demo;

internal sealed partial class DemoTour
{
    // Public knowledge a steward declares once: bounds for sums, domains for group keys, rows per person.
    private void DeclareMetadata(KuraEngine engine)
    {
        engine.DeclareBounds(Dataset, DemoSchema.ClaimsTable, "費用_円", new ValueBounds(0, 100_000));
        engine.DeclareDomain(Dataset, DemoSchema.PatientsTable, "性別", ["男", "女"]);
        engine.DeclareDomain(Dataset, DemoSchema.PatientsTable, "都道府県", JapanesePrefectures.Names);
        engine.SetMaxRowsPerPerson(Dataset, DemoSchema.ClaimsTable, 10);
        _out.MarkupLine("  claims.費用_円 bounded to 0–100,000 yen; patients.性別 {男, 女} and 都道府県 (47) are public domains; ≤ 10 claims per person in DP queries");
    }
}
