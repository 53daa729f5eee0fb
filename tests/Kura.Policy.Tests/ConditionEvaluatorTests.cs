using Kura.Core;

namespace Kura.Policy.Tests;

/// <summary>The condition language on a minimal hand-written policy, independent of the shipped rules.</summary>
public class ConditionEvaluatorTests
{
    private static Policy Minimal(string when) => PolicyFile.Parse($$$"""
        schema: 1
        version: "t"
        regime: appi-current
        regimes:
          - id: appi-current
            effectiveFrom: 2022-04-01
            description: {ja: 現行, en: current}
        parameters:
          t.limit: {type: integer, default: 10, source: test, effectiveFrom: 2022-04-01, status: [kura], description: {ja: 上限, en: limit}}
          t.cats: {type: text-list, default: [InternalId], source: test, effectiveFrom: 2022-04-01, status: [kura], description: {ja: 区分, en: categories}}
        steps: {}
        rules:
          - id: T-01
            basis: test
            status: [kura]
            phase: report
            description: {ja: 試験, en: test}
            when: {{{when}}}
            effect:
              kind: report-obligation
              obligations:
                - id: ppc-report
                  description: {ja: 報告, en: report}
        """);

    private static bool Fires(string when, IncidentFacts facts) =>
        IncidentAssessment.Assess(Minimal(when), facts, TestPolicies.At).Rules.Any(r => r.Id == "T-01");

    private static IncidentFacts Incident(long persons = 5, params string[] categories) => new("leak", persons, categories);

    [Theory]
    [InlineData("gt", 10, false)]
    [InlineData("gt", 11, true)]
    [InlineData("ge", 10, true)]
    [InlineData("lt", 10, false)]
    [InlineData("le", 10, true)]
    [InlineData("eq", 10, true)]
    [InlineData("ne", 10, false)]
    public void Holds_IntegerComparisonsWithAParameter_AreExact(string op, long persons, bool expected)
    {
        Assert.Equal(expected, Fires($"{{fact: incident.distinctPersons, {op}: $t.limit}}", Incident(persons)));
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "InternalId" }, true)]
    [InlineData(new[] { "InternalId", "PI" }, false)]
    public void Holds_SubsetOf_NeedsANonEmptySetInsideTheList(string[] categories, bool expected)
    {
        Assert.Equal(expected, Fires("{fact: incident.categories, subsetOf: $t.cats}", Incident(5, categories)));
    }

    [Fact]
    public void Holds_AllAnyNot_Combine()
    {
        const string when = "{all: [{fact: incident.cause, eq: leak}, {not: {fact: incident.categories, has: PI}}, {any: [{fact: incident.suspected, eq: true}, {fact: incident.distinctPersons, gt: $t.limit}]}]}";
        Assert.True(Fires(when, Incident(11, "Health")));
        Assert.False(Fires(when, Incident(11, "PI")));
        Assert.False(Fires(when, Incident(9, "Health")));
        Assert.True(Fires(when, Incident(9, "Health") with { Suspected = true }));
    }

    [Fact]
    public void Holds_MissingFact_SatisfiesOnlyExistsFalse()
    {
        Assert.False(Fires("{fact: subject.minAge, lt: $t.limit}", Incident()));
        Assert.False(Fires("{fact: subject.minAge, ne: $t.limit}", Incident()));
        Assert.True(Fires("{fact: subject.minAge, exists: false}", Incident()));
        Assert.False(Fires("{fact: purpose, exists: true}", Incident()));
    }

    [Fact]
    public void Parse_FiredNamingAnUnknownRule_IsRefused()
    {
        var error = Assert.Throws<KuraException>(() => Minimal("{fired: T-99}"));
        Assert.Contains("'fired' names 'T-99'", error.Message);
    }

    [Fact]
    public void Parse_RuleFiringOnItself_IsRefused()
    {
        Assert.Contains("depends on itself", Assert.Throws<KuraException>(() => Minimal("{fired: T-01}")).Message);
    }

    [Fact]
    public void Parse_TwoOperators_IsRefused()
    {
        var error = Assert.Throws<KuraException>(() => Minimal("{fact: incident.distinctPersons, gt: $t.limit, lt: $t.limit}"));
        Assert.Contains("exactly one operator", error.Message);
    }

    [Fact]
    public void Parse_OperatorNotForTheFactType_IsRefused()
    {
        var error = Assert.Throws<KuraException>(() => Minimal("{fact: incident.categories, gt: $t.limit}"));
        Assert.Contains("does not apply to fact 'incident.categories'", error.Message);
    }
}
