using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Modules.Policies.Subscriptions;

namespace Portal.Modules.Policies.Areas.Policies.Pages.My;

/// <summary>/my/policies/subscriptions: the user's followed finder filters; follow (from /policies) and delete.</summary>
[Authorize(Policy = PoliciesPermissions.Match)]
public sealed class SubscriptionsModel(IStringLocalizer<PoliciesResource> l) : PageModel
{
    public IReadOnlyList<SubscriptionView> Subscriptions { get; private set; } = [];

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";

    public async Task OnGetAsync([FromQuery(Name = "done")] string? done, CancellationToken cancellationToken)
    {
        Message = done switch
        {
            "followed" => l["已订阅。有符合条件的政策发布或重大变更时会通知您。"].Value,
            "deleted" => l["已取消订阅。"].Value,
            "renamed" => l["订阅名称已保存。"].Value,
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostFollowAsync(string? filter, string? frequency, string? name, CancellationToken cancellationToken)
    {
        var refusal = Enum.TryParse<DeliveryFrequency>(frequency, out var chosen) && Enum.IsDefined(chosen)
            ? await this.Service<SubscriptionService>().FollowAsync(UserId, filter, chosen, name, cancellationToken)
            : Refusal.Form(SubscriptionService.ChooseFrequency);
        return await DoneOrErrorAsync(refusal, "followed", cancellationToken);
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? name, CancellationToken cancellationToken) =>
        await DoneOrErrorAsync(await this.Service<SubscriptionService>().RenameAsync(UserId, id, name, cancellationToken), "renamed", cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = await this.Service<SubscriptionService>().DeleteAsync(UserId, id, cancellationToken);
        return await DoneOrErrorAsync(deleted ? null : Refusal.Form(SubscriptionService.NotFound), "deleted", cancellationToken);
    }

    private async Task<IActionResult> DoneOrErrorAsync(Refusal? refusal, string done, CancellationToken cancellationToken)
    {
        if (refusal is null)
        {
            return Redirect("/my/policies/subscriptions?done=" + done);
        }

        Error = l[refusal.Message, refusal.Args ?? []].Value;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Subscriptions = await this.Service<SubscriptionService>().ListAsync(UserId, cancellationToken);
}
