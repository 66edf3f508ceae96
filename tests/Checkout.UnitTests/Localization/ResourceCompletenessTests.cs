using System.Collections;
using System.Globalization;
using System.Resources;

namespace Checkout.UnitTests.Localization;

/// <summary>Every text exists in Dutch (neutral) and English, and none is left empty.</summary>
public sealed class ResourceCompletenessTests
{
    public static TheoryData<string> ResourceBaseNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(Program).Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".resources", StringComparison.Ordinal)))
        {
            data.Add(name[..^".resources".Length]);
        }

        return data;
    }

    [Fact]
    public void The_web_app_has_resources() => Assert.NotEmpty(ResourceBaseNames());

    [Theory]
    [MemberData(nameof(ResourceBaseNames))]
    public void Dutch_and_English_have_the_same_non_empty_keys(string baseName)
    {
        var manager = new ResourceManager(baseName, typeof(Program).Assembly);

        var dutch = Entries(manager, CultureInfo.InvariantCulture);
        var english = Entries(manager, new CultureInfo("en"));

        Assert.Equal(dutch.Keys.Order(), english.Keys.Order());
        Assert.All(dutch.Concat(english), e => Assert.False(string.IsNullOrWhiteSpace(e.Value), $"{baseName}:{e.Key} is empty"));
    }

    private static Dictionary<string, string?> Entries(ResourceManager manager, CultureInfo culture)
    {
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for culture '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string);
    }
}
