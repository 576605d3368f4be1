namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>Requested → Scheduled (date, place) → Done, or Cancelled (reason) from Requested or Scheduled.</summary>
internal static class AppointmentRules
{
    public const int MaxNeedLength = 2000;
    public const int MaxDaysAhead = 180;
    public const int MaxPlaceLength = 200;
    public const int MaxReasonLength = 500;

    public static bool CanMove(AppointmentState from, AppointmentState to) => (from, to) switch
    {
        (AppointmentState.Requested, AppointmentState.Scheduled) => true,
        (AppointmentState.Requested, AppointmentState.Cancelled) => true,
        (AppointmentState.Scheduled, AppointmentState.Scheduled) => true,
        (AppointmentState.Scheduled, AppointmentState.Done) => true,
        (AppointmentState.Scheduled, AppointmentState.Cancelled) => true,
        _ => false,
    };

    public static string ChineseName(this AppointmentState state) => state switch
    {
        AppointmentState.Requested => "待安排",
        AppointmentState.Scheduled => "已安排",
        AppointmentState.Done => "已完成",
        AppointmentState.Cancelled => "已取消",
        _ => state.ToString(),
    };

    public static string ChineseName(this ServiceCategory category) => category switch
    {
        ServiceCategory.CreativeDesign => "创意设计",
        ServiceCategory.FashionShow => "时尚发布",
        ServiceCategory.Testing => "检验检测",
        ServiceCategory.Training => "培训",
        ServiceCategory.Exhibition => "展览展示",
        _ => "其他",
    };
}
