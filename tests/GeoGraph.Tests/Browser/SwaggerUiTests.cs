using GeoGraph.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GeoGraph.Tests.Browser;

/// <summary>Swagger UI in chromium: "Try it out" with the body Swagger fills in works as a user would run it.</summary>
public class SwaggerUiTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    static SwaggerUiTests() => SetDefaultExpectTimeout(20_000);

    [SkippableFact]
    public async Task TryingOutPostRelationsWithThePrefilledBodyAndAWriteKeyAnswers201()
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.NoChromium);
        var browser = await host.OpenAsync("/swagger");
        var page = browser.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Authorize", Exact = true }).ClickAsync();
        var dialog = page.Locator(".auth-container").First;
        await dialog.Locator("input").FillAsync(GeoGraphFactory.AdminKey);
        // Swagger UI labels its dialog buttons for screen readers differently from their text: find them by class.
        await dialog.Locator("button.authorize").ClickAsync();
        await dialog.Locator("button.btn-done").ClickAsync();

        var operation = page.Locator("#operations-Relations-CreateRelation");
        await operation.Locator(".opblock-summary-control").ClickAsync();
        await operation.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        await operation.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync();

        var status = operation.Locator(".live-responses-table tbody .response-col_status").First;
        await Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{3}"));
        await BrowserHost.ScreenshotAsync(page, "swagger-create-relation");
        await Expect(status).ToHaveTextAsync("201");
        browser.AssertNoConsoleErrors();
    }
}
