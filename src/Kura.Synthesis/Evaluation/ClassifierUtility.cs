using Kura.Core;
using Kura.Synthesis.Domains;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Kura.Synthesis.Evaluation;

/// <summary>
/// Machine-learning utility with ML.NET: one-hot features of every other column; FastTree (boosted trees) for a
/// two-valued target, L-BFGS maximum entropy for more values. Trained on synthetic rows and on real training rows,
/// tested on the same held-out real rows. Evaluation only: never part of a mechanism.
/// </summary>
public static class ClassifierUtility
{
    private const int Seed = 20_240_401;

    /// <summary>Trains both classifiers and measures their accuracy on <paramref name="realTest"/>.</summary>
    public static ClassifierAccuracy Evaluate(EncodedTable realTrain, EncodedTable realTest, EncodedTable synthetic, string targetColumn)
    {
        ArgumentNullException.ThrowIfNull(realTrain);
        ArgumentNullException.ThrowIfNull(realTest);
        ArgumentNullException.ThrowIfNull(synthetic);
        var target = realTrain.IndexOf(targetColumn);
        if (target < 0)
            throw KuraException.BadInput("KURA-SYNTH-REPORT", $"Classifier target '{targetColumn}' is not one of the synthesised columns.");
        if (realTrain.ColumnCount < 2)
            throw KuraException.BadInput("KURA-SYNTH-REPORT", "A classifier needs at least one column besides the target.");
        if (realTest.RowCount == 0)
            throw KuraException.BadInput("KURA-SYNTH-REPORT", "The held-out real part has no rows; hold out a larger fraction.");
        var binary = realTrain.Domains[target].Size == 2;
        var name = binary ? "FastTree (binary)" : "L-BFGS maximum entropy (multiclass)";
        return new ClassifierAccuracy(targetColumn, name,
            Accuracy(synthetic, realTest, target, binary),
            Accuracy(realTrain, realTest, target, binary));
    }

    private static double Accuracy(EncodedTable train, EncodedTable test, int target, bool binary)
    {
        var ml = new MLContext(seed: Seed);
        var trainView = OneHotRows.ToDataView(ml, train, target);
        var testView = OneHotRows.ToDataView(ml, test, target);
        if (binary)
        {
            var trainer = ml.BinaryClassification.Trainers.FastTree(labelColumnName: "Label", featureColumnName: "Features",
                numberOfLeaves: 20, numberOfTrees: 100, minimumExampleCountPerLeaf: 10, learningRate: 0.2);
            var predictions = trainer.Fit(trainView).Transform(testView);
            return ml.BinaryClassification.EvaluateNonCalibrated(predictions, labelColumnName: "Label").Accuracy;
        }
        var pipeline = ml.Transforms.Conversion.MapValueToKey("Key", "Class")
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(labelColumnName: "Key", featureColumnName: "Features"));
        var multi = pipeline.Fit(trainView).Transform(testView);
        return ml.MulticlassClassification.Evaluate(multi, labelColumnName: "Key").MicroAccuracy;
    }
}
