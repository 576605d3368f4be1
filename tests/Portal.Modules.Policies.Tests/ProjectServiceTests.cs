using Microsoft.EntityFrameworkCore;
using Portal.Modules.Policies.Admin;
using Portal.Modules.Policies.Domain;

namespace Portal.Modules.Policies.Tests;

/// <summary>The 项目清单's 派单/领办: every allowed and every forbidden move, progress notes, edits, the audit trail.</summary>
public sealed class ProjectServiceTests
{
    private static readonly ProjectState[] States = Enum.GetValues<ProjectState>();

    internal static ProjectInput Sample(string title = "针纺产业数字化转型示范工程") => new()
    {
        Title = title, Year = 2026, LeadUnit = "区工业和信息化局", ClaimingUnits = ["湖坊镇", "区科学技术局"], Description = "## 目标\n\n建设数字化车间",
    };

    /// <summary>Every (from, to) pair of states, and whether the move is allowed: only one step forwards.</summary>
    public static TheoryData<ProjectState, ProjectState, bool> Moves()
    {
        var allowed = new HashSet<(ProjectState, ProjectState)>
        {
            (ProjectState.Open, ProjectState.Claimed), (ProjectState.Claimed, ProjectState.InProgress), (ProjectState.InProgress, ProjectState.Done),
        };
        var data = new TheoryData<ProjectState, ProjectState, bool>();
        foreach (var from in States)
        {
            foreach (var to in States)
            {
                data.Add(from, to, allowed.Contains((from, to)));
            }
        }

        return data;
    }

    private static Task<T> WithProjectsAsync<T>(PoliciesHarness h, Func<ProjectService, Task<T>> work) => h.Kernel.WithAsync(work);

    private static Task<Project> LoadAsync(PoliciesHarness h, int id) => h.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == id));

    private static async Task<Project> CreateAsync(PoliciesHarness h, ProjectInput? input = null)
    {
        var (project, refusal) = await WithProjectsAsync(h, s => s.CreateAsync(input ?? Sample(), PoliciesHarness.Staff));
        Assert.True(refusal is null, refusal?.Message);
        return await LoadAsync(h, project!.Id);
    }

    [Theory]
    [MemberData(nameof(Moves))]
    public async Task A_project_moves_one_step_forwards_and_every_other_move_is_refused_with_both_states_named(ProjectState from, ProjectState to, bool allowed)
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var project = await CreateAsync(h, Sample() with { State = from });
        var audits = await h.WithDbAsync(db => db.Audit.CountAsync());

        var refusal = await WithProjectsAsync(h, s => s.MoveAsync(project.Id, project.Token(), to, PoliciesHarness.Staff));

        var stored = await LoadAsync(h, project.Id);
        if (allowed)
        {
            Assert.Null(refusal);
            Assert.Equal(to, stored.State);
            var entry = await h.WithDbAsync(db => db.Audit.OrderBy(a => a.Id).LastAsync());
            Assert.Equal(("state", $"项目“{project.Title}”：{from.ChineseName()} → {to.ChineseName()}"), (entry.Action, entry.Summary));
        }
        else
        {
            Assert.Equal("项目当前为“{0}”，不能变为“{1}”。", refusal?.Message);
            Assert.Equal([from.ChineseName(), to.ChineseName()], refusal!.Args!.Select(a => a.ToString()));
            Assert.Equal(from, stored.State);
            Assert.Equal(project.UpdatedAt, stored.UpdatedAt);
            Assert.Equal(audits, await h.WithDbAsync(db => db.Audit.CountAsync()));
        }
    }

    [Fact]
    public async Task A_state_that_does_not_exist_and_a_claim_without_claiming_units_are_refused()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var project = await CreateAsync(h, Sample() with { ClaimingUnits = [] });

        Assert.Equal("项目当前为“{0}”，不能变为“{1}”。", (await WithProjectsAsync(h, s => s.MoveAsync(project.Id, project.Token(), (ProjectState)42, PoliciesHarness.Staff)))?.Message);
        Assert.Equal("ClaimingUnits", (await WithProjectsAsync(h, s => s.MoveAsync(project.Id, project.Token(), ProjectState.Claimed, PoliciesHarness.Staff)))?.Field);
        Assert.Equal(ProjectService.NotFound, (await WithProjectsAsync(h, s => s.MoveAsync(999_999, 0, ProjectState.Claimed, PoliciesHarness.Staff)))?.Message);
        Assert.Equal(ProjectState.Open, (await LoadAsync(h, project.Id)).State);
    }

    [Fact]
    public async Task A_move_from_a_stale_page_is_refused()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        var project = await CreateAsync(h);
        Assert.Null(await WithProjectsAsync(h, s => s.UpdateAsync(project.Id, project.Token(), Sample("改名后"), PoliciesHarness.Staff)));

        var refusal = await WithProjectsAsync(h, s => s.MoveAsync(project.Id, project.Token(), ProjectState.Claimed, PoliciesHarness.Staff));

        Assert.Equal(StampedSave.ConflictMessage, refusal?.Message);
        Assert.Equal((ProjectState.Open, "改名后"), ((await LoadAsync(h, project.Id)).State, (await LoadAsync(h, project.Id)).Title));
    }

    [Fact]
    public async Task Progress_notes_are_dated_not_in_the_future_and_recorded_with_who_wrote_them()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        h.Time.SetUtcNow(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero)); // 2 December in China
        var project = await CreateAsync(h);

        Assert.Null(await WithProjectsAsync(h, s => s.AddProgressAsync(project.Id, new DateOnly(2026, 12, 2), "  完成车间选址  ", PoliciesHarness.Staff)));
        Assert.Equal("NoteDate", (await WithProjectsAsync(h, s => s.AddProgressAsync(project.Id, new DateOnly(2026, 12, 3), "明天的事", PoliciesHarness.Staff)))?.Field);
        Assert.Equal("NoteDate", (await WithProjectsAsync(h, s => s.AddProgressAsync(project.Id, null, "没有日期", PoliciesHarness.Staff)))?.Field);
        Assert.Equal("Note", (await WithProjectsAsync(h, s => s.AddProgressAsync(project.Id, new DateOnly(2026, 12, 1), "   ", PoliciesHarness.Staff)))?.Field);
        Assert.Equal("Note", (await WithProjectsAsync(h, s => s.AddProgressAsync(project.Id, new DateOnly(2026, 12, 1), new string('进', 1001), PoliciesHarness.Staff)))?.Field);

        var found = await h.Kernel.WithAsync<ProjectAdminQueries, Project?>(q => q.FindAsync(project.Id, CancellationToken.None));
        var note = Assert.Single(found!.Progress);
        Assert.Equal((new DateOnly(2026, 12, 2), "完成车间选址", "张工作人员"), (note.Date, note.Note, note.By));
        Assert.Equal(project.UpdatedAt, found.UpdatedAt); // an open editor is not disturbed by a note
        Assert.Contains(await h.WithDbAsync(db => db.Audit.Select(a => a.Summary).ToListAsync()), s => s == $"项目“{project.Title}”记录进展（2026-12-02）：完成车间选址");
    }

    [Theory]
    [InlineData("", 2026, "区工信局", "Title")]
    [InlineData("标题", 1999, "区工信局", "Year")]
    [InlineData("标题", 2026, " ", "LeadUnit")]
    public async Task Bad_input_is_refused_by_field_and_nothing_is_saved(string title, int year, string lead, string field)
    {
        await using var h = await PoliciesHarness.CreateAsync();

        var (project, refusal) = await WithProjectsAsync(h, s => s.CreateAsync(Sample(title) with { Year = year, LeadUnit = lead }, PoliciesHarness.Staff));

        Assert.Null(project);
        Assert.Equal(field, refusal?.Field);
        Assert.Equal(0, await h.WithDbAsync(db => db.Projects.CountAsync()));
        Assert.Equal(["甲", "乙", "丙"], ProjectInput.Units(" 甲、乙,丙\n甲 "));
    }

    [Fact]
    public async Task The_staff_list_filters_by_year_state_and_lead_unit()
    {
        await using var h = await PoliciesHarness.CreateAsync();
        await CreateAsync(h, Sample("甲") with { Year = 2025 });
        await CreateAsync(h, Sample("乙") with { State = ProjectState.Done, LeadUnit = "区商务局" });
        await CreateAsync(h, Sample("丙"));

        async Task<string> Titles(ProjectAdminFilter filter) =>
            string.Join(",", await h.Kernel.WithAsync<ProjectAdminQueries, List<string>>(q => q.Filtered(filter).OrderBy(p => p.Id).Select(p => p.Title).ToListAsync()));

        Assert.Equal("乙,丙", await Titles(new(Year: 2026)));
        Assert.Equal("乙", await Titles(new(State: ProjectState.Done)));
        Assert.Equal("甲,丙", await Titles(new(Lead: "区工业和信息化局")));
        Assert.Equal("丙", await Titles(new(Year: 2026, State: ProjectState.Open)));
        Assert.Equal("?year=2026&state=Done&page=3", new ProjectAdminFilter(Year: 2026, State: ProjectState.Done).QueryString(3));
    }
}
