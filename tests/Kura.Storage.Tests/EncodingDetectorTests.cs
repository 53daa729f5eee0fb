using System.Text;
using Kura.Storage.Intake;

namespace Kura.Storage.Tests;

public class EncodingDetectorTests
{
    [Fact]
    public void Detect_Utf8WithBom_IsUtf8()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("氏名\n髙橋\n")];
        Assert.Equal(SourceEncoding.Utf8, EncodingDetector.Detect(bytes, true));
        Assert.Equal(3, EncodingDetector.BomLength(bytes));
    }

    [Fact]
    public void Detect_ShiftJis_IsShiftJis()
    {
        var bytes = ShiftJis.Strict.GetBytes("氏名,番号\n髙橋,①\n山﨑,ｶﾀｶﾅ\n");
        Assert.Equal(SourceEncoding.ShiftJis, EncodingDetector.Detect(bytes, true));
    }

    [Fact]
    public void Detect_Utf8CutInsideCharacter_IsUtf8WhenNotWhole()
    {
        var bytes = Encoding.UTF8.GetBytes("a,髙");
        Assert.Equal(SourceEncoding.Utf8, EncodingDetector.Detect(bytes.AsSpan(0, bytes.Length - 1), isWholeFile: false));
    }

    [Fact]
    public void Detect_NeitherEncoding_ReturnsNull() => Assert.Null(EncodingDetector.Detect([0x61, 0x85, 0x40, 0x0A], true));

    [Fact]
    public void Detect_BytesCp932OnlyMapsToPrivateUse_ReturnsNull() => Assert.Null(EncodingDetector.Detect([0x61, 0xFF, 0xFE, 0x0A], true));
}
