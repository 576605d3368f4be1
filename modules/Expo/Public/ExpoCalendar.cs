using System.Globalization;
using System.Text;

namespace Portal.Modules.Expo.Public;

/// <summary>
/// Writes expos as an iCalendar (RFC 5545): one all-day VEVENT per expo with an exclusive DTEND,
/// text escaped, lines folded at 75 octets and ended with CRLF.
/// </summary>
internal static class ExpoCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(IEnumerable<ExpoSummary> expos, string calendarName, Func<string, string> absoluteUrl, DateTime stampUtc)
    {
        var ics = new StringBuilder();
        Line(ics, "BEGIN:VCALENDAR");
        Line(ics, "VERSION:2.0");
        Line(ics, "PRODID:-//Portal//Expo//ZH");
        Line(ics, "CALSCALE:GREGORIAN");
        Line(ics, "METHOD:PUBLISH");
        Line(ics, "X-WR-CALNAME:" + Escape(calendarName));
        Line(ics, "X-WR-TIMEZONE:Asia/Shanghai");
        var stamp = stampUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var expo in expos)
        {
            Line(ics, "BEGIN:VEVENT");
            Line(ics, "UID:" + Escape(expo.Slug + "@portal"));
            Line(ics, "DTSTAMP:" + stamp);
            Line(ics, "DTSTART;VALUE=DATE:" + Date(expo.StartsOn));
            Line(ics, "DTEND;VALUE=DATE:" + Date(expo.EndsOn.AddDays(1)));
            Line(ics, "SUMMARY:" + Escape(expo.Title));
            Line(ics, "LOCATION:" + Escape(expo.HallName));
            Line(ics, "URL:" + absoluteUrl("/expo/" + expo.Slug));
            Line(ics, "TRANSP:TRANSPARENT");
            Line(ics, "END:VEVENT");
        }

        Line(ics, "END:VCALENDAR");
        return ics.ToString();
    }

    /// <summary>TEXT value escaping of RFC 5545 §3.3.11.</summary>
    public static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>Folds a content line so no physical line exceeds 75 octets of UTF-8, never splitting a character.</summary>
    private static void Line(StringBuilder ics, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                ics.Append("\r\n ");
                octets = 0;
                limit = 74;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
