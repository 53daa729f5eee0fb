using Kura.Core;
using Kura.Engine;
using Kura.Storage;

namespace Kura.IntegrationTests;

public class EmbeddedKuraTests
{
    [Fact]
    public void Init_CreatesHomeLayout_WithOwnerOnlyKeys()
    {
        using var dir = new TempDirectory();
        var home = new KuraHome(Path.Combine(dir.Path, "home"));

        Assert.True(EmbeddedKura.Init(home));

        Assert.True(File.Exists(home.VaultPath));
        Assert.True(File.Exists(home.CatalogPath));
        Assert.True(Directory.Exists(home.LedgerDirectory));
        Assert.True(Directory.Exists(home.PolicyDirectory));
        var keys = Directory.GetFiles(home.KeysDirectory);
        Assert.NotEmpty(keys);
        if (!OperatingSystem.IsWindows())
            foreach (var key in keys)
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
    }

    [Fact]
    public void Init_LooseHome_IsMadeOwnerOnly()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDirectory();
        var home = new KuraHome(Path.Combine(dir.Path, "home"));
        EmbeddedKura.Init(home);
        const UnixFileMode loose = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
            | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        foreach (var path in new[] { home.Root, home.KeysDirectory, home.CatalogPath, home.VaultPath })
            File.SetUnixFileMode(path, loose);

        EmbeddedKura.Init(home);

        const UnixFileMode owner = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        foreach (var directory in new[] { home.Root, home.LedgerDirectory, home.KeysDirectory, home.PolicyDirectory })
            Assert.Equal(owner | UnixFileMode.UserExecute, File.GetUnixFileMode(directory));
        Assert.Equal(owner, File.GetUnixFileMode(home.CatalogPath));
        Assert.Equal(owner, File.GetUnixFileMode(home.VaultPath));
    }

    [Fact]
    public void Init_Twice_ChangesNothing()
    {
        using var dir = new TempDirectory();
        var home = new KuraHome(Path.Combine(dir.Path, "home"));
        EmbeddedKura.Init(home);
        var keyFile = Path.Combine(home.KeysDirectory, EmbeddedKura.PseudonymKeyFile);
        var key = File.ReadAllBytes(keyFile);

        Assert.False(EmbeddedKura.Init(home));
        Assert.Equal(key, File.ReadAllBytes(keyFile));
    }

    [Fact]
    public void Open_OnDirectoryThatIsNotAHome_IsRefusedWithHowToFix()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<KuraException>(() => EmbeddedKura.Open(new KuraHome(dir.Path)));
        Assert.Equal("KURA-HOME-NOT-INITIALIZED", e.Code);
        Assert.Contains("kura init", e.Message);
    }
}
