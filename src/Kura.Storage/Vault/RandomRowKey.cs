using System.Runtime.InteropServices;
using System.Security.Cryptography;
using DuckDB.NET.Data;
using DuckDB.NET.Data.DataChunk.Writer;

namespace Kura.Storage.Vault;

/// <summary>
/// The DuckDB scalar function <c>kura_random_key()</c>: a fresh uniformly random UBIGINT per row, drawn
/// from <see cref="RandomNumberGenerator"/> (the OS CSPRNG), never from data values nor DuckDB's random().
/// Proof note: docs/proofs/RankAssignment.md.
/// </summary>
internal static class RandomRowKey
{
    public const string FunctionName = "kura_random_key";

    public static void Register(DuckDBConnection connection) =>
        connection.RegisterScalarFunction<ulong>(FunctionName, Fill, new ScalarFunctionOptions { IsPureFunction = false });

    private static void Fill(IDuckDBDataWriter writer, ulong rows)
    {
        Span<ulong> keys = stackalloc ulong[256];
        for (ulong start = 0; start < rows; start += (ulong)keys.Length)
        {
            var count = (int)Math.Min((ulong)keys.Length, rows - start);
            RandomNumberGenerator.Fill(MemoryMarshal.AsBytes(keys[..count]));
            for (var i = 0; i < count; i++) writer.WriteValue(keys[i], start + (ulong)i);
        }
    }
}
