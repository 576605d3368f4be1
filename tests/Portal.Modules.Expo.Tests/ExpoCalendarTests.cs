using System.Text;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Public;

namespace Portal.Modules.Expo.Tests;

/// <summary>The hand-written iCalendar: TEXT escaping, folding at 75 octets without splitting a character, CRLF endings.</summary>
public sealed class ExpoCalendarTests
{
    private static readonly ExpoSummary LongExpo = new(
        "long-1", string.Concat(Enumerable.Repeat("纺织服装；针织,面料\\新品", 8)), new DateOnly(2026, 12, 20), new DateOnly(2026, 12, 22),
        "一号展厅", ExpoState.Published, 29);

    [Fact]
    public void Every_physical_line_is_at_most_75_octets_and_ends_with_CRLF()
    {
        var ics = ExpoCalendar.Write([LongExpo], "日历", p => "https://portal.example" + p, new DateTime(2026, 11, 25, 8, 0, 0, DateTimeKind.Utc));

        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.All(ics.Split("\r\n"), line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75));
        Assert.DoesNotContain("\uFFFD", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Unfolding_gives_back_the_escaped_summary_and_an_exclusive_all_day_end()
    {
        var ics = ExpoCalendar.Write([LongExpo], "日历", p => "https://portal.example" + p, DateTime.UnixEpoch);
        var unfolded = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");

        var summary = Assert.Single(unfolded, l => l.StartsWith("SUMMARY:", StringComparison.Ordinal));
        Assert.Equal("SUMMARY:" + LongExpo.Title.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,"), summary);
        Assert.Contains("DTSTART;VALUE=DATE:20261220", unfolded);
        Assert.Contains("DTEND;VALUE=DATE:20261223", unfolded);
        Assert.Contains("UID:long-1@portal", unfolded);
        Assert.Contains("URL:https://portal.example/expo/long-1", unfolded);
    }

    [Theory]
    [InlineData("a;b,c\\d", "a\\;b\\,c\\\\d")]
    [InlineData("一行\r\n二行\n三行", "一行\\n二行\\n三行")]
    public void Text_is_escaped(string text, string expected) => Assert.Equal(expected, ExpoCalendar.Escape(text));
}
