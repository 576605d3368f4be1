using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Core.Notifications;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Runs the app's own outbox job (what Hangfire runs every minute) and reads what it sent.</summary>
public static partial class Outbox
{
    public static async Task<int> DispatchAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync();
    }

    public static bool IsTo(MimeMessage message, string address) =>
        message.To.Mailboxes.Any(m => string.Equals(m.Address, address, StringComparison.OrdinalIgnoreCase));

    /// <summary>The path and query of the first link in the mail that goes to <paramref name="path"/>.</summary>
    public static string LinkTo(MimeMessage message, string path) =>
        Link().Matches(message.TextBody ?? "").Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath == path)?.PathAndQuery
            ?? throw new Xunit.Sdk.XunitException($"No link to {path} in: {message.TextBody}");

    [GeneratedRegex("""https?://[^\s"'<>]+""")]
    private static partial Regex Link();
}
