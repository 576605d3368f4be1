namespace Portal.Core.Time;

/// <summary>Times are stored in UTC and shown in Asia/Shanghai.</summary>
public static class ChinaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTime ToChina(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    public static DateTime ToUtc(DateTime chinaLocal) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(chinaLocal, DateTimeKind.Unspecified), Zone);

    public static DateTime ChinaNow(this TimeProvider time) => ToChina(time.GetUtcNow().UtcDateTime);

    public static DateOnly ChinaToday(this TimeProvider time) => DateOnly.FromDateTime(time.ChinaNow());

    /// <summary>"2026-11-25 14:08" in China time.</summary>
    public static string Format(DateTime utc) => ToChina(utc).ToString("yyyy-MM-dd HH:mm");
}
