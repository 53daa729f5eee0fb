using System.Text;
using Kura.Core;

namespace Kura.DemoData;

/// <summary>Resolves the encoding names <see cref="DemoDataOptions.Encoding"/> accepts; encoders refuse unmappable text.</summary>
internal static class DemoEncodings
{
    public static (Encoding Encoding, string Name) Resolve(string name)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case "utf-8" or "utf8":
                return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), "utf-8");
            case "shift_jis" or "shift-jis" or "sjis" or "cp932":
                System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return (System.Text.Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback), "shift_jis");
            default:
                throw KuraException.BadInput("KURA-DEMO-ENCODING",
                    $"Unknown encoding '{name}' for demo data. Use utf-8 or shift_jis.");
        }
    }
}
