namespace Kura.Anonymity;
internal static class AssemblyMarker { }
