using Portal.Modules.RedHelp.Domain;

namespace Portal.Modules.RedHelp.Demands;

/// <summary>What an enterprise (or a helper on its behalf) fills in, and the files already stored for it.</summary>
internal sealed record DemandInput(
    DemandCategory? Category, string? Title, string? Description, Urgency Urgency, IReadOnlyList<Portal.Core.Files.StoredFile>? Files = null);

/// <summary>Staff's dispatch: the lead unit, the handler and optional co-handling units.</summary>
internal sealed record DispatchInput(int? LeadUnitId, string? HandlerUserId, IReadOnlyList<int> CoHandlingUnitIds);

/// <summary>Limits of the texts a demand carries.</summary>
internal static class DemandLimits
{
    public const int Title = 200;

    public const int Description = 4000;

    public const int Note = 2000;

    public const int Reason = 500;

    public const int RatingComment = 1000;
}
