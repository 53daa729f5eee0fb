namespace Kura.Sql;
internal static class AssemblyMarker { }
