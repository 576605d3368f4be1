using Microsoft.EntityFrameworkCore;
using Portal.Core.Enterprises;
using Portal.Core.Time;
using Portal.Modules.Policies.Data;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Matching;

/// <summary>An open policy an enterprise meets, with the reasons and the days left (null when open-ended).</summary>
internal sealed record PolicyMatch(Policy Policy, IReadOnlyList<MatchReason> Reasons, int? DaysLeft);

/// <summary>The policies open today whose conditions an enterprise's profile meets: closing soonest first, open-ended last.</summary>
internal sealed class PolicyMatches(PoliciesDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<PolicyMatch>> ForAsync(EnterpriseProfile enterprise, CancellationToken cancellationToken)
    {
        var today = time.ChinaToday();
        var published = await db.Policies.AsNoTracking().Where(p => p.State == PolicyState.Published).ToListAsync(cancellationToken);
        return [.. published.Where(p => p.IsOpenOn(today))
            .Select(p => (Policy: p, Result: Eligibility.Check(PolicyConditions.Of(p), enterprise)))
            .Where(x => x.Result.Met)
            .Select(x => new PolicyMatch(x.Policy, x.Result.Reasons, x.Policy.DaysLeft(today)))
            .OrderBy(m => m.DaysLeft ?? int.MaxValue).ThenByDescending(m => m.Policy.PublishedAt).ThenBy(m => m.Policy.Id)];
    }

    /// <summary>The sentence of a reason (Chinese source text with its argument), for the localizer.</summary>
    public static (string Text, string Value) Sentence(MatchReason reason) => reason.Kind switch
    {
        ReasonKind.Segment => ("面向{0}行业，与贵企业一致", reason.Value),
        ReasonKind.AnySegment => ("不限行业（贵企业属{0}）", reason.Value),
        ReasonKind.Size => ("面向{0}企业，与贵企业一致", reason.Value),
        ReasonKind.AnySize => ("不限规模（贵企业为{0}企业）", reason.Value),
        ReasonKind.AboveDesignatedSize => ("限规上企业，贵企业为规上企业", reason.Value),
        ReasonKind.BelowDesignatedSize => ("限规下企业，贵企业为规下企业", reason.Value),
        ReasonKind.Town => ("限指定镇街园区，贵企业位于{0}", reason.Value),
        ReasonKind.FoundedBefore => ("限 {0} 年及以前成立，贵企业符合", reason.Value),
        _ => ("限 {0} 年及以后成立，贵企业符合", reason.Value),
    };
}
