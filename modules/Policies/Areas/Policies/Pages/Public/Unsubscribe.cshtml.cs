using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Modules.Policies.Search;
using Portal.Modules.Policies.Subscriptions;

namespace Portal.Modules.Policies.Areas.Policies.Pages.Public;

/// <summary>/policies/unsubscribe?token=…: the link in every subscription mail; no login, confirmed with a POST.</summary>
[AllowAnonymous]
public sealed class UnsubscribeModel(IStringLocalizer<PoliciesResource> l) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "token")]
    public string? Token { get; set; }

    /// <summary>The subscription's title (its name, or its filter in words), when the token is good and the subscription still active.</summary>
    public string? Title { get; private set; }

    /// <summary>Its filter in words.</summary>
    public string? Label { get; private set; }

    public bool Done { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var subscription = await this.Service<SubscriptionService>().FindAsync(Token, cancellationToken);
        if (subscription is null)
        {
            Error = l[UnsubscribeTokens.Invalid].Value;
        }
        else if (subscription.CancelledAt is not null)
        {
            Done = true;
        }
        else
        {
            Title = SubscriptionNames.Title(subscription.Name, subscription.Filter, l);
            Label = FilterLabels.Describe(subscription.Filter, l);
        }
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var refusal = await this.Service<SubscriptionService>().UnsubscribeAsync(Token, cancellationToken);
        Error = refusal is null ? null : l[refusal].Value;
        Done = refusal is null;
    }
}
