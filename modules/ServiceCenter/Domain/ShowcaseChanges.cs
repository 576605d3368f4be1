namespace Portal.Modules.ServiceCenter.Domain;

/// <summary>
/// What a submitted version changes against the published one, for the reviewer: changed texts,
/// brands and honours added or removed, products added, removed or changed. Products are matched by name
/// (each version holds its own copies, so ids differ).
/// </summary>
internal sealed record ShowcaseChanges(
    bool Culture,
    bool Logo,
    IReadOnlySet<string> AddedBrands,
    IReadOnlySet<string> RemovedBrands,
    IReadOnlySet<string> AddedHonours,
    IReadOnlySet<string> RemovedHonours,
    IReadOnlySet<string> AddedProducts,
    IReadOnlySet<string> RemovedProducts,
    IReadOnlySet<string> ChangedProducts)
{
    public bool Any =>
        Culture || Logo || AddedBrands.Count + RemovedBrands.Count + AddedHonours.Count + RemovedHonours.Count
        + AddedProducts.Count + RemovedProducts.Count + ChangedProducts.Count > 0;

    /// <summary>Compares <paramref name="proposed"/> with <paramref name="published"/> (null: everything is new).</summary>
    public static ShowcaseChanges Between(ShowcaseVersion? published, ShowcaseVersion proposed)
    {
        var oldProducts = (published?.Products ?? []).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First());
        var newProducts = proposed.Products.GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.First());
        return new ShowcaseChanges(
            Culture: (published?.Culture ?? "") != proposed.Culture,
            Logo: published?.LogoKey != proposed.LogoKey,
            AddedBrands: Except(proposed.BrandList, published?.BrandList),
            RemovedBrands: Except(published?.BrandList, proposed.BrandList),
            AddedHonours: Except(proposed.HonourList, published?.HonourList),
            RemovedHonours: Except(published?.HonourList, proposed.HonourList),
            AddedProducts: Except(newProducts.Keys, oldProducts.Keys),
            RemovedProducts: Except(oldProducts.Keys, newProducts.Keys),
            ChangedProducts: newProducts.Keys.Where(n => oldProducts.TryGetValue(n, out var old) && Differs(old, newProducts[n])).ToHashSet());
    }

    private static bool Differs(ShowcaseProduct a, ShowcaseProduct b) =>
        a.Description != b.Description || !a.Images.Select(i => i.Key).SequenceEqual(b.Images.Select(i => i.Key));

    private static HashSet<string> Except(IEnumerable<string>? items, IEnumerable<string>? other) =>
        (items ?? []).Except(other ?? []).ToHashSet();
}
