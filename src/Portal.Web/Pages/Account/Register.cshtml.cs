using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Security;
using Portal.Web.Hosting;

namespace Portal.Web.Pages.Account;

/// <summary>
/// Enterprise registration: the user and the unverified enterprise are saved in one transaction,
/// then the confirmation email is queued. Bad input saves nothing.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Auth)]
public sealed class RegisterModel(
    CoreDbContext db,
    UserManager<PortalUser> users,
    EnterpriseService enterprises,
    AccountMailer mailer,
    TimeProvider time,
    IStringLocalizer<SharedResource> l) : PageModel
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
        var registration = Input.ToRegistration();
        foreach (var error in await enterprises.CheckAsync(registration, cancellationToken))
        {
            var key = error.Field switch
            {
                "" => "",
                nameof(EnterpriseRegistration.Name) => $"{nameof(Input)}.{nameof(RegisterInput.EnterpriseName)}",
                var field => $"{nameof(Input)}.{field}",
            };
            if (ModelState.GetFieldValidationState(key) != ModelValidationState.Invalid)
            {
                ModelState.AddModelError(key, l[error.Message, error.Args ?? []]);
            }
        }

        if (Input.Email is { } email && await users.FindByEmailAsync(email) is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(RegisterInput.Email)}", l["该邮箱已经注册。"]);
        }

        if (!ModelState.IsValid)
        {
            await LoadTownsAsync();
            return Page();
        }

        var user = await CreateAsync(registration, cancellationToken);
        if (user is null)
        {
            await LoadTownsAsync();
            return Page();
        }

        await mailer.SendConfirmationAsync(user, cancellationToken);
        return RedirectToPage("/Account/RegisterConfirmation");
    }

    /// <summary>The user, their role and the enterprise, all or nothing.</summary>
    private async Task<PortalUser?> CreateAsync(EnterpriseRegistration registration, CancellationToken cancellationToken)
    {
        var user = new PortalUser
        {
            UserName = Input.Email!.Trim(),
            Email = Input.Email.Trim(),
            DisplayName = Input.DisplayName!.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await users.CreateAsync(user, Input.Password!);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, PortalRoles.Enterprise);
            }

            if (!result.Succeeded)
            {
                AddIdentityErrors(result);
                await RollBackAsync(transaction);
                return null;
            }

            enterprises.Add(registration, user.Id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return user;
        }
        catch (DbUpdateException)
        {
            // Another registration took the same code or address between the check and the save.
            await RollBackAsync(transaction);
            ModelState.AddModelError("", l["该邮箱或统一社会信用代码刚刚已被注册，请核对后重试。"]);
            return null;
        }
    }

    private async Task RollBackAsync(IDbContextTransaction transaction)
    {
        await transaction.RollbackAsync();
        db.ChangeTracker.Clear();
    }

    private void AddIdentityErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(RegisterInput.Password),
                "DuplicateEmail" or "DuplicateUserName" or "InvalidEmail" or "InvalidUserName" => nameof(RegisterInput.Email),
                _ => null,
            };
            ModelState.AddModelError(field is null ? "" : $"{nameof(Input)}.{field}", error.Description);
        }
    }

    private async Task LoadTownsAsync() =>
        Towns = (await db.Towns.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync())
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
}
