using Kura.Engine.Budget;
using Kura.Privacy.Accounting;
using Kura.Privacy.Arithmetic;

namespace Kura.Storage.Catalog;

public sealed partial class SqliteCatalog
{
    public PrivacyCost SpentBy(string project) => Read(c =>
    {
        using var command = Command(c, "SELECT rho, delta, pure_epsilon FROM budget_spent WHERE project = $p;", ("$p", project));
        using var r = command.ExecuteReader();
        return r.Read()
            ? new PrivacyCost(Rational.Parse(r.GetString(0)), Rational.Parse(r.GetString(1)), Rational.Parse(r.GetString(2)))
            : PrivacyCost.Zero;
    });

    public void RecordReservation(BudgetReservation reservation) => Write(c =>
    {
        var total = SpentBy(reservation.Project) + reservation.Cost;
        Execute(c, """
            INSERT INTO reservations (id, project, release_kind, rho, delta, pure_epsilon, at, request_hash)
            VALUES ($id, $p, $k, $r, $d, $e, $t, $h);
            """,
            ("$id", reservation.Id), ("$p", reservation.Project), ("$k", reservation.Kind.ToString()),
            ("$r", reservation.Cost.Rho.ToString()), ("$d", reservation.Cost.Delta.ToString()), ("$e", reservation.Cost.PureEpsilon.ToString()),
            ("$t", reservation.At.ToString("O")), ("$h", reservation.RequestHash));
        Execute(c, """
            INSERT INTO budget_spent (project, rho, delta, pure_epsilon) VALUES ($p, $r, $d, $e)
            ON CONFLICT (project) DO UPDATE SET rho = excluded.rho, delta = excluded.delta, pure_epsilon = excluded.pure_epsilon;
            """,
            ("$p", reservation.Project), ("$r", total.Rho.ToString()), ("$d", total.Delta.ToString()), ("$e", total.PureEpsilon.ToString()));
    });
}
