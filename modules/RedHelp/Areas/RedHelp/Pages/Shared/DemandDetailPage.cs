using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Files;
using Portal.Modules.Policies.Contracts;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;

/// <summary>Which party's page shows the demand, and so which actions it offers.</summary>
public enum DemandPageMode
{
    Enterprise,
    Staff,
    Helper,
}

/// <summary>
/// The demand page of each party (/my/demands/{id}, /admin/redhelp/dispatch/{id}, /redhelp/work/{id}): facts,
/// the timeline the viewer may see and the actions of that party. Every form carries the version it was
/// opened at; the service refuses a step when someone else acted first, and refuses what the viewer may not do.
/// </summary>
public abstract class DemandDetailPage(IStringLocalizer<RedHelpResource> l) : PageModel
{
    public abstract DemandPageMode Mode { get; }

    internal DemandDetail Detail { get; private set; } = null!;

    internal DemandViewer Viewer { get; private set; } = null!;

    internal RoutingProposal? Proposal { get; private set; }

    internal IReadOnlyList<UnitChoice> Units { get; private set; } = [];

    internal IReadOnlyList<HelperChoice> Helpers { get; private set; } = [];

    public IReadOnlyList<ResourceSummary> Resources { get; private set; } = [];

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public bool Internal { get; set; }

    [BindProperty]
    public Satisfaction? Rating { get; set; }

    [BindProperty]
    public int? LeadUnitId { get; set; }

    [BindProperty]
    public string? HandlerUserId { get; set; }

    [BindProperty]
    public List<int> CoUnitIds { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    private DemandService Demands => this.Service<DemandService>();

    protected abstract string UrlOf(int id);

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    /// <summary>?handler=Attachment&amp;attachmentId=: a file of the demand, for whoever may see the demand (404 for anybody else).</summary>
    public async Task<IActionResult> OnGetAttachmentAsync(int id, int attachmentId)
    {
        var viewer = await this.Service<DemandViewers>().ForAsync(User, HttpContext.RequestAborted);
        var opened = await this.Service<DemandAttachments>().OpenAsync(id, attachmentId, viewer, HttpContext.RequestAborted);
        return opened is { } o ? File(o.Content, o.Attachment.Kind.ContentType(), o.Attachment.FileName) : NotFound();
    }

    /// <summary>The download address of an attachment on this party's page.</summary>
    public string AttachmentUrl(int demandId, int attachmentId) => $"{UrlOf(demandId)}?handler=Attachment&attachmentId={attachmentId}";

    public Task<IActionResult> OnPostDispatchAsync(int id) => ActAsync(id, "已派单，已通知承办人和企业。", (v, ct) =>
        Demands.DispatchAsync(id, Version, v, new DispatchInput(LeadUnitId, HandlerUserId, CoUnitIds), ct));

    public Task<IActionResult> OnPostRefuseAsync(int id) => ActAsync(id, "已不予受理，已通知企业。", (v, ct) => Demands.RefuseAsync(id, Version, v, Text, ct));

    public Task<IActionResult> OnPostTakeAsync(int id) => ActAsync(id, "已接单。", (v, ct) => Demands.TakeAsync(id, Version, v, ct));

    public Task<IActionResult> OnPostReturnAsync(int id) => ActAsync(id, "已退回，等待重新派单。", (v, ct) => Demands.ReturnAsync(id, Version, v, Text, ct));

    public Task<IActionResult> OnPostNoteAsync(int id) => ActAsync(id, "已记录进展。", (v, ct) => Demands.AddNoteAsync(id, v, Text, Internal, ct));

    public Task<IActionResult> OnPostResolveAsync(int id) => ActAsync(id, "已办结，已通知企业评价。", (v, ct) => Demands.ResolveAsync(id, Version, v, Text, ct));

    public Task<IActionResult> OnPostRateAsync(int id) => ActAsync(id, "感谢您的评价。", (v, ct) => Demands.RateAsync(id, Version, v, Rating, Text, ct));

    public Task<IActionResult> OnPostFollowUpAsync(int id) => ActAsync(id, "已记录回访。", (v, ct) => Demands.FollowUpCallAsync(id, Version, v, Text, ct));

    public Task<IActionResult> OnPostWithdrawAsync(int id) => ActAsync(id, "已撤回该需求。", (v, ct) => Demands.WithdrawAsync(id, Version, v, Text, ct));

    private async Task<IActionResult> ActAsync(int id, string success, Func<DemandViewer, CancellationToken, Task<Refusal?>> act)
    {
        var viewer = await this.Service<DemandViewers>().ForAsync(User, HttpContext.RequestAborted);
        var refusal = await act(viewer, HttpContext.RequestAborted);
        if (refusal is null)
        {
            StatusMessage = l[success];
            return Redirect(UrlOf(id));
        }

        ModelState.AddModelError(refusal.Field == "Reason" || refusal.Field == "Resolution" || refusal.Field == "Note" || refusal.Field == "Comment" ? nameof(Text) : refusal.Field, l[refusal.Message, refusal.Args ?? []]);
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        Viewer = await this.Service<DemandViewers>().ForAsync(User, ct);
        if (await this.Service<DemandQueries>().DetailAsync(id, Viewer, ct) is not { } detail)
        {
            return false;
        }

        Detail = detail;
        var demand = detail.Demand;
        if (Mode == DemandPageMode.Staff && demand.State is DemandState.Submitted or DemandState.Dispatched)
        {
            Units = await this.Service<DispatchChoices>().UnitsAsync(ct);
            Helpers = await this.Service<DispatchChoices>().HelpersAsync(ct);
            Proposal = await this.Service<DemandRouting>().ProposeAsync(demand.EnterpriseId, ct);
            LeadUnitId ??= demand.LeadUnitId ?? Proposal.LeadUnitId;
            HandlerUserId ??= demand.HandlerUserId ?? Proposal.HandlerUserId;
        }

        if (demand.State.IsOpen() && HttpContext.RequestServices.GetService<IResourceDirectory>() is { } directory)
        {
            Resources = await directory.AnsweringAsync((NeedCategory)(int)demand.Category, 5, ct);
        }

        ViewData["Title"] = demand.Title;
        return true;
    }
}

/// <summary>A one-text form (refuse, return, resolve, follow-up call, withdraw).</summary>
public sealed record TextAction(string Handler, string Title, string Label, string Button, int DemandId, int Version);

/// <summary>The values of the demand form (enterprise's or a helper's on its behalf).</summary>
public sealed record DemandForm(DemandCategory? Category, string? Title, string? Description, Urgency Urgency);

/// <summary>The helper's enterprises to choose from (visits, demands on behalf) and the chosen one.</summary>
internal sealed record EnterpriseSelect(IReadOnlyList<(int Id, string Name)> Options, int? Selected, bool InlineError = true);

/// <summary>A list of demands as a table: where each row links, whether to show the enterprise, a test id.</summary>
internal sealed record DemandTable(IReadOnlyList<DemandRow> Rows, Func<int, string> UrlFor, bool ShowEnterprise, string TestId);
