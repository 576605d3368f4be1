using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Modules.RedHelp.Demands;
using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Shared;

/// <summary>
/// The demand form of an enterprise (/my/demands/new) and of a helper on its behalf (/redhelp/work/demands/new): the
/// fields, the attachments and the submission. Nothing is kept on bad input: files stored for a refused demand are removed.
/// </summary>
[RequestSizeLimit(DemandAttachments.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = DemandAttachments.MaxRequestBytes)]
public abstract class DemandIntakePage(IStringLocalizer<RedHelpResource> l) : PageModel
{
    [BindProperty]
    public DemandCategory? Category { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public Urgency Urgency { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [TempData]
    public string? StatusMessage { get; set; }

    public DemandForm Form => new(Category, Title, Description, Urgency);

    /// <summary>The viewer of this request.</summary>
    internal Task<DemandViewer> ViewerAsync() => this.Service<DemandViewers>().ForAsync(User, HttpContext.RequestAborted);

    /// <summary>
    /// Checks the form, stores the files and submits; on success sets the message and returns where to go, otherwise
    /// returns null with the reason in the model state (and no file left behind).
    /// </summary>
    internal async Task<string?> SubmitAsync(
        DemandViewer viewer, Func<DemandInput, CancellationToken, Task<(Demand? Demand, Refusal? Refusal)>> submit, string success, Func<int, string> urlOf)
    {
        if (!this.FormIsValid(l))
        {
            return null;
        }

        var attachments = this.Service<DemandAttachments>();
        var uploads = Files.Select(f => new Upload(f.FileName, f.Length, f.OpenReadStream)).ToList();
        var (stored, rejected) = await attachments.StoreAsync(uploads, HttpContext.RequestAborted);
        if (rejected is not null)
        {
            this.Refuse(rejected, l);
            return null;
        }

        var (demand, refusal) = await submit(new DemandInput(Category, Title, Description, Urgency, stored), HttpContext.RequestAborted);
        if (refusal is not null)
        {
            attachments.Discard(stored);
            this.Refuse(refusal, l);
            return null;
        }

        StatusMessage = l[success];
        return urlOf(demand!.Id);
    }
}
