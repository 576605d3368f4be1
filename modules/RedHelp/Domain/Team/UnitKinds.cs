namespace Portal.Modules.RedHelp.Domain.Team;

internal static class UnitKinds
{
    public static string ChineseName(this UnitKind kind) => kind switch
    {
        UnitKind.DistrictDepartment => "区级职能部门",
        UnitKind.TownOrPark => "镇街园区",
        UnitKind.IndustryAssociation => "行业协会",
        _ => "专业服务机构",
    };
}
