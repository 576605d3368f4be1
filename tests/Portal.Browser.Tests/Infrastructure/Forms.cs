using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Portal.Browser.Tests.Infrastructure;

/// <summary>
/// Finds form controls the way a person does, by their label. The control is first found by its
/// model name (the contract between pages), then found again through its &lt;label&gt; with
/// GetByLabel: a control without a label, or whose label points elsewhere, fails the test.
/// </summary>
internal static class Forms
{
    public static async Task<ILocator> FieldAsync(IPage page, string name)
    {
        var byName = page.Locator($"[name='{name}']:not([type=hidden])");
        await Expect(byName.First).ToBeAttachedAsync();
        var label = await byName.First.EvaluateAsync<string?>(
            "e => e.labels && e.labels.length ? e.labels[0].innerText.trim() : null");
        Assert.False(string.IsNullOrWhiteSpace(label), $"The control {name} has no <label>.");
        var byLabel = page.GetByLabel(label!, new() { Exact = true });
        await Expect(byLabel).ToHaveAttributeAsync("name", name);
        return byLabel;
    }

    public static async Task FillAsync(IPage page, string name, string value) =>
        await (await FieldAsync(page, name)).FillAsync(value);

    /// <summary>Picks an option by its visible text when given, else the first real option; works for a select or a radio group.</summary>
    public static async Task ChooseAsync(IPage page, string name, string? optionText = null)
    {
        var byName = page.Locator($"[name='{name}']:not([type=hidden])");
        var tag = await byName.First.EvaluateAsync<string>("e => e.tagName.toLowerCase() + ':' + (e.type || '')");
        if (tag.StartsWith("select", StringComparison.Ordinal))
        {
            var select = await FieldAsync(page, name);
            if (optionText is not null)
            {
                await select.SelectOptionAsync(new SelectOptionValue { Label = optionText });
            }
            else
            {
                var first = await select.Locator("option:not([value=''])").First.GetAttributeAsync("value");
                await select.SelectOptionAsync(first!);
            }

            return;
        }

        // A radio group: each choice has its own label.
        var radio = optionText is null ? byName.First : page.GetByLabel(optionText, new() { Exact = true });
        await Expect(radio).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex(@"\S"));
        await radio.CheckAsync();
    }
}
