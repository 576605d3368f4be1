using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Portal.Modules.Policies.Tests;

/// <summary>The module's localizer as the host builds it (Resources/PoliciesResource.en.resx), read in a chosen language.</summary>
internal static class Texts
{
    public static IStringLocalizer Localizer() =>
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance)
            .Create(typeof(PoliciesResource));

    /// <summary>What <paramref name="read"/> returns while the UI language is <paramref name="culture"/>.</summary>
    public static T In<T>(string culture, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
