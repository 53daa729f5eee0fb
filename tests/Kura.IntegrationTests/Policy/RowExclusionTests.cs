using Kura.Core;
using Kura.Engine.Intake;
using Kura.Sql;

namespace Kura.IntegrationTests.Policy;

/// <summary>
/// Objectors and children's facial data without consent are left out by the engine, in the release
/// views every release path reads, whatever the path.
/// </summary>
public class RowExclusionTests
{
    private static readonly string[] Everyone = ["A01", "A02", "A03", "A04", "A05", "A06", "A07", "A08"];

    private static PolicyHome Clinic(bool declareConsent = true)
    {
        var home = new PolicyHome();
        home.LoadClinic();
        if (declareConsent) home.Engine.DeclareFacialConsent(PolicyHome.Clinic, "facial.consent");
        return home;
    }

    [Fact]
    public void ReleaseViews_ChildrenWithoutRecordedConsent_AreExcludedFromEveryTable()
    {
        using var home = Clinic();

        string[] kept = ["A01", "A04", "A05", "A06", "A08"];
        Assert.Equal(kept, home.ReleasedPersons(PolicyHome.Clinic, "claims"));
        Assert.Equal(kept.Where(p => p != "A08"), home.ReleasedPersons(PolicyHome.Clinic, "facial"));
        var summary = home.Engine.ExclusionsOf(PolicyHome.Clinic);
        Assert.Equal((3, 0, 3), (summary.MinorsWithoutConsent, summary.Objectors, summary.Total));
    }

    [Fact]
    public void ReleaseViews_WithoutConsentColumn_ExcludeEveryChildWithAFace()
    {
        using var home = Clinic(declareConsent: false);

        Assert.Equal(["A04", "A05", "A06", "A08"], home.ReleasedPersons(PolicyHome.Clinic, "claims"));
    }

    [Fact]
    public void AddObjection_ExcludesThePersonAtOnce_AndRemovingRestoresThem()
    {
        using var home = Clinic();
        var schema = home.Engine.ReleaseSourceFor(PolicyHome.Clinic);

        home.Engine.AddObjection(PolicyHome.Clinic, "A08", "asked at the desk");

        Assert.Contains("A08", home.Vault.ExcludedPersons(PolicyHome.Clinic));
        Assert.DoesNotContain(home.Vault.Backend.Execute($"SELECT DISTINCT person_id FROM \"{schema}\".claims"), r => (string)r[0]! == "A08");
        Assert.Equal("KURA-OBJECTION-EXISTS", Assert.Throws<KuraException>(() => home.Engine.AddObjection(PolicyHome.Clinic, " A08 ")).Code);

        home.Engine.RemoveObjection(PolicyHome.Clinic, "A08");

        Assert.Contains("A08", home.ReleasedPersons(PolicyHome.Clinic, "claims"));
        Assert.DoesNotContain(home.Engine.Ledger.ReadAll(), e => e.Payload.ToJsonString().Contains("A08", StringComparison.Ordinal));
    }

    [Fact]
    public void SetPolicyParameter_LowerConsentAge_ChangesWhoIsExcluded()
    {
        using var home = Clinic();

        home.Engine.SetPolicyParameter("child.consentAge", "13");

        Assert.Equal(["A02", "A07"], home.Vault.ExcludedPersons(PolicyHome.Clinic));
    }

    [Fact]
    public void ReleaseSourceFor_AfterReplacingATable_RecomputesTheExclusions()
    {
        using var home = Clinic();
        home.Engine.ReleaseSourceFor(PolicyHome.Clinic);
        home.Write("facial2.csv", "person_id,face,age,consent\nA08,faces/a08.jpg,11,false\n");

        home.Engine.Import(new ImportRequest(home.File("facial2.csv"), PolicyHome.Clinic, "facial", PrivacyUnit.Key("person_id"), Replace: true));

        Assert.Equal(["A01", "A02", "A03", "A04", "A05", "A06", "A07"], home.ReleasedPersons(PolicyHome.Clinic, "claims"));
    }

    [Fact]
    public void ReleaseViews_AttestedAdultsThenAChildImported_ExcludeTheChildButNotUnknownAges()
    {
        using var home = new PolicyHome();
        void Load(string rows, bool replace = false)
        {
            home.Write("portraits.csv", "person_id,face,age\n" + rows);
            home.Engine.Import(new ImportRequest(home.File("portraits.csv"), "studio", "portraits", PrivacyUnit.Key("person_id"), Replace: replace));
        }
        Load("B01,f/b01.jpg,30\nB02,f/b02.jpg,\nB03,f/b03.jpg,45");
        home.Engine.SetColumnClass("studio", "face", ColumnClass.Facial);
        home.Engine.SetColumnClass("studio", "age", ColumnClass.QuasiIdentifier, subjectAge: true);
        Assert.Equal(["B01", "B03"], home.ReleasedPersons("studio", "portraits"));

        home.Engine.DeclareSubjectAges("studio", 18, "sato");
        Assert.Equal(["B01", "B02", "B03"], home.ReleasedPersons("studio", "portraits"));

        Load("B01,f/b01.jpg,30\nB02,f/b02.jpg,\nB03,f/b03.jpg,45\nB04,f/b04.jpg,9", replace: true);
        Assert.Equal(["B01", "B02", "B03"], home.ReleasedPersons("studio", "portraits"));
    }

    [Fact]
    public void ReleaseViews_KeepHiddenBookkeepingColumns()
    {
        using var home = Clinic();
        var schema = home.Engine.ReleaseSourceFor(PolicyHome.Clinic);

        var rows = home.Vault.Backend.Execute($"SELECT max(\"{VaultColumns.Rank}\") FROM \"{schema}\".claims");

        Assert.Equal(1L, rows[0][0]);
        Assert.StartsWith("__kura_", schema, StringComparison.Ordinal);
    }

    [Fact]
    public void DpQueryPlan_ReadingTheReleaseSchema_CountsOnlyPersonsNotExcluded()
    {
        using var home = Clinic();
        home.Engine.AddObjection(PolicyHome.Clinic, "A05");
        var schema = home.Engine.ReleaseSourceFor(PolicyHome.Clinic);
        var dataset = home.Engine.ShowDataset(PolicyHome.Clinic);

        long[] Counts(string source) => [.. home.Vault.Backend.Execute(DpSql.Prepare("SELECT COUNT(DISTINCT person_id) FROM claims", dataset, null,
            new BoundingOptions { Epsilon = 1m, SourceSchema = source }).BackendSql)[0].OfType<long>()];

        Assert.Contains((long)Everyone.Length, Counts(PolicyHome.Clinic));
        Assert.Contains((long)Everyone.Length - 4, Counts(schema));
    }
}
