using Kura.Core;

namespace Kura.Core.Tests;

public class ProjectTests
{
    private static readonly DateTimeOffset T0 = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);

    private static Project With(ProjectStatus status, DateTimeOffset? expires) =>
        new("p", "org", Purpose.Statistics, ["d"], new PrivacyBudget(1, 0), status, T0, [], expires);

    [Fact]
    public void MayReleaseAt_ApprovedBeforeExpiry_IsTrue() => Assert.True(With(ProjectStatus.Approved, T0.AddDays(1)).MayReleaseAt(T0));

    [Fact]
    public void MayReleaseAt_AtExpiry_IsFalse() => Assert.False(With(ProjectStatus.Approved, T0).MayReleaseAt(T0));

    [Theory]
    [InlineData(ProjectStatus.Requested)]
    [InlineData(ProjectStatus.Revoked)]
    [InlineData(ProjectStatus.Rejected)]
    public void MayReleaseAt_NotApproved_IsFalse(ProjectStatus status) => Assert.False(With(status, null).MayReleaseAt(T0));
}
