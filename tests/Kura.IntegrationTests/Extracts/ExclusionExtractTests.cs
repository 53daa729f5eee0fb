using Kura.Anonymity.Pseudonyms;
using Kura.Core;
using Kura.DemoData;
using Kura.Engine.Extracts;

namespace Kura.IntegrationTests.Extracts;

/// <summary>Extracts read only through the release views: a person on the objection register is in no extract.</summary>
public class ExclusionExtractTests
{
    [Fact]
    public void Extract_AfterAnObjection_LeavesThatPersonOut()
    {
        using var home = new ExtractHome().LoadDemo(200);
        home.Approve("p", ExtractHome.Demo, ReleaseKind.PseudonymizedExtract);
        var person = ExtractCsv.Read(home.DemoFiles!.File(DemoSchema.ClaimsTable).Path).Column("person_id").First();
        var pseudonym = new ProjectPseudonyms(home.PseudonymKey(), "p").For(person);
        ExtractCsv Claims(string file) => ExtractCsv.Read(home.Engine.Extract(new ExtractRequest
        {
            Project = "p", Kind = ExtractKind.Pseudonymized, OutputPath = home.Out(file), Tables = [DemoSchema.ClaimsTable],
        }).OutputPath);
        Assert.Contains(pseudonym, Claims("before.csv").Column("pseudonym"));

        home.Engine.AddObjection(ExtractHome.Demo, person, "asked to be left out");

        Assert.DoesNotContain(pseudonym, Claims("after.csv").Column("pseudonym"));
    }
}
