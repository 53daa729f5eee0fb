namespace Kura.Privacy;
internal static class AssemblyMarker { }
