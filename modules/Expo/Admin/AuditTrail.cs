using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Identity;
using Portal.Modules.Expo.Domain;

namespace Portal.Modules.Expo.Admin;

/// <summary>Decisions with the names of who took them ("系统" for jobs).</summary>
internal sealed record AuditTrail(IReadOnlyList<ExpoAuditEntry> Entries, IReadOnlyDictionary<string, string> Actors)
{
    public string ActorOf(ExpoAuditEntry entry) => Actors.GetValueOrDefault(entry.ActorUserId, entry.ActorUserId == "system" ? "系统" : entry.ActorUserId);

    public static async Task<AuditTrail> LoadAsync(UserManager<PortalUser> users, IReadOnlyList<ExpoAuditEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.ActorUserId).Distinct().ToList();
        var actors = await users.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => string.IsNullOrEmpty(u.DisplayName) ? u.Email ?? u.Id : u.DisplayName, cancellationToken);
        return new AuditTrail(entries, actors);
    }

    /// <summary>The Chinese name of an audit action (a localization key).</summary>
    public static string ActionName(string action) => action switch
    {
        "approve" => "确认并分配展位",
        "reject" => "拒绝",
        "waitlist" => "列入候补",
        "cancel" => "企业取消",
        "cancel-by-staff" => "工作人员取消",
        "check-in" => "签到",
        "offer-expired" => "候补保留过期",
        "booths" => "编辑展位表",
        _ => action,
    };
}
