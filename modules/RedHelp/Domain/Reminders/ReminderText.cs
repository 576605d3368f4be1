namespace Portal.Modules.RedHelp.Domain.Reminders;

/// <summary>Chinese keys (translated by the page's localizer) and badge classes for the reminder report.</summary>
internal static class ReminderText
{
    public static string Channel(ReminderChannel channel) => channel == ReminderChannel.Email ? "邮件" : "站内信";

    public static string State(DeliveryState state) => state switch
    {
        DeliveryState.Sent => "已发送",
        DeliveryState.Failed => "失败",
        _ => "待发送",
    };

    public static string Badge(DeliveryState state) => state switch
    {
        DeliveryState.Sent => "text-bg-success",
        DeliveryState.Failed => "text-bg-danger",
        _ => "text-bg-warning",
    };
}
