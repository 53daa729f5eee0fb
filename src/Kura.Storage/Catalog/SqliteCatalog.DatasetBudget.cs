using System.Globalization;
using Kura.Core;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;

namespace Kura.Storage.Catalog;

public sealed partial class SqliteCatalog
{
    public PrivacyBudget? DatasetBudget(string dataset) => Read(c =>
    {
        using var command = Command(c, "SELECT epsilon, delta FROM dataset_budgets WHERE dataset = $d;", ("$d", dataset));
        using var r = command.ExecuteReader();
        return r.Read() ? new PrivacyBudget(ParseDecimal(r.GetString(0)), ParseDecimal(r.GetString(1))) : null;
    });

    public void SetDatasetBudget(string dataset, PrivacyBudget budget) => Write(c => Execute(c, """
        INSERT INTO dataset_budgets (dataset, epsilon, delta) VALUES ($d, $e, $x)
        ON CONFLICT (dataset) DO UPDATE SET epsilon = excluded.epsilon, delta = excluded.delta;
        """, ("$d", dataset), ("$e", budget.Epsilon.ToString(CultureInfo.InvariantCulture)), ("$x", budget.Delta.ToString(CultureInfo.InvariantCulture))));

    public PrivacyCost SpentOnDataset(string dataset) => Read(c =>
    {
        using var command = Command(c, "SELECT rho, delta, pure_epsilon FROM dataset_spent WHERE dataset = $d;", ("$d", dataset));
        using var r = command.ExecuteReader();
        return r.Read()
            ? new PrivacyCost(Rational.Parse(r.GetString(0)), Rational.Parse(r.GetString(1)), Rational.Parse(r.GetString(2)))
            : PrivacyCost.Zero;
    });

    public void AddDatasetSpend(string dataset, PrivacyCost cost) => Write(c =>
    {
        var total = SpentOnDataset(dataset) + cost;
        Execute(c, """
            INSERT INTO dataset_spent (dataset, rho, delta, pure_epsilon) VALUES ($d, $r, $x, $e)
            ON CONFLICT (dataset) DO UPDATE SET rho = excluded.rho, delta = excluded.delta, pure_epsilon = excluded.pure_epsilon;
            """, ("$d", dataset), ("$r", total.Rho.ToString()), ("$x", total.Delta.ToString()), ("$e", total.PureEpsilon.ToString()));
    });
}
