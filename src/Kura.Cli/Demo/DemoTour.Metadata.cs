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
        engine.DeclareBounds(Dataset, DemoSchema.ClaimsTable, "費用_円", new ValueBounds(0, 300_000));
        engine.DeclareDomain(Dataset, DemoSchema.PatientsTable, "性別", ["男", "女"]);
        engine.SetMaxRowsPerPerson(Dataset, DemoSchema.ClaimsTable, 20);
        _out.MarkupLine("  claims.費用_円 bounded to 0–300,000 yen; patients.性別 domain {男, 女}; ≤ 20 claims per person in DP queries");
    }
}
