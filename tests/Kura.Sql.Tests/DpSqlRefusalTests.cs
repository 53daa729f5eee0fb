using Kura.Core;

namespace Kura.Sql.Tests;

public class DpSqlRefusalTests
{
    public static TheoryData<string, string, string> Refusals => new()
    {
        { "SELECT age FROM claims", "KURA-SQL-NON-AGGREGATE", "neither an aggregate nor a GROUP BY" },
        { "SELECT * FROM claims", "KURA-SQL-NON-AGGREGATE", "SELECT *" },
        { "SELECT DISTINCT sex FROM claims", "KURA-SQL-NON-AGGREGATE", "SELECT DISTINCT" },
        { "SELECT sex FROM claims GROUP BY sex", "KURA-SQL-NON-AGGREGATE", "no aggregate" },
        { "SELECT COUNT(*) FROM claims WHERE name = 'x'", "KURA-SQL-IDENTIFIER-COLUMN", "'name' is a direct identifier" },
        { "SELECT name, COUNT(*) FROM claims GROUP BY name", "KURA-SQL-IDENTIFIER-COLUMN", "direct identifier" },
        { "SELECT COUNT(face) FROM claims", "KURA-SQL-IDENTIFIER-COLUMN", "facial" },
        { "SELECT SUM(__kura_rank) FROM claims", "KURA-SQL-IDENTIFIER-COLUMN", "internal to Kura" },
        { "SELECT COUNT(*) FROM read_csv('x.csv')", "KURA-SQL-FILE-ACCESS", "read_csv" },
        { "SELECT COUNT(*) FROM read_parquet('x.parquet')", "KURA-SQL-FILE-ACCESS", "read_parquet" },
        { "SELECT COUNT(*) FROM glob('*')", "KURA-SQL-FILE-ACCESS", "glob" },
        { "SELECT COUNT(*) FROM 'x.csv'", "KURA-SQL-FILE-ACCESS", "file" },
        { "SELECT COUNT(*) FROM claims WHERE LENGTH(read_text('/etc/passwd')) > 0", "KURA-SQL-FILE-ACCESS", "read_text" },
        { "COPY claims TO 'out.csv'", "KURA-SQL-STATEMENT", "COPY statements" },
        { "ATTACH 'other.db'", "KURA-SQL-STATEMENT", "ATTACH statements" },
        { "PRAGMA table_info('claims')", "KURA-SQL-STATEMENT", "PRAGMA statements" },
        { "INSTALL httpfs", "KURA-SQL-STATEMENT", "INSTALL statements" },
        { "LOAD httpfs", "KURA-SQL-STATEMENT", "LOAD statements" },
        { "SET memory_limit = '1GB'", "KURA-SQL-STATEMENT", "SET statements" },
        { "CREATE TABLE t (x INT)", "KURA-SQL-STATEMENT", "CREATE statements" },
        { "DROP TABLE claims", "KURA-SQL-STATEMENT", "DROP statements" },
        { "INSERT INTO claims VALUES (1)", "KURA-SQL-STATEMENT", "INSERT statements" },
        { "UPDATE claims SET age = 1", "KURA-SQL-STATEMENT", "UPDATE statements" },
        { "DELETE FROM claims", "KURA-SQL-STATEMENT", "DELETE statements" },
        { "SELECT COUNT(*) FROM claims; DROP TABLE claims", "KURA-SQL-MULTIPLE-STATEMENTS", "Several statements" },
        { "SELECT COUNT(*) FROM claims; SELECT 1", "KURA-SQL-MULTIPLE-STATEMENTS", "Several statements" },
        { "SELECT COUNT(*) FROM (SELECT * FROM claims)", "KURA-SQL-SUBQUERY", "subquery in FROM" },
        { "SELECT COUNT(*) FROM claims WHERE age IN (SELECT age FROM claims)", "KURA-SQL-SUBQUERY", "IN (SELECT" },
        { "SELECT COUNT(*) FROM claims WHERE EXISTS (SELECT 1 FROM claims)", "KURA-SQL-SUBQUERY", "EXISTS" },
        { "SELECT COUNT(*) FROM claims WHERE age = (SELECT 1)", "KURA-SQL-SUBQUERY", "Subqueries" },
        { "SELECT COUNT(*) FROM claims WHERE random() < 0.5", "KURA-SQL-UNKNOWN-FUNCTION", "Unknown function 'random'" },
        { "SELECT MAX(age) FROM claims", "KURA-SQL-UNKNOWN-FUNCTION", "MAX reveals a row-level value" },
        { "SELECT SUM(visits) FROM claims", "KURA-SQL-BOUNDS-MISSING", "kura dataset bounds ds claims.visits=LOW:HIGH" },
        { "SELECT AVG(visits) FROM claims", "KURA-SQL-BOUNDS-MISSING", "kura dataset bounds" },
        { "SELECT COUNT(*) FROM claims WHERE region = 'x'", "KURA-SQL-UNKNOWN-COLUMN", "'region'" },
        { "SELECT COUNT(*) FROM nowhere", "KURA-SQL-UNKNOWN-TABLE", "'nowhere'" },
        { "SELECT COUNT(*) FROM claims c, patients p", "KURA-SQL-JOIN", "Comma joins" },
        { "SELECT COUNT(*) FROM claims c JOIN patients p ON c.age = p.birth_year", "KURA-SQL-JOIN", "person key" },
        { "SELECT COUNT(*) FROM claims c CROSS JOIN patients p", "KURA-SQL-JOIN", "CROSS JOIN" },
        { "SELECT patient_id, COUNT(*) FROM claims GROUP BY patient_id", "KURA-SQL-PERSON-KEY", "person key" },
        { "SELECT COUNT(DISTINCT sex) FROM claims", "KURA-SQL-UNSUPPORTED", "only on the person key" },
        { "SELECT COUNT(*) OVER () FROM claims", "KURA-SQL-UNSUPPORTED", "Window functions" },
        { "SELECT sex, COUNT(*) FROM claims GROUP BY sex HAVING COUNT(*) > 5", "KURA-SQL-UNSUPPORTED", "HAVING" },
        { "SELECT COUNT(*) + 1 FROM claims", "KURA-SQL-NON-AGGREGATE", "whole select item" },
        { "SELECT COUNT(*) FROM claims WHERE age::TEXT = '1'", "KURA-SQL-UNSUPPORTED", "Casts" },
        { "SELECT COUNT(*) FROM claims WHERE age = 'x'", "KURA-SQL-TYPE", "Cannot compare" },
        { "WITH t AS (SELECT 1) SELECT COUNT(*) FROM t", "KURA-SQL-UNSUPPORTED", "WITH" },
        { "SELECT COUNT(*) FROM claims UNION SELECT COUNT(*) FROM claims", "KURA-SQL-UNSUPPORTED", "UNION" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Prepare_OutsideSubset_RefusedWithCodeAndMessage(string sql, string code, string fragment)
    {
        var e = Assert.Throws<KuraException>(() => TestCatalog.Prepare(sql));
        Assert.Equal(code, e.Code);
        Assert.Contains(fragment, e.Message);
        Assert.Matches(@"\d+:\d+", e.Message);
    }

    [Fact]
    public void Prepare_UngrantedColumn_Refused()
    {
        var e = Assert.Throws<KuraException>(() => TestCatalog.Prepare("SELECT COUNT(*) FROM claims WHERE age > 3", grants: ["claims.sex"]));
        Assert.Equal("KURA-SQL-NOT-GRANTED", e.Code);
        Assert.Contains("claims.age", e.Message);
    }

    [Theory]
    [InlineData("SELECT COUNT(*) FROM patients", "1:22")]
    [InlineData("SELECT COUNT(*) FROM claims c JOIN patients p ON p.patient_id = c.patient_id", "1:36")]
    [InlineData("SELECT COUNT(*) FROM claims c\nLEFT JOIN patients p ON p.patient_id = c.patient_id", "2:11")]
    [InlineData("SELECT AVG(n) FROM (SELECT patient_id, COUNT(*) AS n FROM patients GROUP BY patient_id) t", "1:59")]
    public void Prepare_TableWithoutGrantedColumn_RefusedNamingTable(string sql, string at)
    {
        // The person key and identifiers grant nothing: they can never be released.
        string[] grants = ["claims.sex", "patients.patient_id", "patient_id", "name"];

        var e = Assert.Throws<KuraException>(() => TestCatalog.Prepare(sql, grants: grants));

        Assert.Equal("KURA-SQL-NOT-GRANTED", e.Code);
        Assert.Contains("Table 'patients' has no column granted", e.Message);
        Assert.Contains($"(at {at})", e.Message);
    }

    [Fact]
    public void Prepare_JoinedTableWithAGrantedColumn_Accepted()
    {
        var q = TestCatalog.Prepare("SELECT COUNT(*) FROM claims c JOIN patients p ON p.patient_id = c.patient_id", grants: ["claims.sex", "region"]);
        Assert.Contains("JOIN", q.BackendSql);
    }

    [Fact]
    public void Prepare_GrantedColumn_Accepted()
    {
        var q = TestCatalog.Prepare("SELECT sex, COUNT(DISTINCT patient_id) FROM claims GROUP BY sex", grants: ["claims.sex"]);
        Assert.Contains("COUNT(DISTINCT", q.BackendSql);
    }

    [Fact]
    public void Prepare_SecretLiteral_NeverEchoed()
    {
        string[] queries =
        [
            "SELECT name FROM claims WHERE name = 'secret'",
            "SELECT COUNT(*) FROM claims WHERE age = 'secret'",
            "SELECT COUNT(*) FROM claims WHERE name LIKE 'secret%'",
            "SELECT COUNT(*) FROM claims WHERE service_date = 'secret'",
            "SELECT COUNT(*) FROM 'secret.csv'",
            "SELECT COUNT(*) FROM claims WHERE 傷病名 = 'secret' AND",
        ];
        foreach (var sql in queries)
            Assert.DoesNotContain("secret", Assert.Throws<KuraException>(() => TestCatalog.Prepare(sql)).Message);
    }

    [Fact]
    public void Prepare_JoinInPerRowDataset_Refused()
    {
        var e = Assert.Throws<KuraException>(() => DpSql.Prepare(
            "SELECT COUNT(*) FROM answers a JOIN other o ON a.x = o.x", TestCatalog.PerRow(), null, new BoundingOptions()));
        Assert.Equal("KURA-SQL-JOIN", e.Code);
    }

    [Fact]
    public void Prepare_OptionsOutsidePolicy_Refused()
    {
        var e = Assert.Throws<KuraException>(() => TestCatalog.Prepare("SELECT COUNT(*) FROM claims",
            options: new BoundingOptions { MaxRowsPerPerson = 5000, RowsPerPersonCeiling = 100 }));
        Assert.Equal(KuraErrorKind.RefusedByPolicy, e.Kind);
    }
}
