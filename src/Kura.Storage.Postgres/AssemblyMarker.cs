namespace Kura.Storage.Postgres;
internal static class AssemblyMarker { }
