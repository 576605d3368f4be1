using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Expo.Domain;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Expo;

/// <summary>Staff create an expo through the page: bad input is refused in Chinese with nothing saved; Draft → Published → Closed → Finished; forbidden moves are refused.</summary>
[Collection(ExpoCollection.Name)]
public sealed class ExpoEditorTests(ExpoFactory factory)
{
    private const string New = "/admin/expo/expos";

    private static Dictionary<string, string> Valid(string slug, int hallId, IEnumerable<int> booths)
    {
        var fields = new Dictionary<string, string>
        {
            ["Title"] = "2027 秋季童装展销会", ["Slug"] = slug, ["Theme"] = "童装新品", ["StartsOn"] = "2027-09-20", ["EndsOn"] = "2027-09-22",
            ["HallId"] = $"{hallId}", ["OpensAt"] = "2027-08-01T09:00", ["ClosesAt"] = "2027-09-10T17:00", ["BoothCap"] = "2", ["Description"] = "## 展会介绍\n童装。",
        };
        var i = 0;
        foreach (var booth in booths)
        {
            fields[$"OfferedBoothIds[{i++}]"] = $"{booth}";
        }

        return fields;
    }

    [Theory]
    [InlineData("Title", "", "请填写标题（200 字以内）。")]
    [InlineData("Slug", "Bad Slug!", "网址名只能用小写字母、数字和连字符")]
    [InlineData("Slug", "winter-2026", "该网址名已被其他展销会使用。")]
    [InlineData("EndsOn", "2027-09-01", "结束日期不能早于开始日期")]
    [InlineData("StartsOn", "junk", "请填写展期的开始和结束日期。")]
    [InlineData("ClosesAt", "2027-07-01T09:00", "截止须晚于开始")]
    [InlineData("ClosesAt", "2027-09-25T09:00", "报名截止不能晚于展期开始日期。")]
    [InlineData("BoothCap", "0", "每家企业可申请的展位数应在 1 到 10 之间。")]
    [InlineData("HallId", "999999", "请选择展厅。")]
    public async Task Bad_input_is_refused_clearly_and_nothing_is_saved(string field, string value, string message)
    {
        var (hall, booths) = await HallAsync();
        var fields = Valid($"bad-{Guid.NewGuid():N}"[..20], hall, booths);
        fields[field] = value;
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var before = await factory.ExpoDbAsync(db => db.Expos.CountAsync());
        var response = await Forms.PostAsync(staff, New, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await ExpoFactory.BodyAsync(response));
        Assert.Equal(before, await factory.ExpoDbAsync(db => db.Expos.CountAsync()));
    }

    [Fact]
    public async Task A_booth_of_another_hall_is_refused()
    {
        var (hall, _) = await HallAsync();
        var foreign = await factory.ExpoDbAsync(db => db.Booths.Where(b => b.HallId != hall).Select(b => b.Id).FirstAsync());
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var response = await Forms.PostAsync(staff, New, Valid("foreign-booth", hall, [foreign]));
        Assert.Contains("所选展位不属于该展厅。", await ExpoFactory.BodyAsync(response));
    }

    [Fact]
    public async Task Staff_create_a_draft_publish_close_and_finish_it_and_forbidden_moves_are_refused()
    {
        var (hall, booths) = await HallAsync();
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var created = await Forms.PostAsync(staff, New, Valid("autumn-kids-2027", hall, booths.Take(5)));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = created.Headers.Location!.OriginalString;
        var expo = await factory.ExpoDbAsync(db => db.Expos.AsNoTracking().Include(e => e.OfferedBooths).SingleAsync(e => e.Slug == "autumn-kids-2027"));
        Assert.Equal(ExpoState.Draft, expo.State);
        Assert.Equal(5, expo.OfferedBooths.Count);
        Assert.Equal(new DateTime(2027, 8, 1, 1, 0, 0), expo.ApplicationsOpenAt); // 09:00 Beijing time in UTC
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/expo/autumn-kids-2027")).StatusCode);

        // Finishing a draft is not a move the rules allow.
        var skip = await Forms.PostAnywayAsync(staff, edit, new Dictionary<string, string> { ["to"] = "Finished" }, $"{edit}?handler=Move");
        Assert.Contains("展销会当前状态不能执行此操作。", await ExpoFactory.BodyAsync(skip));

        foreach (var to in new[] { "Published", "ClosedForApplications", "Finished" })
        {
            var moved = await Forms.PostAnywayAsync(staff, edit, new Dictionary<string, string> { ["to"] = to }, $"{edit}?handler=Move");
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
            Assert.Equal(Enum.Parse<ExpoState>(to), await factory.ExpoDbAsync(db => db.Expos.Where(e => e.Id == expo.Id).Select(e => e.State).SingleAsync()));
        }

        Assert.Contains("2027 秋季童装展销会", await ExpoFactory.HtmlAsync(staff, "/expo/autumn-kids-2027"));
        var back = await Forms.PostAnywayAsync(staff, edit, new Dictionary<string, string> { ["to"] = "Draft" }, $"{edit}?handler=Move");
        Assert.Contains("展销会当前状态不能执行此操作。", await ExpoFactory.BodyAsync(back));
        var late = await Forms.PostAnywayAsync(staff, edit, Valid("autumn-kids-2027", hall, booths.Take(2)), edit);
        Assert.Contains("已结束的展销会不能再修改。", await ExpoFactory.BodyAsync(late));
        Assert.Equal(5, await factory.ExpoDbAsync(db => db.OfferedBooths.CountAsync(o => o.ExpoId == expo.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/admin/expo/expos/999999")).StatusCode);
    }

    private Task<(int Hall, List<int> Booths)> HallAsync() => factory.ExpoDbAsync(async db =>
    {
        var hall = await db.Halls.OrderBy(h => h.Id).Select(h => h.Id).FirstAsync();
        return (hall, await db.Booths.Where(b => b.HallId == hall && !b.IsBlocked).OrderBy(b => b.Code).Select(b => b.Id).ToListAsync());
    });
}
