namespace Kura.Policy;
internal static class AssemblyMarker { }
