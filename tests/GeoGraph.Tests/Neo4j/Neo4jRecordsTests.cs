using System.Text.Json;
using System.Text.Json.Nodes;
using GeoGraph.Core;
using GeoGraph.Core.Model;
using GeoGraph.Store.Neo4j;
using GeoGraph.Tests.Seed;

namespace GeoGraph.Tests.Neo4j;

/// <summary>
/// Records survive the trip through Neo4j properties: what the store writes, read back as Neo4j's plain JSON
/// returns it (<c>properties(n)</c> is the map that was set), gives the record again.
/// </summary>
public class Neo4jRecordsTests
{
    [Fact]
    public void EverySeedNodeRoundTrips()
    {
        Assert.All(SeedFacts.Document.Nodes, node =>
        {
            var back = Neo4jRecords.ToNode(AsNeo4jReturnsIt(Neo4jRecords.Properties(node)));
            Assert.True(JsonNode.DeepEquals(Json(node), Json(back)), $"{node.Id}: {Json(node)} became {Json(back)}");
        });
    }

    [Fact]
    public void EverySeedRelationRoundTrips()
    {
        Assert.All(SeedFacts.Document.Relations, relation =>
        {
            var returned = new Dictionary<string, object?>
            {
                ["type"] = relation.Type,
                ["fromId"] = relation.From,
                ["toId"] = relation.To,
                ["properties"] = Neo4jRecords.Properties(relation),
            };
            var back = Neo4jRecords.ToRelation(AsNeo4jReturnsIt(returned));
            Assert.True(JsonNode.DeepEquals(Json(relation), Json(back)), $"{relation.Id}: {Json(relation)} became {Json(back)}");
        });
    }

    [Fact]
    public void TheSeedSourceRoundTrips()
    {
        var source = Assert.Single(SeedFacts.Document.Sources);
        Assert.True(JsonNode.DeepEquals(Json(source), Json(Neo4jRecords.ToSource(AsNeo4jReturnsIt(Neo4jRecords.Properties(source))))));
    }

    [Fact]
    public void StructuredPropertiesComeBackWithTheirJsonTypesInKeyOrder()
    {
        var node = Node("Agreement") with
        {
            Properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(
                """{"zeta": "last", "headlineSumUsd": 500000000000, "share": 0.5, "signed": false, "parties": ["United States", "Ukraine"], "seats": [3, 2]}""")!,
        };

        var back = Neo4jRecords.ToNode(AsNeo4jReturnsIt(Neo4jRecords.Properties(node)));

        Assert.Equal(["headlineSumUsd", "parties", "seats", "share", "signed", "zeta"], back.Properties.Keys);
        Assert.Equal(500000000000L, back.Properties["headlineSumUsd"].GetInt64());
        Assert.Equal(0.5, back.Properties["share"].GetDouble());
        Assert.Equal(JsonValueKind.False, back.Properties["signed"].ValueKind);
        Assert.Equal(["United States", "Ukraine"], back.Properties["parties"].EnumerateArray().Select(item => item.GetString()));
    }

    [Fact]
    public void AnArrayMixingWholeAndFractionalNumbersGoesAsFloatsForNeo4jsOneTypeArrays()
    {
        var node = Node("Report") with
        {
            Properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>("""{"shares": [50, 12.5], "seats": [3, 2]}""")!,
        };

        var properties = Neo4jRecords.Properties(node);

        Assert.Equal(new List<double> { 50, 12.5 }, properties["shares"]);
        Assert.IsType<JsonElement>(properties["seats"]);
    }

    [Fact]
    public void TheStoresOwnFieldsStayOutOfTheRecord()
    {
        var properties = Neo4jRecords.Properties(Node("Meeting") with { Name = "Oval Office meeting", Aliases = ["Zelenskyy–Trump clash"], Date = PartialDate.Parse("2025-02") });

        Assert.Equal("2025-02-01", properties["_sortKey"]);
        Assert.Equal("2025-02-01", properties["_dateStart"]);
        Assert.Equal("2025-02-28", properties["_dateEnd"]);
        Assert.Equal("oval ofice meting zelensky trump clash", properties["_names"]);
        Assert.Equal("oval ofice meting", properties["_searchName"]);
        Assert.Empty(Neo4jRecords.ToNode(AsNeo4jReturnsIt(properties)).Properties);
    }

    [Theory]
    [InlineData("Meeting", null, null, "~")]
    [InlineData("Meeting", "2025", "2025-03", "2025-01-01")]
    [InlineData("Person", "2025", null, "")]
    public void EventsSortByDateWithUndatedLastAndOtherCategoriesById(string kind, string? date, string? endDate, string sortKey)
    {
        var node = Node(kind) with
        {
            Date = date is null ? null : PartialDate.Parse(date),
            EndDate = endDate is null ? null : PartialDate.Parse(endDate),
        };

        var properties = Neo4jRecords.Properties(node);

        Assert.Equal(sortKey, properties["_sortKey"]);
        Assert.Equal(date is null ? null : node.Date!.Value.StartText, properties.GetValueOrDefault("_dateStart"));
        Assert.Equal((node.EndDate ?? node.Date)?.EndText, properties.GetValueOrDefault("_dateEnd"));
    }

    [Fact]
    public void ARelationsPeriodStretchesAnOpenValidityToTheEndsOfTheCalendar()
    {
        var relation = new Relation
        {
            Id = "r",
            Type = "HOLDS_OFFICE_IN",
            From = "a",
            To = "b",
            ValidFrom = PartialDate.Parse("2019-05"),
            Stance = Stance.Cooperative,
            Provenance = new Provenance("s", "p"),
        };

        var properties = Neo4jRecords.Properties(relation);

        Assert.Equal(("2019-05-01", "9999-12-31"), (properties["_dateStart"], properties["_dateEnd"]));
        Assert.Equal("cooperative", properties["stance"]);
        var open = Neo4jRecords.Properties(relation with { ValidFrom = null, ValidTo = PartialDate.Parse("2024") });
        Assert.Equal(("0001-01-01", "2024-12-31"), (open["_dateStart"], open["_dateEnd"]));
        Assert.False(Neo4jRecords.Properties(relation with { ValidFrom = null }).ContainsKey("_dateStart"));
    }

    /// <summary>The properties as the store sends them, then as Neo4j's plain JSON gives them back.</summary>
    private static JsonElement AsNeo4jReturnsIt(IReadOnlyDictionary<string, object?> properties) =>
        JsonDocument.Parse(JsonSerializer.Serialize(properties.Where(pair => pair.Value is not null).ToDictionary())).RootElement;

    private static JsonNode? Json<T>(T value) => JsonSerializer.SerializeToNode(value, GraphJson.Options);

    private static Node Node(string kind) => new()
    {
        Id = "probe",
        Kind = kind,
        Name = "Probe",
        Provenance = new Provenance("article-2025-04-01-minerals-deal", "a passage"),
    };
}
