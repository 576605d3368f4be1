using Portal.Modules.Policies.Contracts;

namespace Portal.Modules.Policies.Domain;

/// <summary>
/// The Chinese display names of the module's enums (the source language; views translate them with L[...],
/// every name has an English entry in PoliciesResource.en.resx).
/// </summary>
internal static class PolicyNames
{
    public static readonly IReadOnlyList<PolicyLevel> Levels = Enum.GetValues<PolicyLevel>();

    public static readonly IReadOnlyList<SupportArea> Areas = Enum.GetValues<SupportArea>();

    public static readonly IReadOnlyList<SupportType> Types = Enum.GetValues<SupportType>();

    public static readonly IReadOnlyList<PolicyState> States = Enum.GetValues<PolicyState>();

    public static readonly IReadOnlyList<ProjectState> ProjectStates = Enum.GetValues<ProjectState>();

    public static readonly IReadOnlyList<ResourceKind> ResourceKinds = Enum.GetValues<ResourceKind>();

    public static readonly IReadOnlyList<NeedCategory> NeedCategories = Enum.GetValues<NeedCategory>();

    public static string ChineseName(this PolicyLevel level) => level switch
    {
        PolicyLevel.National => "国家",
        PolicyLevel.Province => "省",
        PolicyLevel.City => "市",
        PolicyLevel.District => "区",
        _ => level.ToString(),
    };

    public static string ChineseName(this SupportArea area) => area switch
    {
        SupportArea.ScaleUp => "做大做强",
        SupportArea.SmartGreen => "智能化改造和绿色发展",
        SupportArea.Brand => "品牌建设",
        SupportArea.CreativeDesign => "创意设计",
        SupportArea.MarketingInnovation => "营销模式创新",
        SupportArea.Cooperation => "对外合作交流",
        SupportArea.Associations => "行业协会建设",
        _ => area.ToString(),
    };

    public static string ChineseName(this SupportType type) => type switch
    {
        SupportType.Grant => "资金奖励",
        SupportType.InterestSubsidy => "贴息补贴",
        SupportType.TaxRelief => "税收减免",
        SupportType.TalentAward => "人才奖励",
        SupportType.Honour => "荣誉认定",
        SupportType.Other => "其他",
        _ => type.ToString(),
    };

    public static string ChineseName(this PolicyState state) => state switch
    {
        PolicyState.Draft => "草稿",
        PolicyState.Scheduled => "定时发布",
        PolicyState.Published => "已发布",
        PolicyState.Expired => "已截止",
        PolicyState.Withdrawn => "已撤回",
        _ => state.ToString(),
    };

    public static string ChineseName(this ProjectState state) => state switch
    {
        ProjectState.Open => "待领办",
        ProjectState.Claimed => "已领办",
        ProjectState.InProgress => "推进中",
        ProjectState.Done => "已完成",
        _ => state.ToString(),
    };

    public static string ChineseName(this ResourceKind kind) => kind switch
    {
        ResourceKind.Policy => "政策",
        ResourceKind.Resource => "资源",
        ResourceKind.Project => "项目",
        ResourceKind.Service => "服务",
        _ => kind.ToString(),
    };

    public static string ChineseName(this NeedCategory category) => category switch
    {
        NeedCategory.Financing => "融资",
        NeedCategory.Land => "土地",
        NeedCategory.Technology => "技术",
        NeedCategory.Investment => "招商",
        NeedCategory.Labour => "用工",
        NeedCategory.Approvals => "审批",
        NeedCategory.Export => "出口",
        NeedCategory.Policy => "政策",
        NeedCategory.Other => "其他",
        _ => category.ToString(),
    };
}
