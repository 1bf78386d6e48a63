using System.Net;
using GeoGraph.Api.Telemetry;
using GeoGraph.Tests.Api;
using GeoGraph.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace GeoGraph.Tests.Telemetry;

/// <summary>Every request is one structured log line with method, route, status, duration, key id and trace id.</summary>
public class RequestLogTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    [Fact]
    public async Task ARequestLogsItsRouteStatusDurationKeyIdAndTraceId()
    {
        var id = SeedGraph.NodesOf(Core.Model.NodeCategory.Actor)[0].Id;
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/api/actors/{id}")).StatusCode);

        var line = await RequestLineAsync($"/api/actors/{id}");

        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("GET", Field(line, "Method"));
        Assert.Equal("/api/actors/{id}", Field(line, "Route"));
        Assert.Equal("200", Field(line, "Status"));
        Assert.True(double.Parse(Field(line, "DurationMs"), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("admin", Field(line, "KeyId"));
        Assert.Matches("^[0-9a-f]{32}$", Field(line, "TraceId"));
        Assert.DoesNotContain(GeoGraphFactory.AdminKey, line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClientErrorIsLoggedAtInformationWithTheTraceIdItsProblemCarries()
    {
        var problem = await (await factory.CreateAnonymousClient().GetAsync("/api/actors/no-such-actor")).AssertProblemAsync(HttpStatusCode.NotFound);

        var line = await RequestLineAsync("/api/actors/no-such-actor");

        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Equal("404", Field(line, "Status"));
        Assert.Equal("(anonymous)", Field(line, "KeyId"));
        Assert.Contains(Field(line, "TraceId"), problem.GetProperty("traceId").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The request line for <paramref name="path"/>: logged as the response ends, so it may follow the answer.</summary>
    private async Task<FakeLogRecord> RequestLineAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var line = factory.Logs.GetSnapshot().LastOrDefault(record => record.Category == RequestLogMiddleware.Category && Field(record, "Path") == path);
            if (line is not null)
                return line;
            Assert.True(DateTime.UtcNow < deadline, $"No request line for {path}");
            await Task.Delay(50);
        }
    }

    private static string Field(FakeLogRecord record, string name) => record.GetStructuredStateValue(name) ?? "";
}
