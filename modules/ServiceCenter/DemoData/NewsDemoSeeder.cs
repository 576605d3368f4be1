using Bogus;
using Microsoft.EntityFrameworkCore;
using Portal.Core.DemoData;
using Portal.Core.Files;
using Portal.Core.Modules;
using Portal.Modules.ServiceCenter.Data;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.DemoData;

/// <summary>
/// 34 news articles over the past twelve months in the four categories: mostly published, three drafts
/// and two scheduled in the future; each with a generated cover stored through the file store.
/// Deterministic (fixed seed); skipped when any news exists.
/// </summary>
internal sealed class NewsDemoSeeder(ServiceCenterDbContext db, IFileStore files, TimeProvider time) : IDemoDataSeeder
{
    public const int Seed = 20260110;

    public int Order => 110;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.News.AnyAsync(cancellationToken))
        {
            return;
        }

        var faker = new Faker("zh_CN") { Random = new Randomizer(Seed) };
        var now = time.GetUtcNow().UtcDateTime;
        var stories = NewsDemoStories.All;
        for (var i = 0; i < stories.Count; i++)
        {
            var story = stories[i];
            var state = i switch
            {
                0 or 1 => NewsState.Scheduled,
                2 or 3 or 4 => NewsState.Draft,
                _ => NewsState.Published,
            };

            // Published ones are spread over the past year, newest first; drafts were written this week.
            var published = now.AddDays(-(i - 5) * 11 - faker.Random.Int(1, 9)).AddHours(-faker.Random.Int(0, 8));
            var created = state == NewsState.Published ? published.AddDays(-faker.Random.Int(1, 3)) : now.AddDays(-faker.Random.Int(1, 6));
            var cover = await StoreCoverAsync(story.Category, i, cancellationToken);
            db.News.Add(new NewsArticle
            {
                Slug = story.Slug,
                Title = story.Title,
                Summary = story.Summary,
                Body = NewsDemoStories.Body(story, faker),
                Category = story.Category,
                State = state,
                PublishAt = state == NewsState.Scheduled ? now.Date.AddDays(i == 0 ? 3 : 10).AddHours(1) : null,
                PublishedAt = state == NewsState.Published ? published : null,
                CoverKey = cover.Key,
                CoverWidth = cover.Width,
                CoverHeight = cover.Height,
                AuthorUserId = "",
                CreatedAt = created,
                UpdatedAt = state == NewsState.Published ? published : created,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<(string Key, int Width, int Height)> StoreCoverAsync(NewsCategory category, int index, CancellationToken cancellationToken)
    {
        const int width = 800;
        const int height = 450;
        (byte, byte, byte) colour = category switch
        {
            NewsCategory.PartyBuilding => (140, 28, 31),
            NewsCategory.Expo => (154, 107, 0),
            NewsCategory.Service => (31, 94, 122),
            _ => (70, 90, 60),
        };
        var shifted = ((byte)Math.Clamp(colour.Item1 + (index % 5 * 6), 0, 255), colour.Item2, colour.Item3);
        using var png = new MemoryStream(DemoImages.Png(width, height, shifted));
        var (file, rejection) = await files.SaveAsync(png, $"news-{index + 1}.png", FileKinds.Images, NewsRules.MaxCoverBytes, cancellationToken);
        return file is null
            ? throw new InvalidOperationException($"Demo cover refused: {rejection?.Message}")
            : (file.Key, width, height);
    }
}
