namespace Portal.Modules.ServiceCenter.Domain;

internal static class NewsRules
{
    public static string ChineseName(this NewsCategory category) => category switch
    {
        NewsCategory.PartyBuilding => "党建活动",
        NewsCategory.Expo => "展销会",
        NewsCategory.Service => "服务动态",
        NewsCategory.PolicyReading => "政策解读",
        _ => category.ToString(),
    };

    public static string Slug(this NewsCategory category) => category switch
    {
        NewsCategory.PartyBuilding => "party-building",
        NewsCategory.Expo => "expo",
        NewsCategory.Service => "service",
        NewsCategory.PolicyReading => "policy-reading",
        _ => category.ToString().ToLowerInvariant(),
    };

    public static string ChineseName(this NewsState state) => state switch
    {
        NewsState.Draft => "草稿",
        NewsState.Scheduled => "定时发布",
        NewsState.Published => "已发布",
        _ => state.ToString(),
    };

    public static string ChineseName(this ShowcaseState state) => state switch
    {
        ShowcaseState.Draft => "编辑中",
        ShowcaseState.Submitted => "待审核",
        ShowcaseState.Published => "已发布",
        ShowcaseState.Rejected => "未通过",
        ShowcaseState.Superseded => "历史版本",
        _ => state.ToString(),
    };
}
