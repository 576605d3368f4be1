using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.Enterprises;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>The enterprise registration form (/account/register) filled as a person would, with a unique address and a valid credit code.</summary>
public sealed record Registration(string Email, string EnterpriseName, string CreditCode)
{
    public const string Password = "Reg2026pass";

    /// <summary>Every field of the form; <paramref name="change"/> replaces some (a test's bad value).</summary>
    public Dictionary<string, string> Fields(IReadOnlyDictionary<string, string>? change = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Email"] = Email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
            ["Input.DisplayName"] = "测试 王芳",
            ["Input.EnterpriseName"] = EnterpriseName,
            ["Input.CreditCode"] = CreditCode,
            ["Input.Segment"] = nameof(Segment.Garment),
            ["Input.TownId"] = "1",
            ["Input.Size"] = nameof(SizeClass.Small),
            ["Input.AboveDesignatedSize"] = "false",
            ["Input.FoundedYear"] = "2016",
            ["Input.ContactPhone"] = "0791-88886666",
        };
        foreach (var (key, value) in change ?? new Dictionary<string, string>())
        {
            fields[key] = value;
        }

        return fields;
    }
}

public static class Registrations
{
    public const string Path = "/account/register";

    public static Registration New()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var first17 = "913601" + string.Concat(Random.Shared.GetItems("0123456789".ToCharArray(), 11));
        return new Registration($"reg-{suffix}@example.cn", $"洪城测试纺织有限公司{suffix}", first17 + CreditCode.CheckCharacter(first17));
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, IReadOnlyDictionary<string, string> fields) =>
        Forms.PostAsync(client, Path, fields);

    /// <summary>
    /// Registers <paramref name="registration"/> through the form, delivers the confirmation mail over SMTP, follows its
    /// link and signs in: the owner's client, with its enterprise still waiting for verification.
    /// </summary>
    public static async Task<HttpClient> ConfirmedAsync(PortalFactory factory, Registration registration)
    {
        var owner = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(owner, registration.Fields())).StatusCode);
        await Outbox.DispatchAsync(factory);
        var confirmation = Assert.Single(factory.Smtp.Messages, m => Outbox.IsTo(m, registration.Email));
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(Outbox.LinkTo(confirmation, "/account/confirm-email"))).StatusCode);
        await Accounts.LoginAsync(owner, registration.Email, Registration.Password);
        return owner;
    }

    /// <summary>The id of the enterprise registered with <paramref name="email"/> as its contact.</summary>
    public static async Task<int> EnterpriseIdAsync(PortalFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CoreDbContext>().Enterprises.Where(e => e.ContactEmail == email).Select(e => e.Id).SingleAsync();
    }

    /// <summary>Staff press 认证通过 on the enterprise's admin page.</summary>
    public static async Task<HttpResponseMessage> VerifyAsync(HttpClient staff, int enterpriseId)
    {
        var details = $"/admin/enterprises/{enterpriseId}";
        return await Forms.PostAsync(staff, details, new Dictionary<string, string>(), details + "?handler=Verify");
    }
}
