namespace Kura.DemoData;
internal static class AssemblyMarker { }
