using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Portal.Core.Notifications;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>Reads the .eml files the app writes to its pickup directory when no SMTP host is set.</summary>
internal static partial class MailPickup
{
    /// <summary>Waits for a message to <paramref name="to"/> and returns the first link in it whose address contains <paramref name="linkContains"/>.</summary>
    public static async Task<Uri> WaitForLinkAsync(PortalApp app, string to, string linkContains, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            // The job server delivers on its own; running the dispatcher here only makes it sooner
            // (rows are claimed before sending, so nothing is sent twice).
            await app.WithScopeAsync(s => s.GetRequiredService<OutboxDispatcher>().DispatchAsync());
            foreach (var message in Messages(app.MailDirectory, to))
            {
                var link = Links(message).FirstOrDefault(l => l.Contains(linkContains, StringComparison.OrdinalIgnoreCase));
                if (link is not null)
                {
                    return new Uri(link);
                }
            }

            await Task.Delay(500);
        }

        var found = Directory.Exists(app.MailDirectory) ? string.Join(", ", Directory.GetFiles(app.MailDirectory).Select(Path.GetFileName)) : "(no directory)";
        throw new TimeoutException($"No mail to {to} with a link containing '{linkContains}' within {timeout}. Files: {found}");
    }

    private static IEnumerable<MimeMessage> Messages(string directory, string to)
    {
        if (!Directory.Exists(directory))
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(directory, "*.eml"))
        {
            MimeMessage message;
            try
            {
                message = MimeMessage.Load(file);
            }
            catch (Exception ex) when (ex is IOException or FormatException)
            {
                continue; // still being written
            }

            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                yield return message;
            }
        }
    }

    private static IEnumerable<string> Links(MimeMessage message)
    {
        var text = (message.HtmlBody ?? "") + "\n" + (message.TextBody ?? "");
        return Url().Matches(text).Select(m => WebUtility.HtmlDecode(m.Value));
    }

    [GeneratedRegex("""https?://[^\s"'<>]+""")]
    private static partial Regex Url();
}
