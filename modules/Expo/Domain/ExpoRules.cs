namespace Portal.Modules.Expo.Domain;

/// <summary>
/// An expo's life: Draft → Published → ClosedForApplications → Finished; a closed expo may be reopened
/// (→ Published). Nothing goes back to Draft (applicants have seen it) and Finished is the end.
/// </summary>
internal static class ExpoRules
{
    public static bool CanMove(ExpoState from, ExpoState to) => (from, to) switch
    {
        (ExpoState.Draft, ExpoState.Published) => true,
        (ExpoState.Published, ExpoState.ClosedForApplications) => true,
        (ExpoState.ClosedForApplications, ExpoState.Published or ExpoState.Finished) => true,
        _ => false,
    };

    /// <summary>The action's name on the staff page (a localization key).</summary>
    public static string ActionName(ExpoState to) => to switch
    {
        ExpoState.Published => "发布（开放报名）",
        ExpoState.ClosedForApplications => "截止报名",
        ExpoState.Finished => "结束并归档",
        _ => to.ToString(),
    };
}
