namespace Portal.Core.Enterprises;

public enum VerificationState
{
    Unverified = 0,
    Verified = 1,
    Rejected = 2,
}

public static class VerificationStates
{
    public static string ChineseName(this VerificationState state) => state switch
    {
        VerificationState.Unverified => "待审核",
        VerificationState.Verified => "已认证",
        VerificationState.Rejected => "未通过",
        _ => state.ToString(),
    };
}
