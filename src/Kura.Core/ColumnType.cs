namespace Kura.Core;

/// <summary>The stored type of a column in the vault.</summary>
public enum ColumnType
{
    Text,
    Integer,
    Decimal,
    Date,
    Boolean,
}
