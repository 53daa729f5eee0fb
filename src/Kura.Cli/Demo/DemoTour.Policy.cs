using System.Globalization;
using Kura.Cli.Commands;
using Kura.Core;
using Kura.DemoData;
using Kura.Engine;
using Kura.Engine.Policy;
using Kura.Engine.Projects;
using Spectre.Console;

namespace Kura.Cli.Demo;

internal sealed partial class DemoTour
{
    private const string FirstSteward = "steward-sato";
    private const string SecondSteward = "steward-tanaka";
    private static readonly HolderProfile DemoHolder = new("Example Hospital Group (demo)", "Privacy desk, privacy@hospital.example");

    // The project's life under the policy: request, decision with rule ids, steps with evidence, two stewards.
    private void OpenProject(KuraEngine engine)
    {
        // The 2026 amendment has no effective date yet; the demo assumes it is in force today so every new step shows.
        var today = DateOnly.FromDateTime(engine.Now.ToOffset(TimeSpan.FromHours(9)).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        engine.SetPolicyParameter("appi2026.effectiveDate", today, "demo assumption: the amendment is in force");
        engine.SetPolicyParameter("approval.distinctActors", "false", "demo assumption: one OS user plays both stewards");
        var status = engine.SelectRegime("appi-2026");
        _out.MarkupLine($"  [grey]demo assumption:[/] {status.Regime.Explanation.En.Esc()}");
        var consent = engine.DeclareFacialConsent(Dataset, $"{DemoSchema.FacialImagesTable}.保護者同意");
        engine.AddObjection(Dataset, "P00000001", "asked the hospital desk to stop using their data");
        var excluded = engine.ExclusionsOf(Dataset);
        _out.MarkupLine($"  consent read from {consent.Table.Esc()}.{consent.Column.Esc()}; left out of every release (steward view, exact counts): {excluded.MinorsWithoutConsent:N0} children " +
            $"without recorded consent, {excluded.Objectors:N0} objector(s) — [grey]{excluded.ReleaseSchema.Esc()}[/]");
        // No steward attests that the patients are adults, so the children's rules stay in force.
        _out.MarkupLine($"  subject ages: {engine.SubjectAges(Dataset).Basis.En.Esc()}");

        var review = engine.RequestProject(new ProjectRequest(ProjectName, "Example AI Lab K.K.", Purpose.AiDevelopment, [Dataset],
            new PrivacyBudget(5m, 0.000001m), [ReleaseKind.DpQuery, ReleaseKind.Synthetic],
            Justification: "Train a stroke-risk model for public-health screening.",
            PublicHealthStatement: "Earlier stroke-risk screening in regional clinics; results published for public-health planning."));
        _out.MarkupLine($"  [bold]kura project request {ProjectName}[/]");
        DecisionRendering.Summary(_out, review.Decision);

        var notice = engine.PublishNotice(Dataset, "md", DemoHolder);
        _out.MarkupLine($"  [bold]kura notice {Dataset}[/]: public notice published (Japanese and English, sha256 {notice.Record.Sha256[..12]})");
        foreach (var (step, evidence, value) in DemoEvidence)
            if (review.Decision.PendingSteps.Any(s => s.Id == step))
            {
                engine.RecordStep(ProjectName, step, evidence, FirstSteward, value);
                _out.MarkupLine($"  [bold]kura project step {ProjectName} --done {step}[/] --evidence \"{evidence.Esc()}\"");
            }
        foreach (var steward in new[] { FirstSteward, SecondSteward })
        {
            var project = engine.ApproveProject(ProjectName, steward);
            _out.MarkupLine(project.Status == ProjectStatus.Approved
                ? $"  [bold]{steward}[/] approves: project [green]approved[/] until {project.ExpiresAt:yyyy-MM-dd}; budget ε = {project.Budget.Epsilon}, δ = {project.Budget.Delta:G}"
                : $"  [bold]{steward}[/] approves: special-care data needs a second, different steward");
        }
    }

    private static readonly (string Step, string Evidence, string? Value)[] DemoEvidence =
    [
        ("written-agreement", "Data use agreement DUA-2026-014: statistical use only, no onward provision", null),
        ("risk-attestation", "Risk review RR-2026-031: only DP statistics and DP synthetic data leave", null),
        ("best-interests-assessment", "Child-welfare review CW-2026-007", "positive"),
    ];

    // A suspected unauthorized access to the facial-image table: distinct persons, obligations, deadlines.
    private void RecordIncident(KuraEngine engine, string root)
    {
        var incident = engine.RecordIncident(new IncidentRequest(Dataset, DemoSchema.FacialImagesTable, "unauthorized-access", Suspected: true));
        IncidentCommand.Render(_out, incident);
        var report = engine.IncidentReport(incident.Id);
        var path = Path.Combine(root, $"{incident.Id}.md");
        File.WriteAllText(path, report.Markdown);
        File.WriteAllText(Path.ChangeExtension(path, ".html"), report.Html);
        _out.MarkupLine(keep ? $"  report for the PPC written to [bold]{path.Esc()}[/] (and .html)" : "  report for the PPC written (use --keep to keep it)");
    }
}
