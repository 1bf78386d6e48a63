using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace GeoGraph.Tests.Browser;

/// <summary>The explorer at /explore in chromium: search, neighbourhood, details with provenance, path, timeline, claims, drafts.</summary>
public class ExplorerTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private const string Zelensky = "volodymyr-zelensky";

    static ExplorerTests() => SetDefaultExpectTimeout(20_000);

    private readonly HttpClient _api = host.CreateClient();

    private async Task<JsonElement> ApiAsync(string url) => await _api.GetFromJsonAsync<JsonElement>(url);

    private async Task<BrowserPage> OpenExplorerAsync(int width = 1280, int height = 800)
    {
        Skip.IfNot(BrowserHost.HasChromium, BrowserHost.NoChromium);
        var browser = await host.OpenAsync("/explore", width, height);
        await Expect(browser.Page.GetByRole(AriaRole.Region, new() { Name = "Graph" })).ToBeVisibleAsync();
        return browser;
    }

    /// <summary>Types into a picker (the search box or a path or timeline end) and chooses the result with that name and kind.</summary>
    private static async Task PickAsync(IPage page, string picker, string query, string name, string kind)
    {
        await page.GetByRole(AriaRole.Searchbox, new() { Name = picker, Exact = true }).FillAsync(query);
        await page.GetByRole(AriaRole.List, new() { Name = $"{picker} results", Exact = true })
            .GetByRole(AriaRole.Button, new() { Name = $"{name} {kind}", Exact = true }).ClickAsync();
    }

    /// <summary>Searches "zelensky", opens Volodymyr Zelensky and returns the neighbourhood answer the page drew.</summary>
    private static async Task<JsonElement> DrawZelenskyAsync(IPage page)
    {
        var response = await page.RunAndWaitForResponseAsync(
            () => PickAsync(page, "Search", "zelensky", "Volodymyr Zelensky", "Person"),
            answer => answer.Url.Contains($"/api/graph/neighborhood/{Zelensky}", StringComparison.Ordinal));
        Assert.Equal(200, response.Status);
        var elements = await response.JsonAsync();
        var nodes = elements!.Value.GetProperty("nodes").GetArrayLength();
        await page.WaitForFunctionAsync("count => geographExplorer.cy.nodes().length === count", nodes);
        return elements.Value;
    }

    private static Task<int> DrawnNodesAsync(IPage page) => page.EvaluateAsync<int>("() => geographExplorer.cy.nodes().length");

    [SkippableFact]
    public async Task SearchingZelenskyDrawsHisNeighbourhoodAndANodeShowsItsProvenance()
    {
        var browser = await OpenExplorerAsync();
        var page = browser.Page;

        var elements = await DrawZelenskyAsync(page);

        Assert.True(await DrawnNodesAsync(page) >= 10, $"{await DrawnNodesAsync(page)} nodes drawn");
        await Expect(page.Locator("#graph-count")).ToContainTextAsync($"{await DrawnNodesAsync(page)} nodes");
        await BrowserHost.ScreenshotAsync(page, "explorer-1280x800");

        // Click a drawn neighbour where the graph shows it: its details and the passage it rests on, as the API has them.
        var neighbour = elements.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("data"))
            .First(data => data.GetProperty("hop").GetInt32() == 1).GetProperty("id").GetString()!;
        var position = await page.EvaluateAsync<float[]>(
            "id => { const p = geographExplorer.cy.getElementById(id).renderedPosition(); return [p.x, p.y]; }", neighbour);
        var box = (await page.Locator("#cy").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + position[0], box.Y + position[1]);

        var node = await ApiAsync($"/api/nodes/{neighbour}");
        var details = page.GetByRole(AriaRole.Complementary, new() { Name = "Details" });
        await Expect(details.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync(node.GetProperty("name").GetString()!);
        await Expect(details.GetByRole(AriaRole.Region, new() { Name = "Provenance" }).Locator("blockquote"))
            .ToHaveTextAsync(node.GetProperty("provenance").GetProperty("passage").GetString()!);
        browser.AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task APathFromBessentToZelenskyIsHighlightedOnTheGraph()
    {
        var browser = await OpenExplorerAsync();
        var page = browser.Page;
        await DrawZelenskyAsync(page);

        await PickAsync(page, "Path start", "bessent", "Scott Bessent", "Person");
        await PickAsync(page, "Path end", "zelensky", "Volodymyr Zelensky", "Person");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Find path" }).ClickAsync(),
            answer => answer.Url.Contains("/api/graph/paths", StringComparison.Ordinal));

        Assert.Equal(200, response.Status);
        var path = (await ApiAsync($"/api/graph/paths?from=scott-bessent&to={Zelensky}&k=1")).GetProperty("paths")[0];
        string[] expected = [.. path.GetProperty("nodes").EnumerateArray().Concat(path.GetProperty("relations").EnumerateArray())
            .Select(element => element.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
        await page.WaitForFunctionAsync("() => geographExplorer.cy.$('.on-path').length > 0");
        var highlighted = await page.EvaluateAsync<string[]>("() => geographExplorer.cy.$('.on-path').map(element => element.id())");
        Assert.Equal(expected, highlighted.Order(StringComparer.Ordinal));
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Paths found" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        browser.AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task TheTimelineOfZelenskyWithTrumpListsTheirInteractionsByStance()
    {
        var browser = await OpenExplorerAsync();
        var page = browser.Page;

        await PickAsync(page, "Timeline actor", "zelensky", "Volodymyr Zelensky", "Person");
        await PickAsync(page, "Timeline with", "trump", "Donald Trump", "Person");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show timeline" }).ClickAsync();

        var interactions = (await ApiAsync($"/api/timeline?actor={Zelensky}&with=donald-trump")).GetProperty("interactions");
        var items = page.GetByRole(AriaRole.List, new() { Name = "Interactions" }).GetByRole(AriaRole.Listitem);
        await Expect(items).ToHaveCountAsync(interactions.GetArrayLength());
        var first = interactions[0];
        if (first.TryGetProperty("stance", out var stance))
            await Expect(items.First).ToHaveClassAsync($"stance-{stance.GetString()}");
        await Expect(items.First).ToContainTextAsync(first.GetProperty("provenance").GetProperty("passage").GetString()!);
        browser.AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task TheDisputedClaimsStandSideBySideAndTheDealsDraftsShowTheirChanges()
    {
        var browser = await OpenExplorerAsync();
        var page = browser.Page;
        var report = page.GetByRole(AriaRole.Region, new() { Name = "Report" });

        await page.GetByRole(AriaRole.Button, new() { Name = "Disputed claims" }).ClickAsync();
        var disputes = await ApiAsync("/api/claims/disputed");
        await Expect(report.Locator(".side-by-side")).ToHaveCountAsync(disputes.GetArrayLength());
        await Expect(report).ToContainTextAsync(disputes[0].GetProperty("counter").GetProperty("claim").GetProperty("name").GetString()!);

        await page.GetByRole(AriaRole.Button, new() { Name = "Deal drafts" }).ClickAsync();
        var drafts = await ApiAsync("/api/deals/minerals-deal/drafts");
        await Expect(report.GetByRole(AriaRole.Article)).ToHaveCountAsync(drafts.GetArrayLength());
        var dropped = drafts.EnumerateArray().Last().GetProperty("changes").GetProperty("dropped").EnumerateObject().First();
        await Expect(report.Locator(".dropped").First).ToContainTextAsync(dropped.Name);
        browser.AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task OnANarrowScreenThePageFitsItsWidthAndStillDrawsTheGraph()
    {
        var browser = await OpenExplorerAsync(width: 390, height: 844);
        var page = browser.Page;

        await DrawZelenskyAsync(page);

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        var graph = (await page.Locator("#cy").BoundingBoxAsync())!;
        Assert.InRange(graph.Width, 300, 390);
        await page.Locator("#cy").ScrollIntoViewIfNeededAsync();
        await BrowserHost.ScreenshotAsync(page, "explorer-390x844");
        browser.AssertNoConsoleErrors();
    }
}
