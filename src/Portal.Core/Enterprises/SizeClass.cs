namespace Portal.Core.Enterprises;

/// <summary>Enterprise size class (企业规模), after the national classification.</summary>
public enum SizeClass
{
    Micro = 1,
    Small = 2,
    Medium = 3,
    Large = 4,
}

public static class SizeClasses
{
    public static readonly IReadOnlyList<SizeClass> All = [SizeClass.Large, SizeClass.Medium, SizeClass.Small, SizeClass.Micro];

    public static string ChineseName(this SizeClass size) => size switch
    {
        SizeClass.Micro => "微型",
        SizeClass.Small => "小型",
        SizeClass.Medium => "中型",
        SizeClass.Large => "大型",
        _ => size.ToString(),
    };
}
