namespace Kura.Storage;
internal static class AssemblyMarker { }
