using System.Text;
using System.Text.Json.Nodes;
using Kura.Core;

namespace Kura.Ledger.Tests;

public class CanonicalJsonTests
{
    private static string Canon(string json) => Encoding.UTF8.GetString(CanonicalJson.Serialize(JsonNode.Parse(json)));

    [Fact]
    public void Serialize_NestedObjects_SortsKeysAndDropsWhitespace() =>
        Assert.Equal("{\"a\":[1,{\"x\":true,\"y\":null}],\"b\":\"s\"}", Canon("{ \"b\" : \"s\", \"a\": [1, {\"y\": null, \"x\": true}] }"));

    [Fact]
    public void Serialize_KeysOrderedByUtf16CodeUnits_AsRfc8785Requires()
    {
        // RFC 8785 §3.2.3 example: "\u20ac" (U+20AC) sorts before "\ud83d\ude00" (surrogates D83D) and after "\u00e9".
        var output = Canon("{\"\\ud83d\\ude00\":3,\"\\u20ac\":2,\"\\u00e9\":1,\"a\":0}");
        Assert.Equal("{\"a\":0,\"é\":1,\"€\":2,\"😀\":3}", output);
    }

    [Theory]
    [InlineData("\"\\u0001\\n\\\"\\\\/é\"", "\"\\u0001\\n\\\"\\\\/é\"")]
    [InlineData("\"\\u001f\\b\\t\\f\\r\"", "\"\\u001f\\b\\t\\f\\r\"")]
    [InlineData("\"<script>\"", "\"<script>\"")]
    public void Serialize_Strings_EscapesOnlyWhatJcsRequires(string input, string expected) => Assert.Equal(expected, Canon(input));

    [Theory]
    [InlineData("1.0", "1")]
    [InlineData("-0", "0")]
    [InlineData("1e2", "100")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("123456789012345678901.0", "123456789012345680000")]
    [InlineData("1e21", "1e+21")]
    [InlineData("4.5", "4.5")]
    [InlineData("9007199254740991", "9007199254740991")]
    [InlineData("-9007199254740991", "-9007199254740991")]
    public void Serialize_Numbers_UseEcmaScriptForm(string input, string expected) => Assert.Equal(expected, Canon(input));

    [Fact]
    public void Serialize_IntegerBeyondSafeRange_ThrowsRatherThanRounding() =>
        Assert.Throws<KuraException>(() => Canon("9007199254740993"));

    [Fact]
    public void Serialize_DuplicateKeys_Throws()
    {
        using var document = System.Text.Json.JsonDocument.Parse("{\"a\":1,\"a\":2}");
        var error = Assert.Throws<KuraException>(() => CanonicalJson.Serialize(document.RootElement));
        Assert.Equal("KURA-LEDGER-NOT-CANONICALIZABLE", error.Code);
    }

    [Fact]
    public void WriteString_LoneSurrogate_Throws() =>
        Assert.Throws<KuraException>(() => CanonicalJson.WriteString(new System.Buffers.ArrayBufferWriter<byte>(), "a\ud800b"));

    [Fact]
    public void Serialize_CanonicalInput_IsAFixedPoint()
    {
        var once = Canon("{\"z\":[1.5,-2,\"\\u0000\"],\"a\":{\"c\":false,\"b\":1e300}}");
        Assert.Equal(once, Canon(once));
    }

    [Fact]
    public void Serialize_BuiltNodesOfClrValues_EqualsSerializingTheirParsedText()
    {
        var built = new JsonObject
        {
            ["int"] = 7, ["long"] = 1L << 40, ["double"] = 0.1, ["bool"] = false, ["text"] = "改行\n",
            ["guid"] = Guid.Empty, ["array"] = new JsonArray(1, "two", null, new JsonObject { ["b"] = 1, ["a"] = 2 }),
        };
        var viaText = CanonicalJson.Serialize(JsonNode.Parse(built.ToJsonString()));
        Assert.Equal(Encoding.UTF8.GetString(viaText), Encoding.UTF8.GetString(CanonicalJson.Serialize(built)));
    }
}
