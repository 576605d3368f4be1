using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Core.Security;
using Portal.Modules.Expo.Domain;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests.Expo;

/// <summary>Staff edit a hall's booths as a table: a save round trip (edit, add, delete), bad rows refused with nothing changed, a booth with an application kept.</summary>
[Collection(ExpoCollection.Name)]
public sealed class BoothTableTests(ExpoFactory factory)
{
    private static string Page(int hall) => $"/admin/expo/halls/{hall}/booths";

    private static Dictionary<string, string> Fields(IReadOnlyList<Booth> booths)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < booths.Count; i++)
        {
            var b = booths[i];
            var p = $"Rows[{i}].";
            fields[p + "Id"] = $"{b.Id}";
            fields[p + "Code"] = b.Code;
            fields[p + "Area"] = b.AreaSquareMetres.ToString(CultureInfo.InvariantCulture);
            fields[p + "Kind"] = $"{b.Kind}";
            fields[p + "Zone"] = b.Zone;
            (fields[p + "X"], fields[p + "Y"], fields[p + "Width"], fields[p + "Height"], fields[p + "Rotation"]) = ($"{b.X}", $"{b.Y}", $"{b.Width}", $"{b.Height}", $"{b.Rotation}");
            fields[p + "Notes"] = b.Notes;
            if (b.HasPower)
            {
                fields[p + "HasPower"] = "true";
            }

            if (b.IsBlocked)
            {
                fields[p + "IsBlocked"] = "true";
                fields[p + "BlockReason"] = b.BlockReason ?? "";
            }
        }

        return fields;
    }

    private Task<List<Booth>> BoothsAsync(int hall) =>
        factory.ExpoDbAsync(db => db.Booths.AsNoTracking().Where(b => b.HallId == hall).OrderBy(b => b.Code).ToListAsync());

    private Task<int> LastHallAsync() => factory.ExpoDbAsync(db => db.Halls.OrderByDescending(h => h.Id).Select(h => h.Id).FirstAsync());

    [Fact]
    public async Task The_halls_list_and_the_table_with_its_preview_render_for_staff()
    {
        var hall = await LastHallAsync();
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        Assert.Contains(Page(hall), await ExpoFactory.HtmlAsync(staff, "/admin/expo/halls"));
        Assert.Contains("/admin/expo/halls", await ExpoFactory.HtmlAsync(staff, "/admin/expo"));
        var html = await ExpoFactory.HtmlAsync(staff, Page(hall));
        var booths = await BoothsAsync(hall);
        Assert.Contains("data-testid=\"booth-map\"", html);
        Assert.Equal(booths.Count + 1, html.Split("data-testid=\"booth-row\"").Length - 1);
        Assert.Contains("/theme/js/expo-booths.js", html);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync(Page(999999))).StatusCode);
        using var enterprise = await Accounts.ClientAsync(factory, PortalRoles.Enterprise);
        Assert.Equal(HttpStatusCode.Forbidden, (await enterprise.GetAsync(Page(hall))).StatusCode);
    }

    [Fact]
    public async Task A_save_edits_adds_and_deletes_booths_and_is_audited()
    {
        var hall = await LastHallAsync();
        var booths = await BoothsAsync(hall);
        var free = await FreeBoothAsync(booths);
        var fields = Fields(booths);
        var first = booths.FindIndex(b => b.Id != free.Id);
        fields[$"Rows[{first}].Zone"] = "东区";
        fields[$"Rows[{first}].Rotation"] = "90";
        fields[$"Rows[{booths.FindIndex(b => b.Id == free.Id)}].Delete"] = "true";
        var n = booths.Count;
        (fields[$"Rows[{n}].Code"], fields[$"Rows[{n}].Area"], fields[$"Rows[{n}].Kind"]) = ("Z-99", "12.5", "RawSpace");
        (fields[$"Rows[{n}].X"], fields[$"Rows[{n}].Y"], fields[$"Rows[{n}].Width"], fields[$"Rows[{n}].Height"], fields[$"Rows[{n}].Rotation"]) = ("0", "0", "30", "40", "0");
        var audits = await factory.ExpoDbAsync(db => db.Audit.CountAsync(a => a.Subject == "hall" && a.SubjectId == hall));

        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var response = await Forms.PostAsync(staff, Page(hall), fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var after = await BoothsAsync(hall);
        Assert.DoesNotContain(after, b => b.Id == free.Id);
        var edited = after.Single(b => b.Id == booths[first].Id);
        Assert.Equal(("东区", 90), (edited.Zone, edited.Rotation));
        var added = after.Single(b => b.Code == "Z-99");
        Assert.Equal((12.5m, BoothKind.RawSpace, 30, 40), (added.AreaSquareMetres, added.Kind, added.Width, added.Height));
        Assert.Equal(audits + 1, await factory.ExpoDbAsync(db => db.Audit.CountAsync(a => a.Subject == "hall" && a.SubjectId == hall && a.Action == "booths")));
        Assert.Contains("Z-99", await ExpoFactory.HtmlAsync(staff, Page(hall)));
    }

    [Theory]
    [InlineData("Code", "", "请填写展位号（20 字以内）。")]
    [InlineData("Area", "-3", "面积须为正数。")]
    [InlineData("Area", "junk", "面积须为正数。")]
    [InlineData("Kind", "99", "请选择展位类型")]
    [InlineData("Width", "0", "宽和高须为正整数。")]
    [InlineData("X", "99999", "展位须完全位于平面图内")]
    [InlineData("Rotation", "360", "旋转角度须在 0 到 359 之间。")]
    [InlineData("Code", "DUPLICATE", "在本展厅中重复。")]
    public async Task A_bad_row_is_refused_in_Chinese_and_nothing_is_saved(string field, string value, string message)
    {
        var hall = await LastHallAsync();
        var booths = await BoothsAsync(hall);
        var fields = Fields(booths);
        fields["Rows[0].Zone"] = "不应保存";
        fields[$"Rows[1].{field}"] = value == "DUPLICATE" ? booths[0].Code : value;
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var response = await Forms.PostAsync(staff, Page(hall), fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await ExpoFactory.BodyAsync(response);
        Assert.Contains("第 2 行：", body);
        Assert.Contains(message, body);
        Assert.Contains("全部未保存", body);
        Assert.Equal(booths.Select(b => (b.Id, b.Code, b.Zone, b.X, b.Width)), (await BoothsAsync(hall)).Select(b => (b.Id, b.Code, b.Zone, b.X, b.Width)));
    }

    [Fact]
    public async Task A_booth_with_an_approved_or_pending_application_cannot_be_deleted()
    {
        var held = await factory.ExpoDbAsync(db => db.Applications.Where(a => a.State == ApplicationState.Approved && a.BoothId != null).Select(a => a.BoothId!.Value).FirstAsync());
        var hall = await factory.ExpoDbAsync(db => db.Booths.Where(b => b.Id == held).Select(b => b.HallId).SingleAsync());
        var booths = await BoothsAsync(hall);
        var fields = Fields(booths);
        var row = booths.FindIndex(b => b.Id == held);
        fields[$"Rows[{row}].Delete"] = "true";
        using var staff = await Accounts.ClientAsync(factory, PortalRoles.Staff);
        var response = await Forms.PostAsync(staff, Page(hall), fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"展位「{booths[row].Code}」有待审核或已确认的申请，不能删除。", await ExpoFactory.BodyAsync(response));
        Assert.Equal(booths.Count, (await BoothsAsync(hall)).Count);
    }

    private Task<Booth> FreeBoothAsync(IReadOnlyList<Booth> booths) => factory.ExpoDbAsync(async db =>
    {
        var ids = booths.Select(b => b.Id).ToList();
        var busy = await db.Applications.Where(a => a.BoothId != null).Select(a => a.BoothId!.Value)
            .Concat(db.Preferences.Select(p => p.BoothId)).ToListAsync();
        return booths.First(b => !busy.Contains(b.Id));
    });
}
