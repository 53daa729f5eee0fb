using Kura.Synthesis.Domains;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Kura.Synthesis.Evaluation;

/// <summary>Encoded rows as an ML.NET data view: one-hot features of every non-target column, the target as label.</summary>
internal static class OneHotRows
{
    public static IDataView ToDataView(MLContext ml, EncodedTable table, int target)
    {
        var offsets = new int[table.ColumnCount];
        var width = 0;
        for (var c = 0; c < table.ColumnCount; c++)
        {
            offsets[c] = width;
            if (c != target)
                width += table.Domains[c].Size;
        }
        var rows = new Example[table.RowCount];
        for (var r = 0; r < rows.Length; r++)
        {
            var features = new float[width];
            for (var c = 0; c < table.ColumnCount; c++)
            {
                if (c != target)
                    features[offsets[c] + table.Column(c)[r]] = 1;
            }
            var label = table.Column(target)[r];
            rows[r] = new Example { Features = features, Label = label == 1, Class = (uint)label };
        }
        var schema = SchemaDefinition.Create(typeof(Example));
        schema[nameof(Example.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, width);
        return ml.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>One row as ML.NET reads it.</summary>
    internal sealed class Example
    {
        public float[] Features { get; set; } = [];
        public bool Label { get; set; }
        public uint Class { get; set; }
    }
}
