using Portal.Core;

namespace Portal.Modules.RedHelp.Domain.RovingService;

/// <summary>What staff fill in for a session; date and time in Beijing time; units and topics one a line.</summary>
internal sealed record RovingSessionInput(DateOnly? Date, TimeOnly? Time, string? Place, string? Units, string? Topics, int? Capacity)
{
    public const int MaxPlace = 200;
    public const int MaxUnits = 2000;
    public const int MaxTopics = 1000;
    public const int MaxCapacity = 500;

    public Refusal? Check()
    {
        if (Date is null || Time is null)
        {
            return new Refusal(nameof(Date), "请填写日期和时间。");
        }

        if (string.IsNullOrWhiteSpace(Place) || Place.Trim().Length > MaxPlace)
        {
            return new Refusal(nameof(Place), "请填写地点（{0} 字以内）。", [MaxPlace]);
        }

        if (RovingQueries.Lines(Units ?? "").Count == 0 || Units!.Length > MaxUnits)
        {
            return new Refusal(nameof(Units), "请填写参加单位，每行一个（共 {0} 字以内）。", [MaxUnits]);
        }

        if (RovingQueries.Lines(Topics ?? "").Count == 0 || Topics!.Length > MaxTopics)
        {
            return new Refusal(nameof(Topics), "请填写服务主题，每行一个（共 {0} 字以内）。", [MaxTopics]);
        }

        return Capacity is null or < 1 or > MaxCapacity
            ? new Refusal(nameof(Capacity), "名额应为 1 到 {0} 之间的整数。", [MaxCapacity])
            : null;
    }

    /// <summary>Trimmed lines joined by a newline.</summary>
    public static string Normalize(string? text) => string.Join('\n', RovingQueries.Lines((text ?? "").Replace("\r", "", StringComparison.Ordinal)));
}
