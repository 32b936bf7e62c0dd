using Jingyuan.Cms.People;

namespace Jingyuan.Cms.Tests.People;

/// <summary>Public figures from people ledgers: small counts suppressed, names masked as county notices do.</summary>
public sealed class PublicFiguresTests
{
    [Theory]
    [InlineData(0, "<3")]
    [InlineData(1, "<3")]
    [InlineData(2, "<3")]
    [InlineData(3, "3")]
    [InlineData(1250, "1,250")]
    public void Counts_under_three_are_not_shown(long count, string shown) => Assert.Equal(shown, PublicFigures.Count(count));

    [Theory]
    [InlineData("马小明", "马*明")]
    [InlineData("马明", "马*")]
    [InlineData("欧阳小明", "欧**明")]
    [InlineData(" 马 ", "*")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Names_in_a_notice_keep_the_first_and_last_character(string? name, string masked) =>
        Assert.Equal(masked, PublicFigures.NoticeName(name));
}
