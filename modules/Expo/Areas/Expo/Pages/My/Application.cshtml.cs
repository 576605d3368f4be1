using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Portal.Core;
using Portal.Modules.Expo.Areas.Expo.Pages.Exhibitor;
using Portal.Modules.Expo.Domain;
using Portal.Modules.Expo.Exhibitors;

namespace Portal.Modules.Expo.Areas.Expo.Pages.My;

/// <summary>
/// /my/expo/applications/{id}: one of the enterprise's applications. Once approved it is the printable
/// confirmation: booth, an excerpt of the hall map, the expo's .ics and the QR check-in code.
/// Another enterprise's or an unknown application → 404.
/// </summary>
[Authorize(Policy = ExpoPermissions.Exhibit)]
public sealed class ApplicationModel(IOptions<PortalOptions> portal) : ExhibitorPageModel
{
    internal ApplicationView View { get; private set; } = null!;

    internal BoothExcerpt? Excerpt { get; private set; }

    public string? QrCode { get; private set; }

    public bool IsConfirmed => View.Application.State is ApplicationState.Approved or ApplicationState.CheckedIn;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        await LoadEnterpriseAsync();
        var queries = this.Service<ExhibitorQueries>();
        if (Enterprise is null || await queries.ApplicationAsync(id, Enterprise.Id, HttpContext.RequestAborted) is not { } view)
        {
            return NotFound();
        }

        View = view;
        if (IsConfirmed && view.Booth is { } booth && await queries.HallAsync(booth.HallId, HttpContext.RequestAborted) is { } hall)
        {
            Excerpt = BoothExcerpt.Around(hall, booth);
        }

        if (IsConfirmed && view.Application.CheckInCode is { } code)
        {
            QrCode = CheckInCodes.QrDataUri(CheckInCodes.Link(code, portal.Value.AbsoluteUrl));
        }

        return Page();
    }
}
