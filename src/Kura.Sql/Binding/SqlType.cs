namespace Kura.Sql.Binding;

/// <summary>Static type of a bound expression. Integer is a Number whose values are whole.</summary>
internal enum SqlType { Null, Boolean, Integer, Number, Text, Date }

internal static class SqlTypes
{
    public static bool IsNumeric(this SqlType type) => type is SqlType.Integer or SqlType.Number or SqlType.Null;

    public static string Describe(this SqlType type) => type switch
    {
        SqlType.Null => "NULL",
        SqlType.Boolean => "boolean",
        SqlType.Integer or SqlType.Number => "number",
        SqlType.Text => "text",
        _ => "date",
    };

    /// <summary>The common type of two operands, or null when they cannot be compared or combined.</summary>
    public static SqlType? Unify(SqlType a, SqlType b)
    {
        if (a == SqlType.Null) return b;
        if (b == SqlType.Null) return a;
        if (a == b) return a;
        if (a.IsNumeric() && b.IsNumeric()) return SqlType.Number;
        return null;
    }

    public static SqlType Of(Kura.Core.ColumnType type) => type switch
    {
        Kura.Core.ColumnType.Integer => SqlType.Integer,
        Kura.Core.ColumnType.Decimal => SqlType.Number,
        Kura.Core.ColumnType.Date => SqlType.Date,
        Kura.Core.ColumnType.Boolean => SqlType.Boolean,
        _ => SqlType.Text,
    };
}
