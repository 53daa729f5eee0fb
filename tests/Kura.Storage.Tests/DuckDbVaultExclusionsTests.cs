using Kura.Core;

namespace Kura.Storage.Tests;

/// <summary>The release views: each table minus the excluded persons, kept up to date when the list or a table changes.</summary>
public sealed class DuckDbVaultExclusionsTests : IDisposable
{
    private const string Claims = "id,cost\nP1,10\nP1,20\nP2,30\nP3,40\nP3,50\nP3,60\n";
    private readonly VaultFixture _f = new();

    public DuckDbVaultExclusionsTests() => _f.Import(_f.WriteText("c.csv", Claims), "claims");

    public void Dispose() => _f.Dispose();

    private string View(string table = "claims") => $"\"{_f.Vault.ReleaseSchema("ds")}\".\"{table}\"";

    private List<string> Released(string table = "claims") =>
        [.. _f.Query($"SELECT DISTINCT id FROM {View(table)} ORDER BY id").Select(r => (string)r[0]!)];

    [Fact]
    public void SetExcludedPersons_ReleaseView_DropsTheirRowsKeepsHiddenColumns()
    {
        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), ["P3"]);

        Assert.Equal(["P1", "P2"], Released());
        var columns = _f.Query($"SELECT * FROM {View()} LIMIT 0");
        Assert.Empty(columns);
        var names = _f.Query($"SELECT column_name FROM (DESCRIBE SELECT * FROM {View()})").Select(r => (string)r[0]!).ToList();
        Assert.Equal(["id", "cost", VaultColumns.Rank], names);
        Assert.Equal(["P3"], _f.Vault.ExcludedPersons("ds"));
    }

    [Fact]
    public void SetExcludedPersons_ListChanges_PersonsLeaveAndReturn()
    {
        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), ["P1", "P3"]);
        Assert.Equal(["P2"], Released());

        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), ["P2"]);
        Assert.Equal(["P1", "P3"], Released());

        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), []);
        Assert.Equal(["P1", "P2", "P3"], Released());
    }

    [Fact]
    public void SetExcludedPersons_TableReplacedListUnchanged_StillExcludes()
    {
        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), ["P3"]);
        _f.Import(_f.WriteText("c2.csv", "id,cost\nP3,1\nP4,2\n"), "claims", replace: true);

        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), ["P3"]);

        Assert.Equal(["P4"], Released());
    }

    [Fact]
    public void SetExcludedPersons_NewTableInDataset_GetsItsView()
    {
        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), ["P1"]);
        _f.Import(_f.WriteText("p.csv", "id,sex\nP1,F\nP2,M\n"), "patients");

        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), ["P1"]);

        Assert.Equal(["P2"], Released("patients"));
    }

    [Fact]
    public void SetExcludedPersons_PerRowDataset_ExcludesByRowNumber()
    {
        _f.Import(_f.WriteText("s.csv", "answer\nyes\nno\nmaybe\n"), "answers", personKey: "@row", dataset: "survey");
        var row = (long)_f.Query("SELECT __kura_row FROM survey.answers WHERE answer = 'no'")[0][0]!;

        _f.Vault.SetExcludedPersons("survey", PrivacyUnit.PerRow, [row.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

        var left = _f.Query($"SELECT answer FROM \"{_f.Vault.ReleaseSchema("survey")}\".answers ORDER BY answer").Select(r => (string)r[0]!);
        Assert.Equal(["maybe", "yes"], left);
    }

    [Fact]
    public void ReleaseView_ReadsAPrecomputedFlag_NoJoinPerQuery()
    {
        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), ["P3"]);

        // The exclusion is decided when the list changes, so a query through the view is a filtered scan.
        var plan = string.Join("\n", _f.Query($"EXPLAIN SELECT count(*) FROM {View()} WHERE {VaultColumns.Rank} <= 2").Select(r => r[1]?.ToString()));

        Assert.DoesNotContain("JOIN", plan, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3L, _f.Query($"SELECT count(*) FROM {View()} WHERE {VaultColumns.Rank} <= 2")[0][0]);
    }
    [Fact]
    public void SetExcludedPersons_FlagsChange_ExcludedRowsStoredAfterReleasedRowsInRankOrder()
    {
        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), ["P1"]);
        _f.Vault.SetExcludedPersons("ds", PrivacyUnit.Key("id"), ["P3"]);

        // Trailing excluded rows and a rank-ordered prefix are what let the scan skip the view's filter.
        var stored = _f.Query($"SELECT __kura_excluded, {VaultColumns.Rank}, id FROM ds.claims ORDER BY rowid")
            .Select(r => (Flag: Convert.ToInt32(r[0]), Rank: (long)r[1]!, Id: (string)r[2]!)).ToList();
        Assert.Equal(stored.OrderBy(r => r.Flag).ThenBy(r => r.Rank).Select(r => (r.Flag, r.Rank)), stored.Select(r => (r.Flag, r.Rank)));
        Assert.Equal(["P3", "P3", "P3"], stored.Where(r => r.Flag == 1).Select(r => r.Id));
        Assert.Equal(6, stored.Count);
    }
}
