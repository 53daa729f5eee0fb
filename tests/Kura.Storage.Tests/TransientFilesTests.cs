using System.Text;
using Kura.Engine.Intake;
using Kura.Core;
using Kura.Storage.Vault;

namespace Kura.Storage.Tests;

public class TransientFilesTests
{
    [Fact]
    public void Open_LeftoverTranscodedCopy_IsDeletedAndShiftJisImportsUseTheVaultsOwnDirectory()
    {
        var root = Directory.CreateTempSubdirectory("kura-transient-test-").FullName;
        try
        {
            var vaultPath = Path.Combine(root, "vault.duckdb");
            var leftover = Path.Combine(root, "tmp", "kura-import-0123456789abcdef");
            Directory.CreateDirectory(leftover);
            File.WriteAllText(Path.Combine(leftover, "source-utf8.csv"), "id,name\n1,killed import\n");

            using var vault = new DuckDbVault(vaultPath);

            Assert.False(Directory.Exists(leftover));
            // A Shift_JIS import transcodes inside tmp/ (owner-only) and leaves nothing there.
            var source = Path.Combine(root, "sjis.csv");
            File.WriteAllBytes(source, ShiftJisBytes("id,氏名\n1,山田\n2,佐藤\n"));
            using (var staged = vault.StageImport(new ImportRequest(source, "d", "t", PrivacyUnit.Key("id"))))
                staged.Commit();
            var tmp = Path.Combine(root, "tmp");
            Assert.Empty(Directory.GetFileSystemEntries(tmp));
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(tmp));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static byte[] ShiftJisBytes(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932).GetBytes(text);
    }
}
