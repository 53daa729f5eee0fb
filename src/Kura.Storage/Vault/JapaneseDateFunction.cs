using DuckDB.NET.Data;
using Kura.Storage.Intake;

namespace Kura.Storage.Vault;

/// <summary>
/// The DuckDB scalar function <c>kura_japanese_date(text, column_index)</c>: parses <c>yyyy/M/d</c> and
/// Japanese era dates with <see cref="DateText"/>; raises <c>KURA-TYPE:column_index</c> on a value that is
/// not a date (the message carries the index, never the value).
/// </summary>
internal static class JapaneseDateFunction
{
    public const string Name = "kura_japanese_date";

    public static void Register(DuckDBConnection connection) =>
        connection.RegisterScalarFunction<string, int, DateOnly>(Name, (readers, writer, rows) =>
        {
            for (ulong i = 0; i < rows; i++)
            {
                if (!readers[0].IsValid(i)) { writer.WriteNull(i); continue; }
                if (!DateText.TryParseJapanese(readers[0].GetValue<string>(i), out var date))
                    throw new InvalidOperationException(CsvLoadSql.TypeMarker + readers[1].GetValue<int>(i));
                writer.WriteValue(date, i);
            }
        }, new ScalarFunctionOptions());
}
