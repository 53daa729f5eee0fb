using System.CommandLine;
using System.Globalization;
using Kura.Core;
using Kura.Engine;
using Kura.Engine.Policy;
using Spectre.Console;

namespace Kura.Cli.Commands;

/// <summary>
/// Subject-age declarations: the options of <c>kura policy declare</c> (<c>--minors-possible</c>,
/// <c>--no-minors --attested-by NAME</c>) and <c>kura policy ages DATASET</c>, the steward's check
/// of a declaration against the vault.
/// </summary>
internal sealed class PolicyAgesCommand
{
    public Option<bool> MinorsPossible { get; } = new("--minors-possible") { Description = "Declare that the dataset may describe minors (the children's rules apply)." };

    public Option<bool> NoMinors { get; } = new("--no-minors") { Description = $"Attest that no subject is under {SubjectAgeDeclaration.AgeOfMajority} (needs --attested-by); checked against the vault's ages." };

    public Option<long?> YoungestAge { get; } = new("--youngest-age") { Description = "Attest that no subject is younger than this many years (needs --attested-by)." };

    public Option<string?> AttestedBy { get; } = new("--attested-by") { Description = "The steward who attests the subjects' ages." };

    public Option<string> Steward { get; } = new("--steward") { Description = "Who declares --minors-possible (default: the current user).", DefaultValueFactory = _ => Environment.UserName };

    public IEnumerable<Option> All => [MinorsPossible, NoMinors, YoungestAge, AttestedBy, Steward];

    /// <summary>True when the command line declares subject ages.</summary>
    public bool Given(ParseResult result) =>
        result.GetValue(MinorsPossible) || result.GetValue(NoMinors) || result.GetValue(YoungestAge) is not null;

    /// <summary>Declares the subject ages the command line gives; throws <c>KURA-AGE-DECLARATION</c> on a contradictory combination.</summary>
    public SubjectAgeReview Declare(CliContext context, KuraEngine engine, string dataset)
    {
        var r = context.Result;
        var attested = r.GetValue(NoMinors) || r.GetValue(YoungestAge) is not null;
        if (r.GetValue(MinorsPossible) && attested)
            throw KuraException.BadInput("KURA-AGE-DECLARATION", "--minors-possible contradicts --no-minors/--youngest-age; give one of them.");
        if (attested && string.IsNullOrWhiteSpace(r.GetValue(AttestedBy)))
            throw KuraException.BadInput("KURA-AGE-DECLARATION", "An attestation that no subject is a minor needs --attested-by NAME: the steward who vouches for it.");
        return attested
            ? engine.DeclareSubjectAges(dataset, r.GetValue(YoungestAge) ?? SubjectAgeDeclaration.AgeOfMajority, r.GetValue(AttestedBy)!)
            : engine.DeclareSubjectAges(dataset, null, r.GetValue(Steward)!);
    }

    /// <summary><c>kura policy ages DATASET</c>.</summary>
    public static Command Ages(GlobalOptions globals)
    {
        var dataset = new Argument<string>("DATASET");
        var command = new Command("ages", "Steward check: the declared subject ages, what the policy sees, and the youngest subject per age column in the vault.") { dataset };
        command.SetEngineAction(globals, (context, engine) =>
        {
            var review = engine.SubjectAges(context.Value(dataset));
            context.Report(review, () => Render(context.Out, review));
            return review.Contradicted ? (int)KuraErrorKind.Conflict : 0;
        });
        return command;
    }

    public static void Render(IAnsiConsole console, SubjectAgeReview review)
    {
        var d = review.Declaration;
        console.MarkupLine($"[bold]{review.Dataset.Esc()}[/]: " + (d is null ? "no subject-age declaration"
            : d.MinorsPossible ? $"minors possible, declared by {d.Steward.Esc()} on {Day(d.At)}"
            : $"no subject under {d.YoungestAge}, attested by {d.Steward.Esc()} on {Day(d.At)}"));
        console.MarkupLine($"  the policy sees subject.minAge = {(review.PolicyAge?.ToString(CultureInfo.InvariantCulture) ?? "(missing)")} ({review.Basis.En.Esc()})");
        if (review.Checks.Count == 0)
            console.MarkupLine("  vault check: no subject-age column; a declaration rests on the steward alone.");
        foreach (var c in review.Checks)
        {
            var youngest = c.YoungestAge?.ToString(CultureInfo.InvariantCulture) ?? "no value";
            var verdict = d?.YoungestAge is { } bound && c.YoungestAge < bound ? " [red]contradicts the attestation[/]" : "";
            console.MarkupLine($"  vault check (steward only): {c.Table.Esc()}.{c.Column.Esc()} youngest {youngest}{verdict}");
        }
    }

    private static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
