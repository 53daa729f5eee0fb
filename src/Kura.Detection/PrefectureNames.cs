using Kura.Core;

namespace Kura.Detection;

/// <summary>The 47 prefecture names, with and without the 都/府/県 suffix.</summary>
internal static class PrefectureNames
{
    private static readonly HashSet<string> Names =
        [.. JapanesePrefectures.Names, .. JapanesePrefectures.Names.Where(n => n != "北海道").Select(n => n[..^1])];

    public static bool Contains(string value) => Names.Contains(value);
}
