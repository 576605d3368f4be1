using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Security;
using Portal.Modules.RedHelp.Jobs;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.RedHelp;

/// <summary>A host of its own: the reminder job really sends to every demo helper and enterprise here.</summary>
public sealed class ReminderPortalFactory : PortalFactory;

/// <summary>
/// /admin/redhelp/reminders: an administrator triggers the monthly reminder (Hangfire enqueues the recurring job), the job
/// runs twice and the outbox delivers to the loopback SMTP server; staff then see every recipient sent once on both channels.
/// Only administrators may trigger it.
/// </summary>
public sealed partial class RedHelpReminderPageTests(ReminderPortalFactory factory) : IClassFixture<ReminderPortalFactory>
{
    private const string Page = "/admin/redhelp/reminders";
    private const string Run = Page + "?handler=Run";

    [Fact]
    public async Task After_an_administrator_triggers_it_staff_see_each_recipient_sent_once_by_mail_and_inbox()
    {
        using var admin = await Accounts.ClientAsync(factory, PortalRoles.Admin);
        Assert.Contains("data-testid=\"reminder-run\"", await admin.GetStringAsync(Page));

        var trigger = await Forms.PostAsync(admin, Page, [], Run);
        Assert.Equal(HttpStatusCode.Redirect, trigger.StatusCode);
        var storage = factory.Services.GetRequiredService<JobStorage>();
        Assert.Contains(storage.GetMonitoringApi().EnqueuedJobs("default", 0, 100), j => j.Value.Job?.Type == typeof(RovingReminderJob));

        // What the Hangfire server does with the enqueued job, twice (a retry), then the outbox job.
        for (var run = 0; run < 2; run++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<RovingReminderJob>().RunAsync();
        }

        await Outbox.DispatchAsync(factory);
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var html = WebUtility.HtmlDecode(await staff.GetStringAsync(Page));

        var recipients = int.Parse(Recipients().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(recipients > 0, "the demo data has people to remind");
        Assert.Equal(recipients.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(html, "email-sent"));
        Assert.Equal(recipients.ToString(System.Globalization.CultureInfo.InvariantCulture), Cell(html, "inbox-sent"));
        Assert.Equal("0", Cell(html, "email-pending"));
        Assert.Equal("0", Cell(html, "email-failed"));
        Assert.Equal(recipients, (await factory.Smtp.WaitForMessagesAsync(recipients)).Count(m => m.Subject?.Contains("巡回服务", StringComparison.Ordinal) == true));
        Assert.DoesNotContain("data-testid=\"reminder-run\"", html);
    }

    [Theory]
    [InlineData(PortalRoles.Staff)]
    [InlineData(PortalRoles.Helper)]
    [InlineData(PortalRoles.Enterprise)]
    public async Task Only_administrators_may_trigger_the_job(string role)
    {
        using var client = await Accounts.ClientAsync(factory, role);
        var storage = factory.Services.GetRequiredService<JobStorage>();
        var before = storage.GetMonitoringApi().EnqueuedCount("default");

        var response = await Forms.PostAnywayAsync(client, "/my", [], Run);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, storage.GetMonitoringApi().EnqueuedCount("default"));
    }

    [Theory]
    [InlineData("?month=junk&state=42")]
    [InlineData("?month=1900-13&page=-3")]
    [InlineData("?month=2025-01&state=failed")]
    public async Task Odd_addresses_show_a_page(string query)
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var response = await staff.GetAsync(Page + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_links_to_the_report()
    {
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        Assert.Contains($"href=\"{Page}\"", await staff.GetStringAsync("/admin/redhelp"));
    }

    private static string Cell(string html, string testId) =>
        Regex.Match(html, $"data-testid=\"{testId}\">([^<]*)<").Groups[1].Value;

    [GeneratedRegex("data-testid=\"reminder-recipients\">收件人 ([0-9]+) 位")]
    private static partial Regex Recipients();
}
