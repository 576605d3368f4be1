using System.Text.RegularExpressions;
using System.Xml.Linq;
using Portal.Testing;

namespace Portal.Web.Tests;

/// <summary>
/// Chinese is the source language; every text that goes through the localizer (L["..."] in views,
/// l["..."] or L["..."] in C#) and every menu title must have an English entry in a .en.resx file.
/// </summary>
public sealed partial class LocalizationTests
{
    private static readonly string SharedResx = RepositoryPaths.Combine("src", "Portal.Core", "Resources", "SharedResource.en.resx");

    private static IEnumerable<string> SourceFiles() =>
        new[] { RepositoryPaths.Combine("src"), RepositoryPaths.Combine("modules") }
            .SelectMany(root => Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>The keys used in one file: L["中文"], l["中文"], L["共 {0} 家", n].</summary>
    public static IEnumerable<string> KeysIn(string source) =>
        LocalizerCall().Matches(source).Select(m => Regex.Unescape(m.Groups["key"].Value));

    private static HashSet<string> EnglishEntries()
    {
        var files = new[] { SharedResx }
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Combine("modules"), "*.en.resx", SearchOption.AllDirectories))
            .Where(File.Exists);
        return files
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data"))
            .Where(d => !string.IsNullOrWhiteSpace(d.Element("value")?.Value))
            .Select(d => (string)d.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);
    }

    [Fact]
    public void The_key_reader_finds_keys_the_way_views_and_classes_write_them()
    {
        const string sample = """
            <h1>@L["后台"]</h1> @L["共 {0} 家企业", Model.Count] @l["不算"]
            var t = l["您没有访问此页面的权限。"].Value; var x = html[0]; var y = L[item.Title];
            """;
        Assert.Equal(["后台", "共 {0} 家企业", "不算", "您没有访问此页面的权限。"], KeysIn(sample));
    }

    [Fact]
    public void The_English_resource_file_exists()
    {
        Assert.True(File.Exists(SharedResx), $"{SharedResx} is missing: English texts are looked up there.");
        Assert.NotEmpty(EnglishEntries());
    }

    [Fact]
    public void Every_localized_text_has_an_English_entry()
    {
        var english = EnglishEntries();
        var missing = SourceFiles()
            .SelectMany(file => KeysIn(File.ReadAllText(file)).Select(key => (Key: key, File: Path.GetRelativePath(RepositoryPaths.Root, file))))
            .Where(k => !english.Contains(k.Key))
            .GroupBy(k => k.Key)
            .Select(g => $"{g.Key}  ({string.Join(", ", g.Select(k => k.File).Distinct())})")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} texts have no English entry in a .en.resx:\n" + string.Join("\n", missing));
    }

    /// <summary>
    /// Texts the host shows that modules and the kernel build at run time (menu titles, module and
    /// permission names, roles): the host looks them up in the shared resource, so they must be there.
    /// </summary>
    [Fact]
    public void Every_runtime_title_has_an_English_entry_in_the_shared_resource()
    {
        var english = XDocument.Load(SharedResx).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var titles = PortalModules.All.SelectMany(m => m.Navigation.Select(n => n.Title))
            .Concat(PortalModules.All.Select(m => m.DisplayName))
            .Concat(new Hosting.PermissionRegistry(PortalModules.All).All.Select(p => p.DisplayName))
            .Concat(Core.Security.PortalRoles.All.Select(Core.Security.PortalRoles.DisplayName));
        var missing = titles.Where(t => !english.Contains(t)).Distinct().ToList();
        Assert.True(missing.Count == 0, "No English entry for: " + string.Join(", ", missing));
    }

    [GeneratedRegex("""(?<![\w.])[Ll]\[\s*"(?<key>(?:[^"\\\r\n]|\\.)*)"\s*[,\]]""")]
    private static partial Regex LocalizerCall();
}
