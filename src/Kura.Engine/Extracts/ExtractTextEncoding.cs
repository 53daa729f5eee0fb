namespace Kura.Engine.Extracts;

/// <summary>Text encoding of a CSV extract.</summary>
public enum ExtractTextEncoding
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    Utf8,

    /// <summary>Shift_JIS (Windows code page 932), for Japanese spreadsheet tools; a character it cannot encode is refused.</summary>
    ShiftJis,
}
