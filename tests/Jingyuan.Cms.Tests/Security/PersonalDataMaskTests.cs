using Jingyuan.Cms.Content;

namespace Jingyuan.Cms.Tests.Security;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("640422199001011234", "6404**********1234")]
    [InlineData("64042219900101123X", "6404**********123X")]
    [InlineData("640422900101123", "6404*******1123")]
    [InlineData("13912345678", "139****5678")]
    [InlineData("139 1234 5678", "139****5678")]
    [InlineData("0954-5012345", "095****2345")]
    [InlineData("张三", "张*")]
    [InlineData("张小三", "张*三")]
    [InlineData("欧阳小明", "欧**明")]
    [InlineData("王", "*")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Masks_id_numbers_phones_and_names(string? value, string masked) =>
        Assert.Equal(masked, PersonalDataMask.Mask(value));

    [Fact]
    public void A_masked_value_is_recognised_only_as_the_mask_of_its_own_value()
    {
        Assert.True(PersonalDataMask.IsMaskOf("139****5678", "13912345678"));
        Assert.False(PersonalDataMask.IsMaskOf("139****5678", "13912340000"));
        Assert.False(PersonalDataMask.IsMaskOf("13912345678", "13912345678"));
        Assert.False(PersonalDataMask.IsMaskOf("", ""));
    }
}
