using System.Text;

namespace Kura.Storage.Intake;

/// <summary>Strict CP932 (Windows Shift_JIS): undecodable bytes throw instead of becoming U+FFFD.</summary>
public static class ShiftJis
{
    private static readonly Lazy<Encoding> StrictEncoding = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>CP932 with exception fallbacks both ways. Thread-safe; create one decoder per stream.</summary>
    public static Encoding Strict => StrictEncoding.Value;

    /// <summary>
    /// Index of the first character that CP932 only yields for bytes no Japanese text uses (0x80, 0xA0,
    /// 0xFD–0xFF decode to U+0080 and U+F8F0–U+F8F3), or -1. Kura treats those bytes as undecodable.
    /// </summary>
    public static int IndexOfStrayByte(ReadOnlySpan<char> decoded)
    {
        var pua = decoded.IndexOfAnyInRange('\uF8F0', '\uF8F3');
        var c1 = decoded.IndexOf('\u0080');
        return pua < 0 ? c1 : c1 < 0 ? pua : Math.Min(pua, c1);
    }
}
