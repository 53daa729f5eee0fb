namespace Kura.Detection.Tests;

public class ValuePatternsTests
{
    [Theory]
    [InlineData("090-1234-5678", true)]
    [InlineData("08012345678", true)]
    [InlineData("03-1234-5678", true)]
    [InlineData("0166-12-3456", true)]
    [InlineData("045-123-4567", true)]
    [InlineData("(03) 1234-5678", true)]
    [InlineData("+81-90-1234-5678", true)]
    [InlineData("050-1234-5678", true)]
    [InlineData("0120-123-456", true)]
    [InlineData("03-1234-567", false)]
    [InlineData("060-0042", false)]
    [InlineData("123456789018", false)]
    [InlineData("1234-5678", false)]
    public void IsPhone_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsPhone(value));

    [Theory]
    [InlineData("060-0042", true)]
    [InlineData("〒100-0001", true)]
    [InlineData("〒 100-0001", true)]
    [InlineData("1000001", false)]
    [InlineData("100-001", false)]
    public void IsPostalCode_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsPostalCode(value));

    [Theory]
    [InlineData("I10", true)]
    [InlineData("E11.9", true)]
    [InlineData("E119", true)]
    [InlineData("U07.1", true)]
    [InlineData("P00000001", false)]
    [InlineData("i10", false)]
    [InlineData("110", false)]
    public void IsIcd10Code_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsIcd10Code(value));

    [Theory]
    [InlineData("taro.yamada@example.co.jp", true)]
    [InlineData("a@b.jp", true)]
    [InlineData("a@b", false)]
    [InlineData("@example.com", false)]
    public void IsEmail_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsEmail(value));

    [Theory]
    [InlineData("faces/P00000001_1.jpg", true)]
    [InlineData("s3://bucket/x/IMG_0001.JPEG", true)]
    [InlineData("data:image/png;base64,AAAA", true)]
    [InlineData("scan.dcm", false)]
    [InlineData("report.pdf", false)]
    public void IsImageReference_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsImageReference(value));

    [Theory]
    [InlineData("サトウ ハナコ", true)]
    [InlineData("ササキ ケンイチ", true)]
    [InlineData("サトウハナコ", false)]
    [InlineData("内科", false)]
    public void IsKatakanaName_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsKatakanaName(value));

    [Theory]
    [InlineData("佐藤 花子", true)]
    [InlineData("佐々木 さくら", true)]
    [InlineData("東京都 千代田区丸の内一丁目", false)]
    [InlineData("佐藤花子", false)]
    public void IsKanjiName_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsKanjiName(value));

    [Theory]
    [InlineData("横浜市", true)]
    [InlineData("世田谷区", true)]
    [InlineData("南アルプス市", true)]
    [InlineData("整形外科", false)]
    public void IsMunicipality_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsMunicipality(value));

    [Theory]
    [InlineData("本態性高血圧症", true)]
    [InlineData("2型糖尿病", true)]
    [InlineData("肺癌", true)]
    [InlineData("COVID-19", true)]
    [InlineData("内科", false)]
    [InlineData("hypertension", false)]
    public void IsDiagnosisTerm_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsDiagnosisTerm(value));

    [Theory]
    [InlineData("アムロジピン錠5mg", true)]
    [InlineData("ラタノプロスト点眼液0.005%", true)]
    [InlineData("ヘパリン類似物質クリーム0.3%", true)]
    [InlineData("眼科", false)]
    [InlineData("5mg", false)]
    public void IsDrugName_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsDrugName(value));

    [Theory]
    [InlineData("東京都", true)]
    [InlineData("東京", true)]
    [InlineData("北海道", true)]
    [InlineData("横浜市", false)]
    public void IsPrefecture_Text_Expected(string value, bool expected) => Assert.Equal(expected, ValuePatterns.IsPrefecture(value));
}
