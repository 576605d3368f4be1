using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Tests;

public sealed class PolicyVersionTests
{
    private static readonly Actor Staff = PoliciesHarness.Staff;

    [Fact]
    public async Task Every_published_edit_keeps_the_earlier_version_with_its_note_and_flag()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var policy = await h.PublishedAsync();
        var minor = PolicyInput.From(policy) with { Contact = "区工信局 0791-88111111" };

        Assert.Equal("ChangeNote", (await h.WithPoliciesAsync(s => s.UpdateAsync(policy.Id, policy.ConcurrencyToken, minor, "", false, Staff)))?.Field);
        Assert.Null(await h.WithPoliciesAsync(s => s.UpdateAsync(policy.Id, policy.ConcurrencyToken, minor, "更正联系电话", false, Staff)));
        Assert.Single(h.Events); // the first publication only: a minor change notifies nobody

        var afterMinor = await h.LoadAsync(policy.Id);
        var major = PolicyInput.From(afterMinor) with { MaxAmountWan = 80, BodyMarkdown = afterMinor.BodyMarkdown + "3. 设备投资额不低于 100 万元\n" };
        Assert.Null(await h.WithPoliciesAsync(s => s.UpdateAsync(policy.Id, afterMinor.ConcurrencyToken, major, "提高补贴上限", true, Staff)));

        var current = await h.LoadAsync(policy.Id);
        Assert.Equal(3, current.Version);
        Assert.Equal(80, current.MaxAmountWan);
        Assert.Equal(h.Time.GetUtcNow().UtcDateTime, current.MajorChangeAt);
        var versions = await h.WithDbAsync(db => db.Versions.Where(v => v.PolicyId == policy.Id).OrderBy(v => v.Number).ToListAsync());
        Assert.Equal([(1, true, "首次发布"), (2, false, "更正联系电话"), (3, true, "提高补贴上限")], versions.Select(v => (v.Number, v.IsMajor, v.ChangeNote)));
        Assert.Equal(50, PolicySnapshot.FromJson(versions[0].Snapshot)!.MaxAmountWan);
        Assert.Equal("区工信局 0791-88000000", PolicySnapshot.FromJson(versions[0].Snapshot)!.Contact);
        Assert.All(versions, v => Assert.Equal(Staff.UserName, v.EditedBy));
        Assert.Equal([new PolicyPublished(policy.Id, false), new PolicyPublished(policy.Id, true)], h.Events);
    }

    [Fact]
    public async Task Editing_a_draft_keeps_no_version_and_needs_no_note()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var draft = await h.DraftAsync();

        Assert.Null(await h.WithPoliciesAsync(s => s.UpdateAsync(draft.Id, draft.ConcurrencyToken, PolicyInput.From(draft) with { Title = "新标题" }, null, false, Staff)));

        Assert.Equal(("新标题", 0), await h.LoadAsync(draft.Id).ContinueWith(t => (t.Result.Title, t.Result.Version)));
        Assert.Equal(0, await h.WithDbAsync(db => db.Versions.CountAsync()));
        Assert.Empty(h.Events);
    }

    [Fact]
    public async Task The_diff_of_two_versions_shows_changed_lines_with_the_changed_characters()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var policy = await h.PublishedAsync();
        var edit = PolicyInput.From(policy) with { MaxAmountWan = 80, BodyMarkdown = "## 申报条件\n\n1. 在本区登记注册\n2. 购置国产智能装备\n" };
        Assert.Null(await h.WithPoliciesAsync(s => s.UpdateAsync(policy.Id, policy.ConcurrencyToken, edit, "限定国产装备", true, Staff)));

        var diff = await h.WithDbAsync(db => PolicyHistory.DiffAsync(db, policy.Id, 1, 2));

        Assert.NotNull(diff);
        var changed = diff!.Where(l => l.Kind != DiffKind.Same).Select(l => (l.Kind, l.Text)).ToList();
        Assert.Equal(
            [(DiffKind.Removed, "最高金额（万元）：50"), (DiffKind.Added, "最高金额（万元）：80"),
             (DiffKind.Removed, "2. 购置智能装备"), (DiffKind.Added, "2. 购置国产智能装备")],
            changed);
        var added = diff.Last(l => l.Kind == DiffKind.Added);
        Assert.Equal([new DiffPiece(DiffKind.Same, "2. 购置"), new DiffPiece(DiffKind.Added, "国产"), new DiffPiece(DiffKind.Same, "智能装备")], added.Pieces);
        Assert.Contains(diff, l => l is { Kind: DiffKind.Same, Text: "1. 在本区登记注册" });
        Assert.Null(await h.WithDbAsync(db => PolicyHistory.DiffAsync(db, policy.Id, 1, 9)));
    }

    [Fact]
    public void The_line_diff_handles_insertions_deletions_and_empty_texts()
    {
        var diff = TextDiff.Lines(["a", "b", "c"], ["a", "c", "d"]);
        Assert.Equal([(DiffKind.Same, "a"), (DiffKind.Removed, "b"), (DiffKind.Same, "c"), (DiffKind.Added, "d")], diff.Select(l => (l.Kind, l.Text)));
        Assert.Empty(TextDiff.Lines([], []));
        Assert.Equal([DiffKind.Added], TextDiff.Lines([], ["x"]).Select(l => l.Kind));
    }
}
