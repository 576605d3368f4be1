using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Account;

/// <summary>Enterprise registration in one form; the confirmation email is queued once both are saved.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class RegisterModel(CoreDbContext db, EnterpriseSignUp signUp, AccountMailer mailer, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Towns { get; private set; } = [];

    public IReadOnlyList<SelectListItem> SegmentItems =>
        Segments.All.Select(s => new SelectListItem(l[s.ChineseName()], s.ToString())).ToList();

    public IReadOnlyList<SelectListItem> SizeItems =>
        SizeClasses.All.Select(s => new SelectListItem(l[s.ChineseName()], s.ToString())).ToList();

    public async Task OnGetAsync() => await LoadTownsAsync();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // One message a field: an annotation's message (e.g. "请选择所属行业。") is not repeated by the enterprise check.
        foreach (var error in await signUp.CheckAsync(Input, cancellationToken))
        {
            if (error.Field is null || ModelState.GetFieldValidationState($"{AccountPages.InputPrefix}.{error.Field}") != ModelValidationState.Invalid)
            {
                ModelState.AddInputError(error.Field, error.Message);
            }
        }

        if (ModelState.IsValid)
        {
            var (user, result) = await signUp.CreateAsync(Input, cancellationToken);
            if (user is not null)
            {
                await mailer.SendConfirmationAsync(user, cancellationToken);
                return RedirectToPage("/Account/RegisterConfirmation");
            }

            ModelState.AddIdentityErrors(result, nameof(RegisterInput.Password), nameof(RegisterInput.Email));
        }

        await LoadTownsAsync();
        return Page();
    }

    private async Task LoadTownsAsync() =>
        Towns = (await db.Towns.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync())
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
}
