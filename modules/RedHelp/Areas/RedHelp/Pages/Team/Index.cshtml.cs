using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Core.Enterprises;
using Portal.Core.Identity;
using Portal.Modules.RedHelp.Contracts;
using Portal.Modules.RedHelp.Domain.RovingService;
using Portal.Modules.RedHelp.Domain.Team;

namespace Portal.Modules.RedHelp.Areas.RedHelp.Pages.Team;

/// <summary>/redhelp: the team, its units, how to ask for help, live figures; a verified enterprise sees its own helper.</summary>
[AllowAnonymous]
public sealed class IndexModel(UserManager<PortalUser> users, IEnterpriseDirectory enterprises, IDemandStatistics statistics) : PageModel
{
    internal IReadOnlyList<UnitSummary> Units { get; private set; } = [];

    public DemandFigures Figures { get; private set; } = new(0, null, null);

    internal RovingSessionSummary? NextSession { get; private set; }

    /// <summary>The signed-in user's enterprise, when they have one.</summary>
    public EnterpriseProfile? Enterprise { get; private set; }

    internal HelperCard? Helper { get; private set; }

    public int HelperCount => Units.Sum(u => u.Helpers);

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        Units = await this.Service<TeamQueries>().UnitsAsync(ct);
        Figures = await statistics.GetFiguresAsync(ct);
        NextSession = (await this.Service<RovingQueries>().UpcomingAsync(ct)).FirstOrDefault();
        if (users.GetUserId(User) is { } userId)
        {
            Enterprise = await enterprises.FindByOwnerAsync(userId, ct);
            if (Enterprise is { Verification: VerificationState.Verified })
            {
                Helper = await this.Service<TeamQueries>().LeadHelperAsync(Enterprise.Id, ct);
            }
        }
    }
}
