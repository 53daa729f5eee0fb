namespace Kura.Detection;
internal static class AssemblyMarker { }
