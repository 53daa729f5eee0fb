using Kura.Cli.Commands;
using Kura.Engine;
using Kura.Engine.Synthesis;
using Kura.Synthesis;
using Spectre.Console;

namespace Kura.Cli.Demo;

internal sealed partial class DemoTour
{
    private const string CirculatoryTarget = "循環器_I";

    // One row per person from declared features (domains are public: bins, the declared sex and prefecture lists, caps).
    private static readonly string[] SynthesisFeatures =
    [
        "年齢階級=age:patients.生年月日:0:100:10",
        "性別=category:patients.性別",
        "都道府県=category:patients.都道府県",
        "内分泌_E=count:claims.傷病名コード=E00..E90:3",
        "呼吸器_J=count:claims.傷病名コード=J00..J99:3",
        "新生物_C=count:claims.傷病名コード=C00..D48:3",
        "医療費_円=sumband:claims.費用_円:0:200000:20000",
        CirculatoryTarget + "=count:claims.傷病名コード=I00..I99:1",
    ];

    // DP synthetic training data for the stroke-risk model: one row per person, so the guarantee is per person.
    private void Synthesise(KuraEngine engine, string root)
    {
        var output = Path.Combine(root, "synthetic_persons.csv");
        _out.MarkupLine($"  [bold]kura synth --project {ProjectName} --epsilon 1 --method mst --rows 5000 --per-person --target {CirculatoryTarget} --out synthetic_persons.csv[/]");
        foreach (var feature in SynthesisFeatures) _out.MarkupLine($"    [grey]--feature {feature.Esc()}[/]");
        var outcome = engine.Synthesize(new SyntheticRequest
        {
            Project = ProjectName,
            Dataset = Dataset,
            Epsilon = 1m,
            Rows = 5_000,
            Method = SynthesisMethod.Mst,
            OutputPath = output,
            Features = [.. SynthesisFeatures.Select(PersonFeatureSpec.Parse)],
            Target = CirculatoryTarget,
        });
        var utilityPath = SynthCommand.WriteUtility(outcome);
        SynthReport.Render(_out, outcome, keep ? utilityPath : null);
        if (!keep) _out.MarkupLine("  synthetic file, manifest and utility report written (use --keep to keep them)");
    }
}
