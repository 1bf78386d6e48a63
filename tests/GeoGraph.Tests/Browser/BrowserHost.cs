using System.Net;
using GeoGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GeoGraph.Tests.Browser;

/// <summary>
/// The API on a real port (Kestrel on a free loopback port) with Debian's chromium driven by Playwright, for tests
/// that go through a browser. Without <see cref="ChromiumPath"/> nothing starts and the tests skip with <see cref="NoChromium"/>.
/// </summary>
public sealed class BrowserHost : GeoGraphFactory, IAsyncLifetime
{
    /// <summary>Debian's chromium; Playwright's own browser download does not work here, and CI installs this one.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    public const string NoChromium = "skipped: no chromium (apt-get install chromium)";

    public static bool HasChromium => File.Exists(ChromiumPath);

    /// <summary>Screenshots are test artefacts, under the test output folder.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Where the browser reaches the API, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!HasChromium)
            return;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true });
    }

    /// <summary>A page in a fresh context of the given size that collects console errors and uncaught exceptions.</summary>
    public async Task<BrowserPage> OpenAsync(string path, int width = 1280, int height = 800)
    {
        var context = await _browser!.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = Address.ToString() });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(path);
        return new BrowserPage(page, errors);
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var file = Path.Combine(ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = file });
        return file;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        await DisposeAsync();
    }
}

/// <summary>A browser page and the console errors it has logged so far.</summary>
public sealed record BrowserPage(IPage Page, IReadOnlyList<string> ConsoleErrors)
{
    public void AssertNoConsoleErrors() => Assert.True(ConsoleErrors.Count == 0, string.Join('\n', ConsoleErrors));
}
