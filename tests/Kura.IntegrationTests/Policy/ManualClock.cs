namespace Kura.IntegrationTests.Policy;

/// <summary>A clock the test moves by hand: expiry and deadlines without waiting or reading the system time.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
