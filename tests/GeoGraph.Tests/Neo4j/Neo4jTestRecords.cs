using System.Net;
using System.Text.Json;
using GeoGraph.Core.Model;
using GeoGraph.Store.Neo4j;

namespace GeoGraph.Tests.Neo4j;

/// <summary>Records and canned Query API answers the fake-server tests of the Neo4j store share.</summary>
internal static class Neo4jTestRecords
{
    public const string Article = "article-2025-04-01-minerals-deal";

    public static FakeResponse Transaction(string id) =>
        new(HttpStatusCode.Accepted, $$$"""{"transaction": {"id": "{{{id}}}", "expires": "2025-04-01T12:01:00Z"}}""");

    public static string NodeJson(Node node) => Json(Neo4jRecords.Properties(node));

    public static string RelationJson(Relation relation) => Json(new Dictionary<string, object?>
    {
        ["type"] = relation.Type,
        ["fromId"] = relation.From,
        ["toId"] = relation.To,
        ["properties"] = Neo4jRecords.Properties(relation),
    });

    public static string Json(IReadOnlyDictionary<string, object?> map) => JsonSerializer.Serialize(map);

    public static Node Person(string id) => new()
    {
        Id = id,
        Kind = "Person",
        Name = id,
        Provenance = new Provenance(Article, "a passage"),
    };

    public static Relation Relation(string id, string from, string to) => new()
    {
        Id = id,
        Type = "SUPPORTS",
        From = from,
        To = to,
        Provenance = new Provenance(Article, "a passage"),
    };
}
