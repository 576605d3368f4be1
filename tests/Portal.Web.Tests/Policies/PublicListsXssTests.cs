using System.Net;
using System.Text.RegularExpressions;
using Portal.Core.Security;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Policies;

/// <summary>
/// The public /resources, /resources/{id} and /projects pages with every text field of a resource and of a project (and a
/// project's progress note) saved by staff with script, attribute break-outs and javascript: links: a visitor gets them
/// escaped in the lists, in a search that marks a hit inside the probe, in the facets and on the item page, and the
/// Markdown description renders its heading while the renderer drops the raw HTML and the unsafe links.
/// </summary>
[Collection(PolicyWritesCollection.Name)]
public sealed partial class PublicListsXssTests(PolicyWritesFactory factory)
{
    private const string Resources = "/admin/policies/resources";
    private const string Projects = "/admin/policies/projects";

    [Fact]
    public async Task Script_in_every_field_of_a_published_resource_comes_out_inert_on_the_public_pages()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var id = await ListEditors.CreateAsync(staff, Resources, new Dictionary<string, string>
        {
            ["Input.Title"] = "毒样资源" + ListEditors.Breakout,
            ["Input.Kind"] = "Service",
            ["Input.ProvidingUnit"] = "毒样单位" + ListEditors.Breakout,
            ["Input.Contact"] = ListEditors.Breakout,
            ["Input.Segments"] = "Garment",
            ["Input.Categories"] = "Financing",
            ["Input.Description"] = ListEditors.MarkdownProbe,
        });
        var edit = $"{Resources}/edit/{id}";
        var publish = await Forms.PostAsync(staff, edit, new Dictionary<string, string> { ["Token"] = ListEditors.TokenOf(await staff.GetStringAsync(edit)), ["published"] = "true" }, edit + "?handler=Publish");
        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);

        using var visitor = factory.CreatePortalClient();
        var unit = "/resources?unit=" + Uri.EscapeDataString("毒样单位" + ListEditors.Breakout);
        Assert.Contains($"href=\"/resources/{id}\"", await visitor.GetStringAsync(unit)); // the facet of the probe finds it
        await ListEditors.AssertInertAsync(visitor, ["/resources", "/resources?q=" + Uri.EscapeDataString("毒样"), unit, $"/resources/{id}"]);
        await ListEditors.AssertInertAsync(visitor, ["/resources?q=script"], shown: "&lt;<mark>script</mark>&gt;");
        Assert.Contains("<mark>毒样</mark>资源&lt;script&gt;", await visitor.GetStringAsync("/resources?q=" + Uri.EscapeDataString("毒样")));

        var page = await visitor.GetStringAsync($"/resources/{id}");
        var body = Article().Match(page).Groups[1].Value;
        Assert.Contains("小标题</h2>", body); // the Markdown is rendered ...
        Assert.Contains("点我", body);
        Assert.Contains("&lt;a href=", body); // ... its raw HTML shown as text, and the unsafe link and image dropped
        Assert.DoesNotContain("href=\"javascript", body);
        Assert.DoesNotContain("src=\"javascript", body);
    }

    [Fact]
    public async Task Script_in_every_field_of_a_project_and_its_progress_note_comes_out_inert_on_the_public_page()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var lead = "毒样牵头" + ListEditors.Breakout;
        var id = await ListEditors.CreateAsync(staff, Projects, new Dictionary<string, string>
        {
            ["Input.Title"] = "毒样项目" + ListEditors.Breakout,
            ["Input.Year"] = "2026",
            ["Input.LeadUnit"] = lead,
            ["Input.ClaimingUnits"] = "毒样领办" + ListEditors.Breakout + "、乙单位",
            ["Input.Description"] = ListEditors.MarkdownProbe,
        });
        var edit = $"{Projects}/edit/{id}";
        var note = await Forms.PostAsync(staff, edit, new Dictionary<string, string> { ["noteDate"] = "2026-01-15", ["note"] = "毒样进展" + ListEditors.Breakout }, edit + "?handler=Progress");
        Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);

        using var visitor = factory.CreatePortalClient();
        var search = "/projects?q=" + Uri.EscapeDataString("毒样");
        var found = await visitor.GetStringAsync(search);
        Assert.Contains("<mark>毒样</mark>项目&lt;script&gt;", found);
        Assert.Contains("毒样进展&lt;script&gt;", found); // the progress note is shown, escaped
        Assert.Contains("毒样牵头&lt;script&gt;", await visitor.GetStringAsync("/projects")); // its lead unit is a facet
        await ListEditors.AssertInertAsync(visitor, ["/projects", search, "/projects?lead=" + Uri.EscapeDataString(lead)]);
        await ListEditors.AssertInertAsync(visitor, ["/projects?q=script"], shown: "&lt;<mark>script</mark>&gt;");
        Assert.Contains("<mark>毒样</mark>", await visitor.GetStringAsync("/projects?lead=" + Uri.EscapeDataString(lead) + "&q=" + Uri.EscapeDataString("毒样")));
    }

    [GeneratedRegex("<article class=\"policy-body[^\"]*\">([\\s\\S]*?)</article>")]
    private static partial Regex Article();
}
