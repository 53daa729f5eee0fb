using System.Text;
using Kura.Core;

namespace Kura.Storage.Tests;

/// <summary>Each bad input: a clear error naming file, line and column where they apply, and the vault unchanged.</summary>
public sealed class DuckDbVaultBadInputTests : IDisposable
{
    private readonly VaultFixture _f = new();

    public DuckDbVaultBadInputTests() => _f.Import(_f.WriteText("existing.csv", "id,v\n1,kept\n"), "existing");

    public void Dispose() => _f.Dispose();

    private KuraException Refused(string path, string table = "t", string personKey = "id",
        IReadOnlyDictionary<string, ColumnType>? overrides = null, string encoding = "auto")
    {
        var before = _f.Fingerprint();
        var e = Assert.Throws<KuraException>(() => _f.Import(path, table, personKey, overrides: overrides, encoding: encoding));
        Assert.Equal(before, _f.Fingerprint());
        Assert.Contains(path, e.Message);
        Assert.DoesNotContain("secret", e.Message);
        return e;
    }

    [Fact]
    public void StageImport_RaggedRow_NamesLine()
    {
        var e = Refused(_f.WriteText("r.csv", "id,a,b\n1,x,y\n2,secret\n3,x,y\n"));
        Assert.Equal("KURA-IMPORT-RAGGED", e.Code);
        Assert.Contains("line 3", e.Message);
    }

    [Fact]
    public void StageImport_RaggedRowAfterMultilineField_NamesPhysicalLine()
    {
        var e = Refused(_f.WriteText("r.csv", "id,a,b\n1,\"x\ny\",z\n2,x,y,secret\n"));
        Assert.Equal("KURA-IMPORT-RAGGED", e.Code);
        Assert.Contains("line 4", e.Message);
    }

    [Fact]
    public void StageImport_UndecodableBytes_NamesLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("id,name,note\n1,髙橋,ok\n2,secret,").Concat(new byte[] { 0x80, 0xFF, 0x0A }).ToArray();
        var e = Refused(_f.WriteBytes("u.csv", bytes), encoding: "utf-8");
        Assert.Equal("KURA-IMPORT-ENCODING", e.Code);
        Assert.Contains("line 3, column 3", e.Message);
    }

    [Fact]
    public void StageImport_UndecodableShiftJis_NamesLineAndColumn()
    {
        var bytes = Kura.Storage.Intake.ShiftJis.Strict.GetBytes("id,name\n1,髙橋\n2,").Concat(new byte[] { 0x85, 0x40, 0x0A }).ToArray();
        var e = Refused(_f.WriteBytes("s.csv", bytes), encoding: "shift_jis");
        Assert.Equal("KURA-IMPORT-ENCODING", e.Code);
        Assert.Contains("line 3, column 2", e.Message);
    }

    [Fact]
    public void StageImport_InvalidUtf8AfterLongAsciiHead_NamesLine()
    {
        var sb = new StringBuilder("id,v\n");
        for (var i = 0; i < 400_000; i++) sb.Append(i).Append(",abcdefgh\n");
        var bytes = Encoding.ASCII.GetBytes(sb.ToString()).Concat(new byte[] { (byte)'9', (byte)',', 0xFF, 0xFE, 0x0A }).ToArray();
        var e = Refused(_f.WriteBytes("late.csv", bytes));
        Assert.Equal("KURA-IMPORT-ENCODING", e.Code);
        Assert.Contains("line 400002, column 2", e.Message);
    }

    [Fact]
    public void StageImport_EmptyFile_IsRefused() => Assert.Equal("KURA-IMPORT-EMPTY", Refused(_f.WriteText("e.csv", "")).Code);

    [Fact]
    public void StageImport_HeaderOnly_IsRefused() => Assert.Equal("KURA-IMPORT-NO-ROWS", Refused(_f.WriteText("h.csv", "id,a\n")).Code);

    [Fact]
    public void StageImport_MissingPersonKeyColumn_IsRefused()
    {
        var e = Refused(_f.WriteText("m.csv", "patient,a\n1,2\n"));
        Assert.Equal("KURA-IMPORT-PERSON-KEY-MISSING", e.Code);
        Assert.Contains("'id'", e.Message);
    }

    [Fact]
    public void StageImport_DuplicateColumnNames_NamesColumns()
    {
        var e = Refused(_f.WriteText("dup.csv", "id,Age,age\n1,2,3\n"));
        Assert.Equal("KURA-IMPORT-DUPLICATE-COLUMN", e.Code);
        Assert.Contains("columns 2 and 3", e.Message);
    }

    [Fact]
    public void StageImport_EmptyPersonKey_NamesLineAndColumn()
    {
        var e = Refused(_f.WriteText("k.csv", "a,id\nsecret,P1\nsecret,\nx,P2\n"));
        Assert.Equal("KURA-IMPORT-PERSON-KEY-EMPTY", e.Code);
        Assert.Contains("line 3, column 2", e.Message);
    }

    [Fact]
    public void StageImport_BlankPersonKeyBeyondSample_NamesLine()
    {
        var sb = new StringBuilder("id,a\n");
        for (var i = 0; i < 30_000; i++) sb.Append('P').Append(i).Append(",1\n");
        sb.Append("  ,secret\n");
        var e = Refused(_f.WriteText("k2.csv", sb.ToString()));
        Assert.Equal("KURA-IMPORT-PERSON-KEY-EMPTY", e.Code);
        Assert.Contains("line 30002, column 1", e.Message);
    }

    [Fact]
    public void StageImport_ExistingTableWithoutReplace_IsConflict()
    {
        var e = Assert.Throws<KuraException>(() => _f.Import(_f.WriteText("x.csv", "id,v\n2,new\n"), "existing"));
        Assert.Equal("KURA-IMPORT-TABLE-EXISTS", e.Code);
        Assert.Equal(KuraErrorKind.Conflict, e.Kind);
        Assert.Equal(["kept"], _f.Query("SELECT v FROM ds.existing").Select(r => r[0]));
    }

    [Fact]
    public void StageImport_UnclosedQuote_NamesLineAndColumn()
    {
        var e = Refused(_f.WriteText("q.csv", "id,a\n1,ok\n2,\"secret\n3,x\n"));
        Assert.Equal("KURA-IMPORT-QUOTE", e.Code);
        Assert.Contains("line 3, column 2", e.Message);
    }

    [Fact]
    public void StageImport_OverrideThatDoesNotFit_NamesLineAndColumn()
    {
        var e = Refused(_f.WriteText("o.csv", "id,n\n1,5\n2,secret\n"), overrides: new Dictionary<string, ColumnType> { ["n"] = ColumnType.Integer });
        Assert.Equal("KURA-IMPORT-TYPE", e.Code);
        Assert.Contains("line 3, column 2", e.Message);
    }

    [Fact]
    public void StageImport_MixedLineEndings_IsBadInputNamingWhereTheyChange()
    {
        var e = Refused(_f.WriteText("mixed.csv", "id,v\r\n1,a\r\n2,b\n3,c\r\n"));
        Assert.Equal("KURA-IMPORT-LINE-ENDINGS", e.Code);
        Assert.Equal(KuraErrorKind.BadInput, e.Kind);
        Assert.Contains("near line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StageImport_LineLongerThanTheReadersLimit_IsBadInputNamingTheLine()
    {
        // A 3 MB field is above the reader's 2 MB line limit: refused as bad input (exit 2), not as a fault in Kura.
        var e = Refused(_f.WriteText("long.csv", $"id,note\nP1,short\nP2,{new string('x', 3_000_000)}\n"));
        Assert.Equal("KURA-IMPORT-REJECTED", e.Code);
        Assert.Equal(KuraErrorKind.BadInput, e.Kind);
        Assert.Contains("line 3", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("xxxx", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StageImport_FileNameWithPatternCharacters_IsRefusedAndLoadsNothingElse()
    {
        _f.WriteText("a1.csv", "id,v\n1,other file\n");
        var e = Refused(_f.WriteText("a[1].csv", "id,v\n1,x\n"));
        Assert.Equal("KURA-IMPORT-FILE-NAME", e.Code);
        Assert.Equal(KuraErrorKind.BadInput, e.Kind);
    }

    [Theory]
    [InlineData("__kura_rank")]
    [InlineData("__KURA_RANK")] // DuckDB matches names case-insensitively: every letter case is Kura's
    [InlineData("__Kura_Excluded")]
    [InlineData("__KURA_ROW")]
    public void StageImport_ReservedColumnName_IsRefusedWithoutEchoingAValue(string name)
    {
        var e = Refused(_f.WriteText($"res{name.GetHashCode():x}.csv", $"id,{name}\n1,SECRET-Yamada\n"));
        Assert.Equal("KURA-IMPORT-COLUMN-NAME", e.Code);
        Assert.DoesNotContain("SECRET", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StageImport_MissingFile_IsNotFound()
    {
        var e = Assert.Throws<KuraException>(() => _f.Import(Path.Combine(_f.Directory, "none.csv"), "t"));
        Assert.Equal("KURA-IMPORT-FILE-NOT-FOUND", e.Code);
    }
}
