using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Store.Neo4j.Http;
using GeoGraph.Store.Neo4j.Values;

namespace GeoGraph.Tests.Neo4j;

/// <summary>Typed JSON (<c>application/vnd.neo4j.query</c>) bodies shaped as Neo4j documents them, to plain JSON.</summary>
public class Neo4jTypedJsonTests
{
    // Neo4j's documented typed answer to MERGE (p:Person {name: $name}) RETURN p AS person, p.name AS name, with more types.
    private const string TypedBody = """
        {
          "data": {
            "fields": ["person", "name", "age", "score", "born", "seen", "zoned", "local", "at", "wakes", "stay", "where", "blob", "flag", "nothing", "tags", "info"],
            "values": [[
              {"$type": "Node", "_value": {
                "_element_id": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2",
                "_labels": ["Person"],
                "_properties": {"name": {"$type": "String", "_value": "Phil"}, "age": {"$type": "Integer", "_value": "9007199254740993"}}}},
              {"$type": "String", "_value": "Phil"},
              {"$type": "Integer", "_value": "-42"},
              {"$type": "Float", "_value": "3.14"},
              {"$type": "Date", "_value": "2025-02-28"},
              {"$type": "OffsetDateTime", "_value": "2024-01-01T21:40:32.123456789-01:00"},
              {"$type": "ZonedDateTime", "_value": "2024-01-01T21:40:32+01:00[Europe/Stockholm]"},
              {"$type": "LocalDateTime", "_value": "2015-07-04T19:32:24"},
              {"$type": "Time", "_value": "12:50:35.556+01:00"},
              {"$type": "LocalTime", "_value": "12:50:35.556"},
              {"$type": "Duration", "_value": "P1Y2M14DT16H12M1.5S"},
              {"$type": "Point", "_value": "SRID=4326;POINT (12.5 55.7)"},
              {"$type": "Base64", "_value": "AQID"},
              {"$type": "Boolean", "_value": true},
              {"$type": "Null", "_value": null},
              {"$type": "List", "_value": [{"$type": "String", "_value": "a"}, {"$type": "Integer", "_value": "2"}]},
              {"$type": "Map", "_value": {"nested": {"$type": "Map", "_value": {"n": {"$type": "Float", "_value": "NaN"}}}}}
            ]]
          },
          "bookmarks": ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXg6Q"]
        }
        """;

    private const string TypedPath = """
        {"$type": "Path", "_value": [
          {"$type": "Node", "_value": {"_element_id": "4:x:1", "_labels": ["Node", "Actor", "Person"], "_properties": {"id": {"$type": "String", "_value": "scott-bessent"}}}},
          {"$type": "Relationship", "_value": {"_element_id": "5:x:9", "_start_node_element_id": "4:x:1", "_end_node_element_id": "4:x:2", "_type": "PRESENTED",
            "_properties": {"id": {"$type": "String", "_value": "bessent-presented-draft"}}}},
          {"$type": "Node", "_value": {"_element_id": "4:x:2", "_labels": ["Node", "Event", "DealDraft"], "_properties": {}}}
        ]}
        """;

    private static Neo4jRecord Row() =>
        Assert.Single(Neo4jResponseParser.Parse(HttpStatusCode.Accepted, System.Text.Encoding.UTF8.GetBytes(TypedBody), Neo4jResultFormat.Typed).Result.Records);

    [Fact]
    public void ToJsonNodeGivesThePlainShape()
    {
        var row = Row();
        Assert.Equal("-42", Neo4jTypedJson.ToJsonNode(row["age"])!.ToJsonString());
        Assert.Equal("\"2025-02-28\"", Neo4jTypedJson.ToJsonNode(row["born"])!.ToJsonString());
        Assert.Equal("\"SRID=4326;POINT (12.5 55.7)\"", Neo4jTypedJson.ToJsonNode(row["where"])!.ToJsonString());
        Assert.Equal("\"NaN\"", Neo4jTypedJson.ToJsonNode(row["info"])!["nested"]!["n"]!.ToJsonString());
        Assert.Null(Neo4jTypedJson.ToJsonNode(row["nothing"]));
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"elementId": "4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", "labels": ["Person"], "properties": {"name": "Phil", "age": 9007199254740993}}"""),
            Neo4jTypedJson.ToJsonNode(row["person"])));

        using var path = JsonDocument.Parse(TypedPath);
        var plain = Neo4jTypedJson.ToJsonNode(path.RootElement)!;
        Assert.Equal(2, plain["nodes"]!.AsArray().Count);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"elementId": "5:x:9", "type": "PRESENTED", "startNodeElementId": "4:x:1", "endNodeElementId": "4:x:2", "properties": {"id": "bessent-presented-draft"}}"""),
            plain["relationships"]![0]));
    }

    [Theory]
    [InlineData("""{"$type": "Integer", "_value": 42}""")]
    [InlineData("""{"type": "Integer", "value": "42"}""")]
    [InlineData("""42""")]
    [InlineData("""{"$type": "Point", "_value": "SRID=4326;POINT (east north)"}""")]
    public void AnythingButTypedJsonIsAFormatError(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Throws<FormatException>(() => Neo4jTypedJson.ToJsonNode(document.RootElement));
    }

    [Fact]
    public void ANewerServersTypeIsKeptAsItCame()
    {
        using var document = JsonDocument.Parse("""{"$type": "Vector", "_value": {"coordinatesType": "FLOAT32", "coordinates": ["1.0"]}}""");
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"coordinatesType": "FLOAT32", "coordinates": ["1.0"]}"""), Neo4jTypedJson.ToJsonNode(document.RootElement)));
    }
}
