namespace Portal.Modules.Policies.Domain;

/// <summary>Chinese names of audit actions and entity kinds.</summary>
internal static class AuditNames
{
    public static string Action(string action) => action switch
    {
        "create" => "新建",
        "update" => "修改",
        "publish" => "发布",
        "schedule" => "定时发布",
        "unschedule" => "取消定时",
        "withdraw" => "撤回",
        "unpublish" => "下线",
        "delete" => "删除",
        "expire" => "自动截止",
        "attach" => "上传附件",
        "detach" => "删除附件",
        "import" => "导入",
        "progress" => "进展",
        "state" => "状态变更",
        _ => "其他",
    };

    public static string Kind(string kind) => kind switch
    {
        PolicyAudit.PolicyKind => "政策",
        PolicyAudit.ResourceKind => "资源",
        PolicyAudit.ProjectKind => "项目",
        _ => "其他",
    };

    /// <summary>The staff page of the changed item; null for a deleted item or a change to the whole list (an import).</summary>
    public static string? EditUrl(AuditEntry entry) => (entry.EntityKind, entry.EntityId, entry.Action) switch
    {
        (_, null, _) or (_, _, "delete") => null,
        (PolicyAudit.PolicyKind, { } id, _) => $"/admin/policies/edit/{id}",
        (PolicyAudit.ResourceKind, { } id, _) => $"/admin/policies/resources/edit/{id}",
        (PolicyAudit.ProjectKind, { } id, _) => $"/admin/policies/projects/edit/{id}",
        _ => null,
    };
}
