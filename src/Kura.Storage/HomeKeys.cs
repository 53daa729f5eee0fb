using System.Security.Cryptography;

namespace Kura.Storage;

/// <summary>Secret keys in the home's <c>keys/</c> directory: 32 random bytes, readable by the owner only (0600).</summary>
public static class HomeKeys
{
    /// <summary>Creates a random 256-bit key file unless it exists. Returns true when created.</summary>
    public static bool EnsureKey(string path)
    {
        if (File.Exists(path)) return false;
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options))
        {
            stream.Write(RandomNumberGenerator.GetBytes(32));
            stream.Flush(flushToDisk: true);
        }
        return true;
    }

    /// <summary>Reads a key created by <see cref="EnsureKey"/>.</summary>
    public static byte[] Read(string path) => File.ReadAllBytes(path);
}
