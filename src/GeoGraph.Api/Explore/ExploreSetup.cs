namespace GeoGraph.Api.Explore;

/// <summary>
/// The explorer page at <c>/explore</c> and the home page at <c>/</c>: static files from wwwroot, served before
/// routing so they need no key (the page's API calls do, when reads need one).
/// </summary>
public static class ExploreSetup
{
    /// <summary>Same-origin scripts, styles and API calls only: the page has no inline script or style.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseGraphExplorer(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy,
        });
        return app;
    }
}
