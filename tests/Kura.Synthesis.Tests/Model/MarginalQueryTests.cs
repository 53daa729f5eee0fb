using Kura.Synthesis.Model;

namespace Kura.Synthesis.Tests.Model;

public class MarginalQueryTests
{
    [Fact]
    public void Project_ColumnsAcrossCliques_EqualsBruteForceSumOfTheJoint()
    {
        var shape = new[] { 2, 3, 2, 2 };
        var tree = JunctionTree.Build(shape, [[0, 1], [1, 2], [2, 3]]);
        var model = new CliqueModel(tree, shape, 10);
        var value = 0.1;
        foreach (var potential in model.Potentials)
        {
            for (var cell = 0; cell < potential.Length; cell++)
                potential[cell] = Math.Sin(value += 0.7);
        }
        model.Calibrate();
        var joint = BruteForceJoint(model);
        var expected = new double[4];
        for (var cell = 0; cell < joint.Length; cell++)
            expected[Digit(cell, 0, shape) * 2 + Digit(cell, 3, shape)] += joint[cell];
        var actual = MarginalQuery.Project(model, [0, 3]);
        for (var i = 0; i < 4; i++)
            Assert.Equal(expected[i], actual[i], 9);
    }

    private static double[] BruteForceJoint(CliqueModel model)
    {
        var shape = model.Shape;
        var size = shape.Aggregate(1, (a, b) => a * b);
        var joint = new double[size];
        for (var cell = 0; cell < size; cell++)
        {
            double log = 0;
            for (var c = 0; c < model.Tree.Cliques.Length; c++)
            {
                var clique = model.Tree.Cliques[c];
                var index = clique.Aggregate(0, (acc, column) => acc * shape[column] + Digit(cell, column, shape));
                log += model.Potentials[c][index];
            }
            joint[cell] = Math.Exp(log);
        }
        var total = joint.Sum();
        return joint.Select(v => v / total * model.Total).ToArray();
    }

    private static int Digit(int cell, int column, int[] shape)
    {
        var stride = 1;
        for (var c = shape.Length - 1; c > column; c--)
            stride *= shape[c];
        return cell / stride % shape[column];
    }
}
