using System.Text.Json;
using Kura.Core;

namespace Kura.Policy.Tests;

public class PolicyFileTests
{
    private static readonly string Shipped = PolicyFile.ShippedDefaultText;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    [Fact]
    public void ShippedDefaultText_Parses_WithCurrentRegimeSelected()
    {
        var policy = PolicyFile.Parse(Shipped);
        Assert.Equal(PolicyVocabulary.RegimeCurrent, policy.SelectedRegime);
        Assert.True(policy.Rules.Count >= 33);
        Assert.All(policy.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description.Ja + r.Description.En)));
    }

    [Fact]
    public void Write_ThenParse_GivesAnEqualPolicy()
    {
        var loaded = PolicyFile.Parse(Shipped);
        var written = PolicyFile.Write(loaded);
        var reloaded = PolicyFile.Parse(written);
        Assert.Equal(JsonSerializer.Serialize(loaded, Json), JsonSerializer.Serialize(reloaded, Json));
        Assert.Equal(written, PolicyFile.Write(reloaded));
    }

    [Fact]
    public void Write_ChangedParameter_SurvivesTheRoundTrip()
    {
        var changed = PolicyFile.Parse(Shipped).WithParameter("breach.noticeWaiverCategories", "InternalId, PI", "PPC rules (test)", new DateOnly(2028, 4, 1));
        var reloaded = PolicyFile.Parse(PolicyFile.Write(changed));
        var parameter = reloaded.Parameter("breach.noticeWaiverCategories");
        Assert.Equal(["InternalId", "PI"], parameter.Current.Items);
        Assert.Empty(parameter.Default.Items);
        Assert.Equal("PPC rules (test)", parameter.Source);
    }

    [Fact]
    public void Parse_MalformedYaml_IsRefusedWithTheLine()
    {
        var text = Mutate("    basis: \"APPI Art. 20(1)\"", "   basis: \"APPI Art. 20(1)\"", out var line);
        var error = Refused(text);
        Assert.Contains("not valid YAML", error.Message);
        Assert.Contains($"line {line},", error.Message);
    }

    [Theory]
    [InlineData("{fact: purpose, in: [individual-decision", "{fact: purpse, in: [individual-decision", "Unknown fact 'purpse'")]
    [InlineData("gt: $breach.personThreshold}", "gt: $breach.personLimit}", "Unknown parameter 'breach.personLimit'")]
    [InlineData("gt: $breach.personThreshold}", "gt: 1000}", "never a literal")]
    [InlineData("  - id: APPI-ACQ-02\n", "  - id: APPI-ACQ-01\n", "Duplicate rule id 'APPI-ACQ-01'")]
    [InlineData("in: [individual-decision, marketing, re-identification]", "in: [individual-decision, marketting, re-identification]", "'marketting' is not a value of fact 'purpose'")]
    [InlineData("effect: {kind: require-step, steps: [legal-rep-consent]}", "effect: {kind: require-step, steps: [legal-rep-consnt]}", "Unknown step 'legal-rep-consnt'")]
    [InlineData("    basis: \"APPI Art. 20(1)\"", "    basiss: \"APPI Art. 20(1)\"", "Unknown field 'basiss'")]
    [InlineData("- {fact: purpose, in: $stat.purposes}\n        - {fact: release.kind, in: [dp-query, synthetic]}", "- {fact: purpose, in: $child.consentAge}\n        - {fact: release.kind, in: [dp-query, synthetic]}", "needs text-list")]
    [InlineData("- {fact: purpose, in: $stat.purposes}\n        - {fact: release.kind, in: [dp-query, synthetic]}", "- {fired: AMD-STAT-03}\n        - {fact: release.kind, in: [dp-query, synthetic]}", "depends on itself")]
    [InlineData("    when: {fact: purpose, in: [individual-decision", "    when: {fact: column.name, in: [individual-decision", "may only be used by classify rules")]
    [InlineData("    effect: {kind: deny}", "    effect: {kind: allow}", "not allowed in this phase")]
    [InlineData("schema: 1", "schema: 2", "Schema 2 is not supported")]
    [InlineData("\"{child.consentAge}歳未満の子", "\"{child.consentAg}歳未満の子", "'{child.consentAg}', which is not a declared parameter")]
    [InlineData("regime: appi-current", "regime: appi-2027", "Selected regime 'appi-2027' is not declared")]
    public void Parse_SemanticError_IsRefusedWithTheLineAndTheProblem(string anchor, string replacement, string problem)
    {
        var error = Refused(Mutate(anchor, replacement, out var line));
        Assert.Contains(problem, error.Message);
        Assert.Contains($"line {line},", error.Message);
    }

    [Fact]
    public void Parse_RuleWithoutEnglishDescription_IsRefused()
    {
        var anchor = "      en: Data acquired by deception or other improper means may not be used\n";
        var error = Refused(Mutate(anchor, "", out _));
        Assert.Contains("missing 'en'", error.Message);
        Assert.Contains("Rule APPI-ACQ-01", error.Message);
    }

    [Fact]
    public void Parse_RuleWithoutDescription_IsRefusedAtTheRule()
    {
        var anchor = "    description:\n      ja: 偽りその他不正の手段により取得したデータは利用できない\n      en: Data acquired by deception or other improper means may not be used\n";
        var text = Mutate(anchor, "", out _);
        var error = Refused(text);
        Assert.Contains("Rule APPI-ACQ-01 is missing 'description'", error.Message);
        Assert.Contains($"line {LineOf(text, "  - id: APPI-ACQ-01") },", error.Message);
    }

    [Fact]
    public void Parse_DuplicateParameterKey_IsRefused()
    {
        var text = Mutate("  breach.prelimDays:\n", "  breach.personThreshold:\n", out var line);
        var error = Refused(text);
        Assert.Equal("KURA-POLICY-INVALID", error.Code);
        Assert.Contains($"line {line},", error.Message);
        Assert.Contains("Duplicate key", error.Message);
    }

    [Fact]
    public void Parse_Error_NamesTheCodeAndSaysThePolicyWasNotChanged()
    {
        var error = Refused("schema: 1\n");
        Assert.Equal(KuraErrorKind.BadInput, error.Kind);
        Assert.Contains("The active policy was not changed", error.Message);
    }

    private static KuraException Refused(string text) => Assert.Throws<KuraException>(() => PolicyFile.Parse(text));

    private static string Mutate(string anchor, string replacement, out int line)
    {
        var at = Shipped.IndexOf(anchor, StringComparison.Ordinal);
        Assert.True(at >= 0, $"anchor not found: {anchor}");
        line = Shipped[..at].Count(c => c == '\n') + 1 + replacement.TakeWhile(c => c == '\n').Count();
        return Shipped[..at] + replacement + Shipped[(at + anchor.Length)..];
    }

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
