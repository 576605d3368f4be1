namespace Portal.Modules.Expo.Domain;

/// <summary>
/// Pending → Approved | Rejected | Waitlisted; Waitlisted → Approved (accepting an offer or by staff) | Rejected | Cancelled;
/// Pending/Waitlisted/Approved → Cancelled; Approved → CheckedIn.
/// </summary>
internal static class ApplicationRules
{
    public static readonly TimeSpan OfferWindow = TimeSpan.FromHours(48);

    public const int MaxPreferences = 3;

    /// <summary>How many preferred booths one application may name: the cap and two alternatives, at most <see cref="MaxPreferences"/>.</summary>
    public static int MaxPreferencesFor(int boothCap) => Math.Min(MaxPreferences, Math.Max(1, boothCap) + 2);

    public static bool CanMove(ApplicationState from, ApplicationState to) => (from, to) switch
    {
        (ApplicationState.Pending, ApplicationState.Approved or ApplicationState.Rejected or ApplicationState.Waitlisted or ApplicationState.Cancelled) => true,
        (ApplicationState.Waitlisted, ApplicationState.Approved or ApplicationState.Rejected or ApplicationState.Cancelled) => true,
        (ApplicationState.Approved, ApplicationState.Cancelled or ApplicationState.CheckedIn) => true,
        _ => false,
    };

    /// <summary>Published and within its application window at <paramref name="utcNow"/>.</summary>
    public static bool IsOpenForApplications(this ProductExpo expo, DateTime utcNow) =>
        expo.State == ExpoState.Published && utcNow >= expo.ApplicationsOpenAt && utcNow <= expo.ApplicationsCloseAt;

    /// <summary>States in which an application still counts against the enterprise's booth cap.</summary>
    public static bool IsActive(this ApplicationState state) =>
        state is ApplicationState.Pending or ApplicationState.Waitlisted or ApplicationState.Approved or ApplicationState.CheckedIn;

    public static string ChineseName(this ApplicationState state) => state switch
    {
        ApplicationState.Pending => "待审核",
        ApplicationState.Approved => "已确认",
        ApplicationState.Rejected => "未通过",
        ApplicationState.Waitlisted => "候补",
        ApplicationState.Cancelled => "已取消",
        ApplicationState.CheckedIn => "已签到",
        _ => state.ToString(),
    };

    public static string ChineseName(this ExpoState state) => state switch
    {
        ExpoState.Draft => "草稿",
        ExpoState.Published => "报名中",
        ExpoState.ClosedForApplications => "报名已截止",
        ExpoState.Finished => "已结束",
        _ => state.ToString(),
    };

    public static string ChineseName(this BookingState state) => state switch
    {
        BookingState.Requested => "待审核",
        BookingState.Approved => "已批准",
        BookingState.Rejected => "未批准",
        BookingState.Cancelled => "已取消",
        _ => state.ToString(),
    };
}
