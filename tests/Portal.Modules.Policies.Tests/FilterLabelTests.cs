using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Tests;

/// <summary>
/// A saved finder filter said in words with the finder's own facet titles and value names: Chinese without a localizer
/// (the mails), the reader's language through the module's localizer (the pages); "全部政策" when nothing is filtered.
/// </summary>
public sealed class FilterLabelTests
{
    [Theory]
    [InlineData("level=district&type=interestsubsidy&q=技改", "层级：区 · 支持方式：贴息补贴 · 关键词：技改")]
    [InlineData("q=技改&type=interestsubsidy&level=district&sort=deadline&page=3", "层级：区 · 支持方式：贴息补贴 · 关键词：技改")]
    [InlineData("segment=garment", "行业：制衣")]
    [InlineData("area=scaleup&size=medium&dept=区经信局&window=open&free=1",
        "支持领域：做大做强 · 企业规模：中型 · 发文单位：区经信局 · 申报状态：申报中 · 兑现方式：免申即享")]
    [InlineData("", "全部政策")]
    [InlineData("sort=deadline&page=2", "全部政策")]
    [InlineData("level=nonsense", "全部政策")]
    public void A_filter_is_described_in_Chinese(string query, string expected) =>
        Assert.Equal(expected, FilterLabels.Describe(query));

    [Fact]
    public void A_filter_is_described_in_the_readers_language()
    {
        var l = Texts.Localizer();
        Assert.Equal("Level: District · Type of support: Interest subsidy · Keywords: 技改",
            Texts.In("en", () => FilterLabels.Describe("level=district&type=interestsubsidy&q=技改", l)));
        Assert.Equal("Segment: Garment · How it is granted: Granted without application", Texts.In("en", () => FilterLabels.Describe("segment=garment&free=1", l)));
        Assert.Equal("All policies", Texts.In("en", () => FilterLabels.Describe("", l)));
        Assert.Equal("层级：区 · 关键词：技改", Texts.In("zh-CN", () => FilterLabels.Describe("level=district&q=技改", l)));
    }

    [Fact]
    public void The_keyword_is_shown_as_typed_not_translated() =>
        Assert.Equal("Keywords: 贴息补贴", Texts.In("en", () => FilterLabels.Describe("q=贴息补贴", Texts.Localizer()))); // a facet name typed as a keyword stays as typed
}
