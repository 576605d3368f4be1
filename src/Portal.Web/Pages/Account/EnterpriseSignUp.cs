using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Core.Data;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Core.Security;

namespace Portal.Web.Pages.Account;

/// <summary>A refusal of a registration: the <see cref="RegisterInput"/> field it concerns (null for the whole form) and the message.</summary>
public sealed record SignUpError(string? Field, string Message);

/// <summary>
/// Registers an enterprise user: checks the enterprise, then saves the user (role Enterprise) and the
/// unverified enterprise in one transaction. On any refusal nothing is saved, not even the user row.
/// </summary>
public sealed class EnterpriseSignUp(
    CoreDbContext db,
    UserManager<PortalUser> users,
    EnterpriseService enterprises,
    TimeProvider time,
    IStringLocalizer<SharedResource> l)
{
    /// <summary>The errors a registration would meet, without saving anything.</summary>
    public async Task<IReadOnlyList<SignUpError>> CheckAsync(RegisterInput input, CancellationToken cancellationToken = default)
    {
        var errors = (await enterprises.CheckAsync(input.ToRegistration(), cancellationToken))
            .Select(e => new SignUpError(FieldOf(e.Field), l[e.Message, e.Args ?? []]))
            .ToList();
        if (input.Email is { } email && await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(new(nameof(RegisterInput.Email), l["该邮箱已经注册。"]));
        }

        return errors;
    }

    /// <summary>Saves the user and the enterprise, all or nothing; on refusal the user is null and the result says why.</summary>
    public async Task<(PortalUser? User, IdentityResult Result)> CreateAsync(RegisterInput input, CancellationToken cancellationToken = default)
    {
        var user = new PortalUser
        {
            UserName = input.Email!.Trim(),
            Email = input.Email.Trim(),
            DisplayName = input.DisplayName!.Trim(),
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await users.CreateAsync(user, input.Password!);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, PortalRoles.Enterprise);
            }

            if (!result.Succeeded)
            {
                await RollBackAsync(transaction);
                return (null, result);
            }

            enterprises.Add(input.ToRegistration(), user.Id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (user, IdentityResult.Success);
        }
        catch (DbUpdateException)
        {
            // Another registration took the same code or address between the check and the save.
            await RollBackAsync(transaction);
            return (null, IdentityResult.Failed(new IdentityError
            {
                Code = "Taken",
                Description = l["该邮箱或统一社会信用代码刚刚已被注册，请核对后重试。"],
            }));
        }
    }

    private static string? FieldOf(string enterpriseField) => enterpriseField switch
    {
        "" => null,
        nameof(EnterpriseRegistration.Name) => nameof(RegisterInput.EnterpriseName),
        var field => field,
    };

    private async Task RollBackAsync(IDbContextTransaction transaction)
    {
        await transaction.RollbackAsync();
        db.ChangeTracker.Clear();
    }
}
