using Kura.Core;
using Kura.Storage.Catalog;
using Microsoft.Data.Sqlite;

namespace Kura.IntegrationTests.Catalog;

public class SqliteCatalogTests
{
    private static readonly DateTimeOffset T0 = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private static VaultTable Claims(long rows = 10) => new("claims",
    [
        new Column("person_id", ColumnType.Text, ColumnClass.PersonKey),
        new Column("cost", ColumnType.Integer, Bounds: new ValueBounds(0, 500000)),
        new Column("sex", ColumnType.Text, ColumnClass.QuasiIdentifier, PublicDomain: ["M", "F"]),
    ], rows, 4, 10);

    [Fact]
    public void SaveTable_ThenFindDataset_RoundTripsEveryField()
    {
        using var dir = new TempDirectory();
        using var catalog = new SqliteCatalog(dir.File("catalog.db"));
        catalog.SaveTable("med", PrivacyUnit.Key("person_id"), Claims(), T0);

        var dataset = catalog.FindDataset("med")!;
        Assert.Equal(PrivacyUnit.Key("person_id"), dataset.Unit);
        var table = Assert.Single(dataset.Tables);
        Assert.Equal(10, table.RowCount);
        Assert.Equal(["person_id", "cost", "sex"], table.Columns.Select(c => c.Name));
        Assert.Equal(new ValueBounds(0, 500000), table.FindColumn("cost")!.Bounds);
        Assert.Equal(["M", "F"], table.FindColumn("sex")!.PublicDomain!);
        Assert.Equal(ColumnClass.QuasiIdentifier, table.FindColumn("sex")!.Class);
    }

    [Fact]
    public void SaveTable_WithOtherPrivacyUnit_IsRefusedAndChangesNothing()
    {
        using var dir = new TempDirectory();
        using var catalog = new SqliteCatalog(dir.File("catalog.db"));
        catalog.SaveTable("med", PrivacyUnit.Key("person_id"), Claims(), T0);

        var e = Assert.Throws<KuraException>(() => catalog.SaveTable("med", PrivacyUnit.PerRow, Claims(99) with { Name = "other" }, T0));
        Assert.Equal("KURA-UNIT-MISMATCH", e.Code);
        Assert.Single(catalog.FindDataset("med")!.Tables);
    }

    [Fact]
    public void InTransaction_WhenWorkThrows_RollsBackEveryChange()
    {
        using var dir = new TempDirectory();
        using var catalog = new SqliteCatalog(dir.File("catalog.db"));
        Assert.Throws<InvalidOperationException>(() => catalog.InTransaction(() =>
        {
            catalog.SaveTable("med", PrivacyUnit.Key("person_id"), Claims(), T0);
            throw new InvalidOperationException("vault swap failed");
        }));
        Assert.Null(catalog.FindDataset("med"));
    }

    [Fact]
    public void Projects_CreateUpdateFind_RoundTrip()
    {
        using var dir = new TempDirectory();
        using var catalog = new SqliteCatalog(dir.File("catalog.db"));
        catalog.SaveTable("med", PrivacyUnit.Key("person_id"), Claims(), T0);
        var project = new Project("p1", "Org", Purpose.AiDevelopment, ["med"], new PrivacyBudget(2m, 0.000001m),
            ProjectStatus.Requested, T0, [], ReleaseKinds: [ReleaseKind.DpQuery, ReleaseKind.Synthetic], Justification: "why");
        catalog.CreateProject(project);
        catalog.UpdateProject(project with { Status = ProjectStatus.Approved, Approvals = [new Approval("steward", T0)], ExpiresAt = T0.AddDays(30) });

        var found = catalog.FindProject("p1")!;
        Assert.Equal(ProjectStatus.Approved, found.Status);
        Assert.Equal(0.000001m, found.Budget.Delta);
        Assert.Equal([ReleaseKind.DpQuery, ReleaseKind.Synthetic], found.ReleaseKinds!);
        Assert.Equal("steward", Assert.Single(found.Approvals).Steward);
        Assert.Equal(T0.AddDays(30), found.ExpiresAt);
        Assert.Equal("KURA-PROJECT-EXISTS", Assert.Throws<KuraException>(() => catalog.CreateProject(project)).Code);
    }

    [Fact]
    public void Open_OnVersionOneCatalog_MigratesAndKeepsData()
    {
        using var dir = new TempDirectory();
        var path = dir.File("catalog.db");
        using (var old = new SqliteCatalog(path, targetVersion: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
            using var c = new SqliteConnection($"Data Source={path}");
            c.Open();
            SqliteCatalog.Execute(c, "INSERT INTO datasets VALUES ('med', 'person_id', '2025-01-01T00:00:00.0000000+00:00');");
            SqliteCatalog.Execute(c, "INSERT INTO vault_tables VALUES ('med', 'claims', 5, 2, 10);");
            SqliteCatalog.Execute(c, "INSERT INTO columns (dataset, table_name, ordinal, name, type, class) VALUES ('med', 'claims', 0, 'cost', 'Integer', 'ordinary');");
        }

        using var upgraded = new SqliteCatalog(path);
        Assert.Equal(CatalogMigrations.Scripts.Count, upgraded.SchemaVersion);
        var column = upgraded.FindDataset("med")!.Tables[0].FindColumn("cost")!;
        Assert.Null(column.Bounds);
        upgraded.UpdateColumn("med", "claims", column with { Bounds = new ValueBounds(0, 100) });
        Assert.Equal(new ValueBounds(0, 100), upgraded.FindDataset("med")!.Tables[0].FindColumn("cost")!.Bounds);
    }
}
