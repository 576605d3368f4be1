using System.Globalization;
using System.Text.Json;
using Portal.Core.Enterprises;

namespace Portal.Modules.Policies.Domain;

/// <summary>The fields of a policy as one version kept them; compared line by line for the diff.</summary>
internal sealed record PolicySnapshot(
    string Title, string DocumentNumber, string IssuingDepartment, PolicyLevel Level, SupportArea SupportArea,
    SupportType SupportType, IReadOnlyList<Segment> TargetSegments, IReadOnlyList<SizeClass> TargetSizes,
    bool? RequiresAboveDesignatedSize, IReadOnlyList<int> TownIds, int? FoundedBeforeYear, int? FoundedAfterYear,
    decimal? MaxAmountWan, DateOnly? OpensOn, DateOnly? ClosesOn, bool GrantedWithoutApplication, string Contact,
    string AcceptanceAddress, string SourceUrl, string BodyMarkdown)
{
    public static PolicySnapshot Of(Policy p) => new(
        p.Title, p.DocumentNumber, p.IssuingDepartment, p.Level, p.SupportArea, p.SupportType, [.. p.TargetSegments],
        [.. p.TargetSizes], p.RequiresAboveDesignatedSize, [.. p.TownIds], p.FoundedBeforeYear, p.FoundedAfterYear,
        p.MaxAmountWan, p.OpensOn, p.ClosesOn, p.GrantedWithoutApplication, p.Contact, p.AcceptanceAddress, p.SourceUrl,
        p.BodyMarkdown);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static PolicySnapshot? FromJson(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<PolicySnapshot>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The readable text the diff compares: one "label：value" line per field, then the body's lines.</summary>
    public IEnumerable<string> ToLines()
    {
        yield return "标题：" + Title;
        yield return "文号：" + DocumentNumber;
        yield return "发文单位：" + IssuingDepartment;
        yield return "层级：" + Level.ChineseName();
        yield return "支持领域：" + SupportArea.ChineseName();
        yield return "支持方式：" + SupportType.ChineseName();
        yield return "适用行业：" + (TargetSegments.Count == 0 ? "不限" : string.Join("、", TargetSegments.Select(s => s.ChineseName())));
        yield return "企业规模：" + (TargetSizes.Count == 0 ? "不限" : string.Join("、", TargetSizes.Select(s => s.ChineseName())));
        yield return "规上企业：" + RequiresAboveDesignatedSize switch { true => "须为规上", false => "规下", null => "不限" };
        yield return "镇街园区：" + (TownIds.Count == 0 ? "不限" : string.Join("、", TownIds));
        yield return "成立年份：" + $"{FoundedAfterYear?.ToString(CultureInfo.InvariantCulture) ?? "不限"} — {FoundedBeforeYear?.ToString(CultureInfo.InvariantCulture) ?? "不限"}";
        yield return "最高金额（万元）：" + (MaxAmountWan?.ToString("0.##", CultureInfo.InvariantCulture) ?? "不限");
        yield return "申报期：" + $"{OpensOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "不限"} — {ClosesOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "长期"}";
        yield return "免申即享：" + (GrantedWithoutApplication ? "是" : "否");
        yield return "联系方式：" + Contact;
        yield return "受理地址：" + AcceptanceAddress;
        yield return "原文链接：" + SourceUrl;
        yield return "";
        foreach (var line in BodyMarkdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            yield return line;
        }
    }
}
