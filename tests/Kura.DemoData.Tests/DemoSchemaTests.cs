using Kura.Core;

namespace Kura.DemoData.Tests;

public class DemoSchemaTests
{
    [Fact]
    public void All_EveryTable_StartsWithThePersonKey()
    {
        foreach (var table in new[] { DemoSchema.Patients, DemoSchema.Claims, DemoSchema.FacialImages })
        {
            Assert.Equal(DemoSchema.PersonKey, table[0].Name);
            Assert.Equal(ColumnClass.PersonKey, table[0].TrueClass);
            Assert.Single(table, c => c.TrueClass == ColumnClass.PersonKey);
        }
    }

    [Fact]
    public void All_SubjectAgeColumns_AreBirthDateAndAgeAtCapture() =>
        Assert.Equal(["生年月日", "撮影時年齢"], DemoSchema.All.Where(c => c.IsSubjectAge).Select(c => c.Name));

    [Fact]
    public void ColumnsOf_UnknownTable_ThrowsNotFound()
    {
        var error = Assert.Throws<KuraException>(() => DemoSchema.ColumnsOf("nope"));
        Assert.Equal("KURA-DEMO-TABLE", error.Code);
    }
}
