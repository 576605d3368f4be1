using Microsoft.EntityFrameworkCore;
using Portal.Core.DemoData;
using Portal.Modules.ServiceCenter.Domain;

namespace Portal.Modules.ServiceCenter.Tests.Showcases;

/// <summary>The life of showcase versions on a real SQLite file: working copies, transitions, approval, and what the database itself refuses.</summary>
public sealed class ShowcaseVersioningTests : IAsyncLifetime
{
    private ShowcaseHarness h = null!;

    public async Task InitializeAsync() => h = await ShowcaseHarness.CreateAsync();

    public async Task DisposeAsync() => await h.DisposeAsync();

    [Fact]
    public async Task A_working_copy_copies_the_published_content_into_new_rows()
    {
        var published = await h.DbAsync(async db =>
        {
            var v = new ShowcaseVersion
            {
                EnterpriseId = h.EnterpriseId, Number = 1, State = ShowcaseState.Published, Culture = "## 简介\n锦绣服饰", Brands = "锦绣\n华彩",
                Honours = "工人先锋号", LogoKey = "logo.png", LogoWidth = 80, LogoHeight = 60,
                Products = [new ShowcaseProduct { Name = "羽绒服", Description = "轻薄", SortOrder = 1, Images = [new ProductImage { Key = "a.png", Width = 4, Height = 3, Alt = "羽绒服", SortOrder = 1 }] }],
            };
            db.Showcases.Add(v);
            await db.SaveChangesAsync();
            return v;
        });

        var draft = await h.ShowcasesAsync(s => s.WorkingCopyAsync(h.EnterpriseId));

        Assert.Equal(ShowcaseState.Draft, draft.State);
        Assert.Equal(2, draft.Number);
        Assert.NotEqual(published.Id, draft.Id);
        Assert.Equal((published.Culture, published.Brands, published.Honours, published.LogoKey, 80, 60),
            (draft.Culture, draft.Brands, draft.Honours, draft.LogoKey, draft.LogoWidth, draft.LogoHeight));
        var product = Assert.Single(draft.Products);
        Assert.NotEqual(published.Products[0].Id, product.Id);
        Assert.Equal(("羽绒服", "轻薄"), (product.Name, product.Description));
        Assert.Equal("a.png", Assert.Single(product.Images).Key);

        // Asking again gives the same working copy, not another one.
        Assert.Equal(draft.Id, (await h.ShowcasesAsync(s => s.WorkingCopyAsync(h.EnterpriseId))).Id);
    }

    [Fact]
    public async Task Editing_the_working_copy_leaves_the_published_version_as_it_was()
    {
        var published = await h.AddVersionAsync(ShowcaseState.Published, culture: "旧的介绍");
        var draft = await h.ShowcasesAsync(s => s.WorkingCopyAsync(h.EnterpriseId));

        Assert.Null(await h.EditorAsync(e => e.UpdateTextAsync(draft.Id, "新的介绍", "新品牌", "青年文明号")));
        Assert.Null(await h.EditorAsync(e => e.SaveProductAsync(draft.Id, null, "针织衫", "纯棉")));
        Assert.Null(await h.ShowcasesAsync(s => s.SubmitAsync(draft.Id)));

        var shown = await h.ShowcasesAsync(s => s.PublishedAsync(h.EnterpriseId));
        Assert.Equal((published, "旧的介绍", 0), (shown!.Id, shown.Culture, shown.Products.Count));
    }

    public static TheoryData<ShowcaseState, string, ShowcaseState?> Transitions()
    {
        var data = new TheoryData<ShowcaseState, string, ShowcaseState?>();
        var allowed = new Dictionary<(ShowcaseState, string), ShowcaseState>
        {
            [(ShowcaseState.Draft, "submit")] = ShowcaseState.Submitted,
            [(ShowcaseState.Submitted, "withdraw")] = ShowcaseState.Draft,
            [(ShowcaseState.Submitted, "approve")] = ShowcaseState.Published,
            [(ShowcaseState.Submitted, "reject")] = ShowcaseState.Rejected,
        };
        foreach (var state in Enum.GetValues<ShowcaseState>())
        {
            foreach (var action in new[] { "submit", "withdraw", "approve", "reject" })
            {
                data.Add(state, action, allowed.TryGetValue((state, action), out var to) ? to : null);
            }
        }

        return data;
    }

    /// <summary>Every state against every action: the four allowed moves happen, every other one is refused and changes nothing.</summary>
    [Theory]
    [MemberData(nameof(Transitions))]
    public async Task Transitions_are_allowed_only_from_the_right_state(ShowcaseState from, string action, ShowcaseState? to)
    {
        var id = await h.AddVersionAsync(from);

        var refusal = await h.ShowcasesAsync(s => action switch
        {
            "submit" => s.SubmitAsync(id),
            "withdraw" => s.WithdrawAsync(id),
            "approve" => s.ApproveAsync(id, "staff"),
            _ => s.RejectAsync(id, "staff", "图片不清晰"),
        });

        if (to is { } expected)
        {
            Assert.Null(refusal);
            Assert.Equal(expected, await h.StateAsync(id));
        }
        else
        {
            Assert.NotNull(refusal);
            Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
            Assert.Equal(from, await h.StateAsync(id));
        }
    }

    [Fact]
    public async Task Approval_supersedes_the_old_published_version_and_tells_the_owner()
    {
        var old = await h.AddVersionAsync(ShowcaseState.Published, 1, "旧");
        var proposed = await h.AddVersionAsync(ShowcaseState.Submitted, 2, "新");

        Assert.Null(await h.ShowcasesAsync(s => s.ApproveAsync(proposed, "staff")));

        Assert.Equal(ShowcaseState.Superseded, await h.StateAsync(old));
        Assert.Equal(ShowcaseState.Published, await h.StateAsync(proposed));
        Assert.Equal("新", (await h.ShowcasesAsync(s => s.PublishedAsync(h.EnterpriseId)))!.Culture);
        Assert.Equal(["企业展示已发布"], await h.InboxTitlesAsync());
    }

    [Fact]
    public async Task Rejection_needs_a_reason_and_the_owner_sees_it()
    {
        var id = await h.AddVersionAsync(ShowcaseState.Submitted);

        var missing = await h.ShowcasesAsync(s => s.RejectAsync(id, "staff", "  "));
        Assert.Equal("Reason", missing!.Field);
        Assert.Equal(ShowcaseState.Submitted, await h.StateAsync(id));

        Assert.Null(await h.ShowcasesAsync(s => s.RejectAsync(id, "staff", "产品图片与介绍不符")));
        var rejected = await h.ShowcasesAsync(s => s.LastRejectionAsync(h.EnterpriseId));
        Assert.Equal("产品图片与介绍不符", rejected!.RejectionReason);
        Assert.Equal(["企业展示未通过审核"], await h.InboxTitlesAsync());

        // The next working copy starts from the rejected content, so the enterprise only fixes what was wrong.
        var draft = await h.ShowcasesAsync(s => s.WorkingCopyAsync(h.EnterpriseId));
        Assert.Equal((ShowcaseState.Draft, 2, "文化"), (draft.State, draft.Number, draft.Culture));
    }

    [Theory]
    [InlineData(ShowcaseState.Draft, ShowcaseState.Submitted)]
    [InlineData(ShowcaseState.Draft, ShowcaseState.Draft)]
    [InlineData(ShowcaseState.Submitted, ShowcaseState.Submitted)]
    [InlineData(ShowcaseState.Published, ShowcaseState.Published)]
    public async Task The_database_refuses_a_second_working_copy_or_a_second_published_version(ShowcaseState first, ShowcaseState second)
    {
        await h.AddVersionAsync(first, 1);
        await Assert.ThrowsAsync<DbUpdateException>(() => h.AddVersionAsync(second, 2));
    }

    [Fact]
    public async Task The_database_keeps_any_number_of_rejected_and_superseded_versions()
    {
        await h.AddVersionAsync(ShowcaseState.Rejected, 1);
        await h.AddVersionAsync(ShowcaseState.Rejected, 2);
        await h.AddVersionAsync(ShowcaseState.Superseded, 3);
        await h.AddVersionAsync(ShowcaseState.Superseded, 4);
        await h.AddVersionAsync(ShowcaseState.Published, 5);
        await h.AddVersionAsync(ShowcaseState.Draft, 6);
        Assert.Equal(6, await h.DbAsync(db => db.Showcases.CountAsync()));
    }

    [Fact]
    public async Task Of_concurrent_approvals_of_one_version_exactly_one_succeeds()
    {
        await h.AddVersionAsync(ShowcaseState.Published, 1, "旧");
        var id = await h.AddVersionAsync(ShowcaseState.Submitted, 2, "新");
        using var start = new SemaphoreSlim(0);

        var racers = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            await start.WaitAsync();
            return await h.ShowcasesAsync(s => s.ApproveAsync(id, "staff-" + i));
        })).ToList();
        start.Release(racers.Count);
        var results = await Task.WhenAll(racers);

        Assert.Single(results, r => r is null);
        Assert.All(results.Where(r => r is not null), r => Assert.Contains("其他工作人员", r!.Message, StringComparison.Ordinal));
        Assert.Equal(1, await h.DbAsync(db => db.Showcases.CountAsync(v => v.State == ShowcaseState.Published)));
        Assert.Equal(ShowcaseState.Published, await h.StateAsync(id));
        Assert.Equal(["企业展示已发布"], await h.InboxTitlesAsync());
    }

    [Fact]
    public async Task An_approval_racing_a_rejection_leaves_one_decision()
    {
        var id = await h.AddVersionAsync(ShowcaseState.Submitted);
        using var start = new SemaphoreSlim(0);
        var approve = Task.Run(async () => { await start.WaitAsync(); return await h.ShowcasesAsync(s => s.ApproveAsync(id, "a")); });
        var reject = Task.Run(async () => { await start.WaitAsync(); return await h.ShowcasesAsync(s => s.RejectAsync(id, "b", "不清晰")); });
        start.Release(2);
        var results = await Task.WhenAll(approve, reject);

        Assert.Single(results, r => r is null);
        Assert.Contains(await h.StateAsync(id), new[] { ShowcaseState.Published, ShowcaseState.Rejected });
        Assert.Single(await h.InboxTitlesAsync());
    }
}
