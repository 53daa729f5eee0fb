namespace Kura.Synthesis;
internal static class AssemblyMarker { }
