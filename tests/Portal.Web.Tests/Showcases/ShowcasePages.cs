using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Core.DemoData;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Showcases;

/// <summary>The showcase pages as a client uses them: their addresses, handlers and form fields.</summary>
internal static partial class ShowcasePages
{
    public const string Editor = "/my/showcase";
    public const string Preview = "/my/showcase/preview";
    public const string Queue = "/admin/showcase/moderation";

    public static string Review(int id) => $"{Queue}/{id}";

    public static string Public(string slug) => $"/enterprises/{slug}";

    /// <summary>The page's text with entities decoded, so assertions read what a person reads.</summary>
    public static async Task<string> TextAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string handler, Dictionary<string, string>? fields = null, string query = "") =>
        Forms.PostAsync(client, Editor, fields ?? [], $"{Editor}?handler={handler}{query}");

    /// <summary>Makes sure the demo enterprise's working copy is a Draft (withdraws a pending submission).</summary>
    public static async Task EnsureDraftAsync(HttpClient enterprise)
    {
        var html = await (await enterprise.GetAsync(Editor)).Content.ReadAsStringAsync();
        if (html.Contains("handler=Withdraw", StringComparison.Ordinal))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(enterprise, "Withdraw")).StatusCode);
        }
    }

    public static async Task SaveTextAsync(HttpClient enterprise, string culture, string brands = "", string honours = "")
    {
        var response = await PostAsync(enterprise, "Text", new() { ["Text.Culture"] = culture, ["Text.Brands"] = brands, ["Text.Honours"] = honours });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<int> AddProductAsync(HttpClient enterprise, string name, string description = "")
    {
        var response = await PostAsync(enterprise, "Product", new() { ["Product.Name"] = name, ["Product.Description"] = description });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await (await enterprise.GetAsync(Editor)).Content.ReadAsStringAsync();
        return ProductIds().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Max();
    }

    /// <summary>Posts a file to a product's upload form (multipart, with the form's antiforgery token) and returns the answer's text.</summary>
    public static async Task<(HttpStatusCode Status, string Text)> UploadImageAsync(HttpClient enterprise, int productId, byte[] content, string fileName)
    {
        var action = $"{Editor}?productId={productId}&handler=Image";
        var html = await (await enterprise.GetAsync(Editor)).Content.ReadAsStringAsync();
        // A page opened before the limit was reached still has its form: any form's token stands for it.
        var token = Forms.TokenFrom(html, action) ?? Forms.TokenFrom(html) ?? throw new Xunit.Sdk.XunitException($"No form on {Editor}.");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), Forms.TokenField },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "Upload", fileName);
        var response = await enterprise.PostAsync(action, form);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public static async Task SubmitAsync(HttpClient enterprise) =>
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(enterprise, "Submit")).StatusCode);

    /// <summary>The id of the submitted version of <paramref name="enterpriseName"/>, read from the moderation queue.</summary>
    public static async Task<int> QueuedVersionAsync(HttpClient staff, string enterpriseName)
    {
        var html = await TextAsync(staff, Queue);
        var row = QueueRows().Matches(html).FirstOrDefault(m => m.Value.Contains(enterpriseName, StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"{enterpriseName} is not in the moderation queue.");
        return int.Parse(ReviewLink().Match(row.Value).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<HttpResponseMessage> DecideAsync(HttpClient staff, int id, string handler, string? reason = null) =>
        Forms.PostAsync(staff, Review(id), reason is null ? [] : new Dictionary<string, string> { ["Reason"] = reason }, $"{Review(id)}?handler={handler}");

    /// <summary>The slug and name of the enterprise owned by the demo enterprise account.</summary>
    public static async Task<(string Slug, string Name)> DemoEnterpriseAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoreDbContext>();
        var email = Accounts.DemoEmail(Portal.Core.Security.PortalRoles.Enterprise);
        var owner = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return await db.Enterprises.Where(e => e.OwnerUserId == owner).Select(e => ValueTuple.Create(e.Slug, e.Name)).SingleAsync();
    }

    [GeneratedRegex("productId=(\\d+)&amp;handler=Image")]
    private static partial Regex ProductIds();

    [GeneratedRegex("<tr>[\\s\\S]*?</tr>")]
    private static partial Regex QueueRows();

    [GeneratedRegex("/admin/showcase/moderation/(\\d+)")]
    private static partial Regex ReviewLink();
}
