using Microsoft.Extensions.Localization;
using Portal.Core;
using Portal.Modules.Policies.Search;

namespace Portal.Modules.Policies.Subscriptions;

/// <summary>
/// A subscription's name: what the subscriber typed, trimmed and without control characters, at most
/// <see cref="PolicySubscription.MaxNameLength"/> characters; blank means the default, the filter in words.
/// </summary>
public static class SubscriptionNames
{
    public const string TooLong = "订阅名称不能超过 {0} 个字。";

    /// <summary>The name to store (null for the default) or, when it is too long, the refusal.</summary>
    internal static (string? Name, Refusal? Refusal) Read(string? typed)
    {
        var name = new string((typed ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return name.Length switch
        {
            0 => (null, null),
            > PolicySubscription.MaxNameLength => (null, Refusal.Form(TooLong, PolicySubscription.MaxNameLength)),
            _ => (name, null),
        };
    }

    /// <summary>The subscription's title: its name, or its filter in words (through <paramref name="l"/>, Chinese when null).</summary>
    public static string Title(string? name, string filter, IStringLocalizer? l = null) => name ?? FilterLabels.Describe(filter, l);
}
