using System.Text.Json.Nodes;
using Kura.Ledger;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;

namespace Kura.Engine.Register;

/// <summary>
/// Builds the public register from ledger entries alone, so anyone holding the ledger can
/// regenerate it and compare. Pure: entries in, rows out.
/// </summary>
public static class UseRegister
{
    private static readonly HashSet<string> Releases =
        [LedgerEntryTypes.QueryReleased, LedgerEntryTypes.ExtractReleased, LedgerEntryTypes.SyntheticReleased];

    public static IReadOnlyList<RegisterRow> Build(IEnumerable<LedgerEntry> entries)
    {
        var projects = new Dictionary<string, ProjectTally>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = entry.Payload["project"]?.GetValue<string>();
            if (name is null) continue;
            if (entry.Type == LedgerEntryTypes.ProjectRequested) projects[name] = new ProjectTally(entry);
            else if (projects.TryGetValue(name, out var tally)) tally.Apply(entry);
        }
        return projects.Values.Select(t => t.ToRow()).ToList();
    }

    private sealed class ProjectTally(LedgerEntry requested)
    {
        private readonly JsonObject _request = requested.Payload;
        private readonly SortedSet<string> _classes = [];
        private readonly SortedSet<string> _kinds = [];
        private readonly List<string> _legalBasis = [];
        private PrivacyCost _spent = PrivacyCost.Zero;
        private string _status = "requested";
        private DateTimeOffset? _approvedAt, _lastRelease;
        private int _releases;

        public void Apply(LedgerEntry entry)
        {
            var p = entry.Payload;
            switch (entry.Type)
            {
                case LedgerEntryTypes.ProjectApproved:
                    _status = "approved";
                    _approvedAt = entry.Timestamp;
                    foreach (var id in Strings(p["rule_ids"])) if (!_legalBasis.Contains(id)) _legalBasis.Add(id);
                    break;
                case LedgerEntryTypes.ProjectRevoked: _status = "revoked"; break;
                case LedgerEntryTypes.ProjectRejected: _status = "rejected"; break;
                case LedgerEntryTypes.BudgetReserved when p["cost"] is JsonObject cost:
                    _spent += new PrivacyCost(Rational.Parse(cost["rho"]!.GetValue<string>()),
                        Rational.Parse(cost["delta"]!.GetValue<string>()), Rational.Parse(cost["pure_epsilon"]!.GetValue<string>()));
                    break;
                case var type when Releases.Contains(type):
                    _releases++;
                    _lastRelease = entry.Timestamp;
                    _kinds.Add(p["release_kind"]?.GetValue<string>() ?? type);
                    foreach (var c in Strings(p["column_classes"])) _classes.Add(c);
                    break;
            }
        }

        public RegisterRow ToRow()
        {
            var budgetEpsilon = _request["budget_epsilon"]!.GetValue<string>();
            var budgetDelta = _request["budget_delta"]!.GetValue<string>();
            var limit = new PrivacyBudgetLimit(Rational.Parse(budgetEpsilon), Rational.Parse(budgetDelta));
            var epsilon = BudgetAccountant.EpsilonSpent(_spent, limit);
            return new RegisterRow(
                _request["project"]!.GetValue<string>(), _request["organization"]!.GetValue<string>(), _request["purpose"]!.GetValue<string>(),
                Strings(_request["datasets"]).ToList(), [.. _classes], [.. _kinds], _releases,
                epsilon?.ToDecimalString(4) ?? "—", _spent.Delta.ToDouble().ToString("G3", System.Globalization.CultureInfo.InvariantCulture),
                budgetEpsilon, budgetDelta, _status, _legalBasis, requested.Timestamp, _approvedAt, _lastRelease);
        }
    }

    private static IEnumerable<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.Select(n => n!.GetValue<string>()) : [];
}
