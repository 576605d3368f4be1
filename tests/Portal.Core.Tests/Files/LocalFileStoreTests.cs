using Portal.Core.Files;
using Portal.Testing;

namespace Portal.Core.Tests.Files;

public sealed class LocalFileStoreTests : IDisposable
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. "JFIF"u8, 0x00, 0x01, 0x01, 0x00];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, .. "IHDR"u8];
    private static readonly byte[] WebP = [.. "RIFF"u8, 0x24, 0x00, 0x00, 0x00, .. "WEBPVP8 "u8];
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n%binary\n"u8];
    private static readonly byte[] WindowsExe = [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    private readonly TempDirectory temp = new("portal-files");
    private readonly string root;
    private readonly LocalFileStore store;

    public LocalFileStoreTests()
    {
        root = temp.File("uploads");
        store = new LocalFileStore(root);
    }

    public void Dispose() => temp.Dispose();

    public static TheoryData<string, byte[], FileKind, string> Accepted => new()
    {
        { "photo.jpg", Jpeg, FileKind.Jpeg, ".jpg" },
        { "logo.png", Png, FileKind.Png, ".png" },
        { "banner.webp", WebP, FileKind.WebP, ".webp" },
        { "政策原文.pdf", Pdf, FileKind.Pdf, ".pdf" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Accepted_kinds_are_recognised_by_their_bytes_and_stored(string name, byte[] head, FileKind kind, string extension)
    {
        var content = WithBody(head, 5000);
        var (file, rejection) = await store.SaveAsync(new MemoryStream(content), name, FileKinds.Images.Union(FileKinds.Documents).ToHashSet(), 1_000_000);

        Assert.Null(rejection);
        Assert.NotNull(file);
        Assert.Equal(kind, file.Kind);
        Assert.EndsWith(extension, file.Key, StringComparison.Ordinal);
        Assert.Equal(content.Length, file.Length);
        Assert.Equal(name, file.OriginalName);
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(root, file.Key)));
        await using var opened = store.Open(file.Key);
        Assert.NotNull(opened);
    }

    [Fact]
    public async Task The_kind_comes_from_the_bytes_not_the_name()
    {
        var (file, _) = await store.SaveAsync(new MemoryStream(WithBody(Png, 100)), "looks-like.pdf", FileKinds.Images, 1_000_000);
        Assert.NotNull(file);
        Assert.Equal(FileKind.Png, file.Kind);
        Assert.EndsWith(".png", file.Key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_exe_renamed_jpg_is_refused_and_nothing_is_stored()
    {
        var (file, rejection) = await store.SaveAsync(new MemoryStream(WithBody(WindowsExe, 4000)), "holiday.jpg", FileKinds.Images, 1_000_000);

        Assert.Null(file);
        Assert.NotNull(rejection);
        Assert.StartsWith("不支持的文件类型", Text(rejection), StringComparison.Ordinal);
        Assert.Empty(FilesUnderRoot());
    }

    [Fact]
    public async Task A_pdf_is_refused_where_only_images_are_allowed()
    {
        var (file, rejection) = await store.SaveAsync(new MemoryStream(WithBody(Pdf, 100)), "a.pdf", FileKinds.Images, 1_000_000);
        Assert.Null(file);
        Assert.Equal("不支持的文件类型，只接受：{0}。", rejection!.Message);
        Assert.Contains("JPEG", Text(rejection), StringComparison.Ordinal);
        Assert.DoesNotContain("PDF", Text(rejection), StringComparison.Ordinal);
        Assert.Empty(FilesUnderRoot());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_and_nothing_is_left_on_disk()
    {
        const long limit = 2 * 1024 * 1024;
        var (file, rejection) = await store.SaveAsync(new MemoryStream(WithBody(Jpeg, 3 * 1024 * 1024)), "big.jpg", FileKinds.Images, limit);

        Assert.Null(file);
        Assert.Equal("文件超过 2 MB 的上限。", Text(rejection!));
        Assert.Empty(FilesUnderRoot());
    }

    [Fact]
    public async Task A_file_exactly_at_the_limit_is_accepted()
    {
        var content = WithBody(Jpeg, 200_000 - Jpeg.Length);
        var (file, _) = await store.SaveAsync(new MemoryStream(content), "edge.jpg", FileKinds.Images, content.Length);
        Assert.NotNull(file);
        Assert.Equal(content.Length, file.Length);
    }

    [Fact]
    public async Task Empty_files_and_bad_names_are_refused()
    {
        var (empty, emptyReason) = await store.SaveAsync(new MemoryStream(), "a.jpg", FileKinds.Images, 1000);
        Assert.Null(empty);
        Assert.Equal("文件是空的。", Text(emptyReason!));

        var (unnamed, unnamedReason) = await store.SaveAsync(new MemoryStream(Jpeg), "", FileKinds.Images, 1000);
        Assert.Null(unnamed);
        Assert.Equal("文件名无效或过长。", Text(unnamedReason!));
        Assert.Empty(FilesUnderRoot());
    }

    [Fact]
    public async Task Keys_are_random_and_never_carry_the_uploaded_name()
    {
        var first = (await store.SaveAsync(new MemoryStream(Jpeg), "../../etc/passwd.jpg", FileKinds.Images, 1000)).File!;
        var second = (await store.SaveAsync(new MemoryStream(Jpeg), "../../etc/passwd.jpg", FileKinds.Images, 1000)).File!;

        Assert.NotEqual(first.Key, second.Key);
        Assert.All(new[] { first, second }, f =>
        {
            Assert.Matches("^[0-9a-f]{32}\\.jpg$", f.Key);
            Assert.Equal("passwd.jpg", f.OriginalName);
            Assert.True(File.Exists(Path.Combine(root, f.Key)));
        });
        Assert.Equal(2, FilesUnderRoot().Count);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("..%2Fsecret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("..\\secret.txt")]
    [InlineData("0123456789abcdef0123456789abcdef.jpg/../../secret.txt")]
    [InlineData("")]
    public void Keys_that_are_paths_are_refused(string key)
    {
        var outside = temp.File("secret.txt");
        File.WriteAllText(outside, "not yours");

        Assert.Null(store.Open(key));
        store.Delete(key);
        Assert.True(File.Exists(outside));
    }

    [Fact]
    public async Task A_stored_file_can_be_deleted_by_its_key()
    {
        var file = (await store.SaveAsync(new MemoryStream(Png), "a.png", FileKinds.Images, 1000)).File!;
        store.Delete(file.Key);
        Assert.Null(store.Open(file.Key));
        Assert.Empty(FilesUnderRoot());
    }

    /// <summary>The message as the user reads it in Chinese: the key formatted with its arguments.</summary>
    private static string Text(UploadRejection rejection) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, rejection.Message, rejection.Args ?? []);

    private List<string> FilesUnderRoot() =>
        Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToList() : [];

    private static byte[] WithBody(byte[] head, int bodyLength)
    {
        var bytes = new byte[head.Length + bodyLength];
        head.CopyTo(bytes, 0);
        new Random(7).NextBytes(bytes.AsSpan(head.Length));
        return bytes;
    }
}
