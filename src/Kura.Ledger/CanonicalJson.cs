using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Kura.Core;

namespace Kura.Ledger;

/// <summary>
/// Canonical JSON in the style of RFC 8785 (JCS): object keys sorted by UTF-16 code units, no
/// insignificant whitespace, UTF-8, minimal string escaping, numbers in ECMAScript form.
/// Integers must lie within ±(2^53−1) so every JSON reader sees the same value; exact fractions
/// (budgets) belong in strings. Thread-safe (stateless).
/// </summary>
public static class CanonicalJson
{
    /// <summary>Largest integer every IEEE-754 double represents exactly (2^53−1).</summary>
    public const long MaxSafeInteger = (1L << 53) - 1;

    /// <summary>Canonical UTF-8 bytes of <paramref name="node"/> (null writes <c>null</c>).</summary>
    /// <exception cref="KuraException">KURA-LEDGER-NOT-CANONICALIZABLE for duplicate keys, unsafe integers, NaN or lone surrogates.</exception>
    public static byte[] Serialize(JsonNode? node)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, node);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Appends the canonical form of <paramref name="node"/> to <paramref name="output"/>, walking the nodes directly.</summary>
    public static void Write(IBufferWriter<byte> output, JsonNode? node)
    {
        switch (node)
        {
            case null: WriteAscii(output, "null"); break;
            case JsonObject obj: WriteMembers(output, obj.Select(p => (p.Key, p.Value)).ToList(), Write); break;
            case JsonArray array: WriteItems(output, array, Write); break;
            default: WriteValue(output, node.AsValue()); break;
        }
    }

    private static void WriteValue(IBufferWriter<byte> output, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.String:
                WriteString(output, value.TryGetValue<string>(out var text) ? text : JsonSerializer.Deserialize<string>(value.ToJsonString())!);
                break;
            case JsonValueKind.Number: WriteAscii(output, CanonicalNumber.Format(value.ToJsonString())); break;
            case JsonValueKind.True: WriteAscii(output, "true"); break;
            case JsonValueKind.False: WriteAscii(output, "false"); break;
            default:
                // A value holding a CLR object that serialises as an object or array.
                using (var document = JsonDocument.Parse(value.ToJsonString())) Write(output, document.RootElement);
                break;
        }
    }

    /// <summary>Canonical UTF-8 bytes of <paramref name="element"/>.</summary>
    public static byte[] Serialize(JsonElement element)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        Write(buffer, element);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Appends the canonical form of <paramref name="element"/> to <paramref name="output"/>.</summary>
    public static void Write(IBufferWriter<byte> output, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object: WriteObject(output, element); break;
            case JsonValueKind.Array: WriteArray(output, element); break;
            case JsonValueKind.String: WriteString(output, element.GetString()!); break;
            case JsonValueKind.Number: WriteAscii(output, CanonicalNumber.Format(element.GetRawText())); break;
            case JsonValueKind.True: WriteAscii(output, "true"); break;
            case JsonValueKind.False: WriteAscii(output, "false"); break;
            default: WriteAscii(output, "null"); break;
        }
    }

    /// <summary>Appends <paramref name="value"/> as a canonical JSON string literal.</summary>
    public static void WriteString(IBufferWriter<byte> output, string value)
    {
        var span = output.GetSpan(value.Length * 6 + 2);
        var n = 0;
        span[n++] = (byte)'"';
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c))
            {
                if (!char.IsHighSurrogate(c) || i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                    throw NotCanonicalizable("a string holds a lone UTF-16 surrogate");
                n += Encoding.UTF8.GetBytes(value.AsSpan(i, 2), span[n..]);
                i++;
            }
            else if (c == '"' || c == '\\') { span[n++] = (byte)'\\'; span[n++] = (byte)c; }
            else if (c < 0x20) n += WriteControl(c, span[n..]);
            else if (c < 0x80) span[n++] = (byte)c;
            else n += Encoding.UTF8.GetBytes(value.AsSpan(i, 1), span[n..]);
        }
        span[n++] = (byte)'"';
        output.Advance(n);
    }

    private static void WriteObject(IBufferWriter<byte> output, JsonElement element) =>
        WriteMembers(output, element.EnumerateObject().Select(p => (p.Name, p.Value)).ToList(), Write);

    private static void WriteArray(IBufferWriter<byte> output, JsonElement element) =>
        WriteItems(output, element.EnumerateArray(), Write);

    private static void WriteMembers<T>(IBufferWriter<byte> output, List<(string Name, T Value)> members, Action<IBufferWriter<byte>, T> write)
    {
        // RFC 8785 §3.2.3: sort by the UTF-16 code units of the names.
        members.Sort(static (x, y) => string.CompareOrdinal(x.Name, y.Name));
        WriteAscii(output, "{");
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (members[i].Name == members[i - 1].Name)
                    throw NotCanonicalizable("an object has a duplicate key");
                WriteAscii(output, ",");
            }
            WriteString(output, members[i].Name);
            WriteAscii(output, ":");
            write(output, members[i].Value);
        }
        WriteAscii(output, "}");
    }

    private static void WriteItems<T>(IBufferWriter<byte> output, IEnumerable<T> items, Action<IBufferWriter<byte>, T> write)
    {
        WriteAscii(output, "[");
        var first = true;
        foreach (var item in items)
        {
            if (!first) WriteAscii(output, ",");
            first = false;
            write(output, item);
        }
        WriteAscii(output, "]");
    }

    private static int WriteControl(char c, Span<byte> span)
    {
        var escape = c switch { '\b' => 'b', '\t' => 't', '\n' => 'n', '\f' => 'f', '\r' => 'r', _ => '\0' };
        span[0] = (byte)'\\';
        if (escape != '\0')
        {
            span[1] = (byte)escape;
            return 2;
        }
        return 1 + Encoding.ASCII.GetBytes($"u{(int)c:x4}", span[1..]);
    }

    internal static void WriteAscii(IBufferWriter<byte> output, string text)
    {
        var span = output.GetSpan(text.Length);
        for (var i = 0; i < text.Length; i++) span[i] = (byte)text[i];
        output.Advance(text.Length);
    }

    internal static KuraException NotCanonicalizable(string what) => KuraException.BadInput(
        "KURA-LEDGER-NOT-CANONICALIZABLE",
        $"A ledger payload cannot be written as canonical JSON: {what}. Use unique keys, integers within ±(2^53−1) " +
        "and put exact fractions (such as budgets) in strings.");
}
