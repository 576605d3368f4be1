using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Core.Enterprises;
using Portal.Core.Notifications;
using Portal.Core.Time;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;
using Portal.Modules.Policies.Matching;
using Portal.Modules.Policies.Subscriptions;

namespace Portal.Modules.Policies.Jobs;

/// <summary>
/// Recurring job "Policies:closing-reminders" (daily): a verified enterprise is reminded (inbox + email) when an open
/// policy it meets closes within <see cref="DaysBefore"/> days — once per policy per enterprise. The notice goes first
/// under a dedupe key, then the unique policy_closing_reminders row; a run that dies between the two, or a second
/// run, finds the key used or the row there and sends nothing again.
/// </summary>
public sealed class RemindClosingPolicies
{
    public const string JobId = "Policies:closing-reminders";

    public const int DaysBefore = 7;

    private const int PageSize = 100;

    private readonly PoliciesDbContext db;
    private readonly IEnterpriseDirectory enterprises;
    private readonly INotificationService notifications;
    private readonly TimeProvider time;
    private readonly PortalOptions portal;

    internal RemindClosingPolicies(PoliciesDbContext db, IEnterpriseDirectory enterprises, INotificationService notifications, TimeProvider time, IOptions<PortalOptions> portal)
    {
        this.db = db;
        this.enterprises = enterprises;
        this.notifications = notifications;
        this.time = time;
        this.portal = portal.Value;
    }

    /// <summary>Returns the number of reminders sent by this run.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var today = time.ChinaToday();
        var last = today.AddDays(DaysBefore);
        var closing = (await db.Policies.AsNoTracking()
                .Where(p => p.State == PolicyState.Published && p.ClosesOn != null && p.ClosesOn >= today && p.ClosesOn <= last)
                .ToListAsync(cancellationToken))
            .Where(p => p.IsOpenOn(today)).ToList();
        if (closing.Count == 0)
        {
            return 0;
        }

        var ids = closing.Select(p => p.Id).ToList();
        var done = (await db.ClosingReminders.AsNoTracking().Where(r => ids.Contains(r.PolicyId)).Select(r => new { r.PolicyId, r.EnterpriseId }).ToListAsync(cancellationToken))
            .Select(r => (r.PolicyId, r.EnterpriseId)).ToHashSet();
        var sent = 0;
        await foreach (var enterprise in VerifiedAsync(cancellationToken))
        {
            foreach (var policy in closing.Where(p => !done.Contains((p.Id, enterprise.Id)) && Eligibility.Check(PolicyConditions.Of(p), enterprise).Met))
            {
                if (await RemindAsync(policy, enterprise, policy.DaysLeft(today)!.Value, cancellationToken))
                {
                    sent++;
                }
            }
        }

        return sent;
    }

    private async Task<bool> RemindAsync(Policy policy, EnterpriseProfile enterprise, int daysLeft, CancellationToken cancellationToken)
    {
        var closes = policy.ClosesOn!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var link = portal.AbsoluteUrl("/policies/" + policy.Slug);
        var notice = new Notice(
            enterprise.OwnerUserId!,
            $"政策即将截止：{policy.Title}",
            $"{enterprise.Name}：贵企业符合条件的政策“{policy.Title}”（{policy.DocumentNumber}）将于 {closes} 截止申报，还剩 {daysLeft} 天。\n\n受理地址：{policy.AcceptanceAddress}\n联系方式：{policy.Contact}\n\n详情：{link}",
            "/policies/" + policy.Slug,
            $"policies:closing:{policy.Id}:{enterprise.Id}");
        var fresh = await notifications.NotifyAsync(notice, cancellationToken);
        db.ClosingReminders.Add(new ClosingReminder { PolicyId = policy.Id, EnterpriseId = enterprise.Id, CreatedAt = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another run wrote the row first; its notice carried the same key
        }

        return fresh;
    }

    private async IAsyncEnumerable<EnterpriseProfile> VerifiedAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var page = 1; ; page++)
        {
            var result = await enterprises.SearchAsync(new EnterpriseSearch(VerifiedOnly: true, Page: page, PageSize: PageSize), cancellationToken);
            foreach (var enterprise in result.Items.Where(e => e.OwnerUserId is not null))
            {
                yield return enterprise;
            }

            if (page * PageSize >= result.Total)
            {
                yield break;
            }
        }
    }
}
