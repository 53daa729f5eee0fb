using System.Runtime.CompilerServices;

namespace Kura.Synthesis.Tests.Support;

internal static class RepositoryRoot
{
    /// <summary>Walks up from this source file to the directory holding Kura.slnx.</summary>
    public static string Find([CallerFilePath] string sourceFile = "")
    {
        for (var dir = new FileInfo(sourceFile).Directory; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kura.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Kura.slnx not found above the test sources.");
    }
}
