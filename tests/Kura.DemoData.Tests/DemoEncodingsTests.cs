using System.Text;
using Kura.Core;

namespace Kura.DemoData.Tests;

public class DemoEncodingsTests
{
    [Theory]
    [InlineData("utf-8", "utf-8")]
    [InlineData("UTF8", "utf-8")]
    [InlineData("shift_jis", "shift_jis")]
    [InlineData("Shift-JIS", "shift_jis")]
    [InlineData("cp932", "shift_jis")]
    public void Resolve_KnownName_CanonicalName(string name, string canonical) =>
        Assert.Equal(canonical, DemoEncodings.Resolve(name).Name);

    [Fact]
    public void Resolve_Utf8_NoByteOrderMark() =>
        Assert.Empty(DemoEncodings.Resolve("utf-8").Encoding.GetPreamble());

    [Fact]
    public void Resolve_Unknown_ThrowsBadInput()
    {
        var error = Assert.Throws<KuraException>(() => DemoEncodings.Resolve("euc-jp"));
        Assert.Equal("KURA-DEMO-ENCODING", error.Code);
    }

    [Fact]
    public void Resolve_ShiftJis_EveryTableStringEncodesWithoutFallback()
    {
        var cp932 = DemoEncodings.Resolve("shift_jis").Encoding;
        var texts = PersonNames.All.SelectMany(n => new[] { n.Written, n.Reading })
            .Concat(Prefectures.All.SelectMany(p => p.Municipalities.Select(m => m.Name).Append(p.Name)))
            .Concat(Conditions.All.SelectMany(c => c.Drugs.Append(c.Name).Append(c.Department).Append(c.ChildDepartment ?? "")))
            .Concat(DemoSchema.All.Select(c => c.Name))
            .Append("男女　");
        foreach (var text in texts)
            Assert.Equal(text, cp932.GetString(cp932.GetBytes(text)));
    }

    [Fact]
    public void Resolve_ShiftJis_UnmappableCharacterThrows()
    {
        var cp932 = DemoEncodings.Resolve("shift_jis").Encoding;
        Assert.Throws<EncoderFallbackException>(() => cp932.GetBytes("😀"));
    }
}
