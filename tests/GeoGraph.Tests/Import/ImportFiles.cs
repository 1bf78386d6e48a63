using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GeoGraph.Api.Import;
using GeoGraph.Core;
using GeoGraph.Core.Exchange;
using GeoGraph.Core.Model;

namespace GeoGraph.Tests.Import;

/// <summary>Import bodies built in tests: NDJSON lines in the exchange format, and their upload.</summary>
internal static class ImportFiles
{
    public static string Line(Source source) => Line(NdjsonRecord.Source, JsonSerializer.Serialize(source, GraphJson.Options));

    public static string Line(Node node) => Line(NdjsonRecord.Node, JsonSerializer.Serialize(node, GraphJson.Options));

    public static string Line(Relation relation) => Line(NdjsonRecord.Relation, JsonSerializer.Serialize(relation, GraphJson.Options));

    public static string Line(string type, string json) => $"{{\"{type}\":{json}}}";

    public static Source NewSource(string id) => new() { Id = id, Title = "A source an import test brings", Published = PartialDate.Parse("2025-04") };

    public static Node NewActor(string id, string sourceId, string name = "Imported Actor") => new()
    {
        Id = id,
        Kind = "Person",
        Name = name,
        Provenance = new Provenance(sourceId, "a passage an import test cites"),
    };

    public static Relation NewRelation(string id, string from, string to, string sourceId) => new()
    {
        Id = id,
        Type = "NEGOTIATES_WITH",
        From = from,
        To = to,
        Date = PartialDate.Parse("2025-04-01"),
        Provenance = new Provenance(sourceId, "a passage an import test cites"),
    };

    public static async Task<(HttpResponseMessage Response, ImportReport? Report)> PostNdjsonAsync(HttpClient client, IEnumerable<string> lines, string query = "")
    {
        var content = new StringContent(string.Join('\n', lines) + "\n", Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(NdjsonRecord.ContentType);
        var response = await client.PostAsync("/api/import" + query, content);
        return (response, await ReportOfAsync(response));
    }

    /// <summary>The report: the body of a 200, the <c>report</c> member of a 422 problem; null for any other answer.</summary>
    public static async Task<ImportReport?> ReportOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        return response.Content.Headers.ContentType?.MediaType switch
        {
            "application/json" => JsonSerializer.Deserialize<ImportReport>(body, GraphJson.Options),
            "application/problem+json" when response.StatusCode == System.Net.HttpStatusCode.UnprocessableEntity =>
                JsonDocument.Parse(body).RootElement.GetProperty("report").Deserialize<ImportReport>(GraphJson.Options),
            _ => null,
        };
    }
}
