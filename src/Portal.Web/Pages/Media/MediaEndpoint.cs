using Microsoft.AspNetCore.Authorization;
using Portal.Core.Files;

namespace Portal.Web.Pages.Media;

/// <summary>
/// GET /media/{key}: serves stored images (JPEG, PNG, WebP) by their random key. Keys are 128-bit
/// random names, never listed, so an image is reachable only through a page that shows it.
/// Documents (PDF, Office) are not served here: each module serves its attachments behind its own rules.
/// </summary>
internal static class MediaEndpoint
{
    public static IEndpointConventionBuilder MapMedia(this IEndpointRouteBuilder app) =>
        app.MapGet("/media/{key}", (string key, IFileStore files, HttpContext context) =>
            {
                var stream = files.Open(key);
                if (stream is null)
                {
                    return Results.NotFound();
                }

                var head = new byte[16];
                var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
                var kind = FileKinds.Sniff(head.AsSpan(0, read));
                stream.Position = 0;
                if (!FileKinds.Images.Contains(kind))
                {
                    stream.Dispose();
                    return Results.NotFound();
                }

                // A key never names other content, so the file may be cached for good.
                context.Response.Headers.CacheControl = "public,max-age=31536000,immutable";
                return Results.Stream(stream, kind.ContentType(), enableRangeProcessing: true);
            })
            .WithMetadata(new AllowAnonymousAttribute());
}
