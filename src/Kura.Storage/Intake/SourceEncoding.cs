namespace Kura.Storage.Intake;

/// <summary>Text encoding of a CSV source.</summary>
public enum SourceEncoding
{
    /// <summary>UTF-8, with or without a byte-order mark.</summary>
    Utf8,
    /// <summary>Shift_JIS as Windows writes it (code page 932, with NEC and IBM extensions).</summary>
    ShiftJis,
}
