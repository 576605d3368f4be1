namespace Portal.Modules.RedHelp.Domain;

/// <summary>Who acts on a demand.</summary>
public enum DemandActor
{
    Enterprise,
    Staff,
    Handler,
}

/// <summary>
/// 企业点单 → 党委派单 → 部门接单 → 办结 → 回访, with refusal, return, withdrawal and reopening.
/// </summary>
internal static class DemandRules
{
    public static bool CanMove(DemandState from, DemandState to, DemandActor actor) => (from, to, actor) switch
    {
        (DemandState.Submitted, DemandState.Dispatched, DemandActor.Staff) => true,
        (DemandState.Submitted, DemandState.Rejected, DemandActor.Staff) => true,

        // A handler returns (退回) a dispatched demand; staff dispatch it again.
        (DemandState.Dispatched, DemandState.Submitted, DemandActor.Handler) => true,
        (DemandState.Dispatched, DemandState.Dispatched, DemandActor.Staff) => true,
        (DemandState.Dispatched, DemandState.InProgress, DemandActor.Handler) => true,
        (DemandState.InProgress, DemandState.Resolved, DemandActor.Handler) => true,

        // The enterprise rates it; a helper may record a follow-up call instead.
        (DemandState.Resolved, DemandState.Closed, DemandActor.Enterprise or DemandActor.Handler) => true,

        // A rating of 不满意 or worse reopens it.
        (DemandState.Resolved, DemandState.InProgress, DemandActor.Enterprise) => true,
        (DemandState.Submitted or DemandState.Dispatched or DemandState.InProgress, DemandState.Withdrawn, DemandActor.Enterprise) => true,
        _ => false,
    };

    /// <summary>A rating that reopens the demand.</summary>
    public static bool Reopens(Satisfaction rating) => rating <= Satisfaction.Dissatisfied;

    public static bool IsOpen(this DemandState state) =>
        state is DemandState.Submitted or DemandState.Dispatched or DemandState.InProgress;

    public static string ChineseName(this DemandState state) => state switch
    {
        DemandState.Submitted => "待受理",
        DemandState.Dispatched => "已派单",
        DemandState.InProgress => "办理中",
        DemandState.Resolved => "已办结",
        DemandState.Closed => "已回访",
        DemandState.Rejected => "不予受理",
        DemandState.Withdrawn => "已撤回",
        _ => state.ToString(),
    };

    public static string ChineseName(this DemandCategory category) => category switch
    {
        DemandCategory.Financing => "融资",
        DemandCategory.Land => "土地",
        DemandCategory.Technology => "技术",
        DemandCategory.Investment => "招商",
        DemandCategory.Labour => "用工",
        DemandCategory.Approvals => "审批",
        DemandCategory.Export => "出口",
        DemandCategory.Policy => "政策",
        _ => "其他",
    };

    public static string ChineseName(this Satisfaction rating) => rating switch
    {
        Satisfaction.VerySatisfied => "非常满意",
        Satisfaction.Satisfied => "满意",
        Satisfaction.Neutral => "基本满意",
        Satisfaction.Dissatisfied => "不满意",
        _ => "非常不满意",
    };

    public static string ChineseName(this VisitKind kind) => kind switch
    {
        VisitKind.WithPolicies => "带着政策走访",
        VisitKind.ReceiveProblems => "直面问题接访",
        _ => "持续跟踪回访",
    };
}
