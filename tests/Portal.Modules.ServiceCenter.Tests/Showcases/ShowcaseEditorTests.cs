using Portal.Core.DemoData;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Tests.Showcases;

/// <summary>The enterprise's edits: limits, pictures checked by content, nothing stored on refusal, no edits while under review.</summary>
public sealed class ShowcaseEditorTests : IAsyncLifetime
{
    private ShowcaseHarness h = null!;

    public async Task InitializeAsync() => h = await ShowcaseHarness.CreateAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    private static ImageUpload Upload(byte[] bytes, string name = "photo.png") => new(() => new MemoryStream(bytes), name, bytes.Length);

    private static byte[] Png(int w = 40, int h = 30) => DemoImages.Png(w, h, (140, 28, 31));

    private async Task<(int Version, int Product)> DraftWithProductAsync()
    {
        var draft = await h.ShowcasesAsync(s => s.WorkingCopyAsync(h.EnterpriseId));
        Assert.Null(await h.EditorAsync(e => e.SaveProductAsync(draft.Id, null, "羽绒服", "轻薄保暖")));
        var product = (await h.ShowcasesAsync(s => s.FindAsync(draft.Id)))!.Products.Single();
        return (draft.Id, product.Id);
    }

    [Fact]
    public async Task A_picture_is_stored_with_its_pixel_size()
    {
        var (version, product) = await DraftWithProductAsync();

        Assert.Null(await h.EditorAsync(e => e.AddImageAsync(version, product, Upload(Png(64, 48)))));

        var image = (await h.ShowcasesAsync(s => s.FindAsync(version)))!.Products.Single().Images.Single();
        Assert.Equal((64, 48, "羽绒服"), (image.Width, image.Height, image.Alt));
        Assert.Single(h.UploadedFiles());
    }

    [Fact]
    public async Task A_program_named_like_a_picture_is_refused_and_nothing_is_stored()
    {
        var (version, product) = await DraftWithProductAsync();
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, .. new byte[200]];

        var refusal = await h.EditorAsync(e => e.AddImageAsync(version, product, Upload(exe, "photo.jpg")));

        Assert.Equal("Upload", refusal!.Field);
        Assert.StartsWith("不支持的文件类型", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(h.UploadedFiles());
        Assert.Empty((await h.ShowcasesAsync(s => s.FindAsync(version)))!.Products.Single().Images);
    }

    [Fact]
    public async Task A_picture_over_5_MB_is_refused_and_nothing_is_stored()
    {
        var (version, product) = await DraftWithProductAsync();
        var big = new byte[(5 * 1024 * 1024) + 1];
        Png().CopyTo(big, 0);

        var refusal = await h.EditorAsync(e => e.AddImageAsync(version, product, Upload(big)));

        Assert.Contains("5 MB", string.Format(System.Globalization.CultureInfo.InvariantCulture, refusal!.Message, refusal.Args ?? []), StringComparison.Ordinal);
        Assert.Empty(h.UploadedFiles());
    }

    [Fact]
    public async Task The_ninth_picture_of_a_product_is_refused()
    {
        var (version, product) = await DraftWithProductAsync();
        for (var i = 0; i < ShowcaseProduct.MaxImages; i++)
        {
            Assert.Null(await h.EditorAsync(e => e.AddImageAsync(version, product, Upload(Png()))));
        }

        var refusal = await h.EditorAsync(e => e.AddImageAsync(version, product, Upload(Png())));

        Assert.Equal("每个产品最多 {0} 张图片，请先删除一张再上传。", refusal!.Message);
        Assert.Equal(8, h.UploadedFiles().Length);
    }

    [Fact]
    public async Task Removing_a_picture_deletes_its_file_only_when_no_other_version_uses_it()
    {
        var (version, product) = await DraftWithProductAsync();
        Assert.Null(await h.EditorAsync(e => e.AddImageAsync(version, product, Upload(Png()))));
        Assert.Null(await h.ShowcasesAsync(s => s.SubmitAsync(version)));
        Assert.Null(await h.ShowcasesAsync(s => s.ApproveAsync(version, "staff")));

        // The new working copy shares the picture with the published version: removing it keeps the file.
        var draft = await h.ShowcasesAsync(s => s.WorkingCopyAsync(h.EnterpriseId));
        var shared = draft.Products.Single().Images.Single();
        Assert.Null(await h.EditorAsync(e => e.RemoveImageAsync(draft.Id, shared.Id)));
        Assert.Single(h.UploadedFiles());

        // A picture only the working copy has goes with it.
        var copy = draft.Products.Single().Id;
        Assert.Null(await h.EditorAsync(e => e.AddImageAsync(draft.Id, copy, Upload(Png()))));
        Assert.Equal(2, h.UploadedFiles().Length);
        Assert.Null(await h.EditorAsync(e => e.RemoveProductAsync(draft.Id, copy)));
        Assert.Single(h.UploadedFiles());
    }

    [Fact]
    public async Task A_submitted_version_cannot_be_edited_until_it_is_withdrawn()
    {
        var (version, product) = await DraftWithProductAsync();
        Assert.Null(await h.ShowcasesAsync(s => s.SubmitAsync(version)));

        Assert.NotNull(await h.EditorAsync(e => e.UpdateTextAsync(version, "改", "", "")));
        Assert.NotNull(await h.EditorAsync(e => e.SaveProductAsync(version, product, "改名", "")));
        Assert.NotNull(await h.EditorAsync(e => e.AddImageAsync(version, product, Upload(Png()))));
        Assert.Empty(h.UploadedFiles());

        Assert.Null(await h.ShowcasesAsync(s => s.WithdrawAsync(version)));
        Assert.Null(await h.EditorAsync(e => e.UpdateTextAsync(version, "改", "", "")));
    }

    [Theory]
    [InlineData("Culture", 10_001, 0, 0)]
    [InlineData("Brands", 0, 51, 0)]
    [InlineData("Honours", 0, 0, 51)]
    public async Task Texts_over_their_limits_are_refused(string field, int culture, int brand, int honour)
    {
        var draft = await h.ShowcasesAsync(s => s.WorkingCopyAsync(h.EnterpriseId));

        var refusal = await h.EditorAsync(e => e.UpdateTextAsync(draft.Id, new string('文', culture), new string('品', brand), new string('荣', honour)));

        Assert.Equal(field, refusal!.Field);
        Assert.Equal("", (await h.ShowcasesAsync(s => s.FindAsync(draft.Id)))!.Culture);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("名", "超长")]
    public async Task A_product_needs_a_name_of_at_most_100_and_a_description_of_at_most_2000(string name, string description)
    {
        var draft = await h.ShowcasesAsync(s => s.WorkingCopyAsync(h.EnterpriseId));
        var longName = name == "" ? "" : new string('名', 101);
        var longDescription = description == "" ? "" : new string('述', 2001);

        Assert.NotNull(await h.EditorAsync(e => e.SaveProductAsync(draft.Id, null, longName, "")));
        if (description != "")
        {
            Assert.NotNull(await h.EditorAsync(e => e.SaveProductAsync(draft.Id, null, "羽绒服", longDescription)));
        }

        Assert.Empty((await h.ShowcasesAsync(s => s.FindAsync(draft.Id)))!.Products);
    }

    [Fact]
    public async Task Brands_and_honours_are_kept_one_a_line_without_blank_lines()
    {
        var draft = await h.ShowcasesAsync(s => s.WorkingCopyAsync(h.EnterpriseId));

        Assert.Null(await h.EditorAsync(e => e.UpdateTextAsync(draft.Id, " 文化 ", "锦绣\r\n\r\n  华彩 \n", "工人先锋号\n\n")));

        var saved = (await h.ShowcasesAsync(s => s.FindAsync(draft.Id)))!;
        Assert.Equal(("文化", "锦绣\n华彩", "工人先锋号"), (saved.Culture, saved.Brands, saved.Honours));
    }
}
