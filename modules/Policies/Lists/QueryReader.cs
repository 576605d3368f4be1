using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Portal.Modules.Policies.Lists;

/// <summary>
/// Reads a public list's filters from the query string: text is trimmed, stripped of control characters and cut to
/// a length; enums by name or number; numbers in a range. What makes no sense is dropped and noted in <see cref="HadJunk"/>.
/// </summary>
internal sealed class QueryReader(IEnumerable<KeyValuePair<string, StringValues>> query)
{
    private readonly Dictionary<string, string?> values = query
        .GroupBy(kv => kv.Key, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First().Value.FirstOrDefault(), StringComparer.OrdinalIgnoreCase);

    public bool HadJunk { get; private set; }

    public void Junk() => HadJunk = true;

    public string? Text(string key, int max)
    {
        var value = values.GetValueOrDefault(key)?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        value = new string(value.Where(c => !char.IsControl(c)).ToArray());
        return value.Length > max ? value[..max] : value;
    }

    public T? Enum<T>(string key)
        where T : struct, System.Enum
    {
        var value = Text(key, 20);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && System.Enum.IsDefined(typeof(T), number))
        {
            return (T)(object)number;
        }

        if (!int.TryParse(value, out _) && System.Enum.TryParse<T>(value, ignoreCase: true, out var named) && System.Enum.IsDefined(named))
        {
            return named;
        }

        HadJunk = true;
        return null;
    }

    public int? Number(string key, int min, int max)
    {
        var value = Text(key, 9);
        if (value is null)
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        HadJunk = true;
        return null;
    }

    /// <summary>?page=N (1 when absent or junk).</summary>
    public int Page() => Number("page", 1, 99_999) ?? 1;

    /// <summary>The lower-case name of an enum value as the query string carries it.</summary>
    public static string? Slug<T>(T? value)
        where T : struct, System.Enum => value?.ToString().ToLowerInvariant();

    /// <summary><c>?a=1&amp;b=2</c> of the non-empty pairs (or "" when none), URL-encoded.</summary>
    public static string ToQueryString(IEnumerable<(string Key, string? Value)> pairs)
    {
        var kept = pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();
        return kept.Count == 0 ? "" : QueryString.Create(kept).ToUriComponent();
    }
}
