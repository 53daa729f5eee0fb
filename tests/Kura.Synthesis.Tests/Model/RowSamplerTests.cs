using Kura.Privacy.Sampling;
using Kura.Synthesis.Model;

namespace Kura.Synthesis.Tests.Model;

public class RowSamplerTests
{
    [Fact]
    public void Allocate_Weights_GivesEachIndexFloorOrCeilingOfItsShare()
    {
        var random = new UniformSource(new CryptoRandomBits());
        double[] weights = [0.5, 0.25, 0.125, 0.125];
        for (var trial = 0; trial < 20; trial++)
        {
            var chosen = RowSampler.Allocate(weights, 37, random);
            Assert.Equal(37, chosen.Length);
            for (var k = 0; k < weights.Length; k++)
            {
                var share = 37 * weights[k];
                Assert.InRange(chosen.Count(x => x == k), Math.Floor(share), Math.Ceiling(share));
            }
        }
    }

    [Fact]
    public void Sample_CalibratedTreeModel_RowsFollowItsPairMarginals()
    {
        var shape = new[] { 3, 2, 2 };
        var tree = JunctionTree.Build(shape, [[0, 1], [1, 2]]);
        var model = new CliqueModel(tree, shape, 1);
        var host01 = tree.HostOf([0, 1]);
        model.Potentials[host01][0] = Math.Log(8);
        model.Potentials[host01][5] = Math.Log(4);
        model.Calibrate();
        var rows = RowSampler.Sample(model, 60_000, new UniformSource(new CryptoRandomBits()));
        var expected = model.Project([0, 1]);
        for (var cell = 0; cell < 6; cell++)
        {
            var observed = Enumerable.Range(0, rows[0].Length).Count(r => rows[0][r] * 2 + rows[1][r] == cell) / 60_000.0;
            Assert.Equal(expected[cell], observed, 2);
        }
    }
}
