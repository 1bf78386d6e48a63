using System.Text.Json;
using FluentValidation;
using GeoGraph.Api.Nodes;
using GeoGraph.Api.Problems;
using GeoGraph.Core.Model;

namespace GeoGraph.Tests.Validation;

public class NodeInputValidatorTests
{
    private static readonly NodeInputValidator Validator = new();

    private static readonly NodeInput ValidActor = new()
    {
        Kind = "Person",
        Name = "Andrii Sybiha",
        Title = "Ukrainian Foreign Minister",
        Provenance = new ProvenanceInput { Source = "article-2025-04-01-minerals-deal", Passage = "Ukrainian Foreign Minister Andrii Sybiha" },
    };

    [Fact]
    public void AValidActorPasses() => Assert.Empty(Errors(ValidActor, NodeCategory.Actor));

    [Theory]
    [InlineData(NodeCategory.Event)]
    [InlineData(NodeCategory.Place)]
    public void AKindOfAnotherCategoryIsRefused(NodeCategory route) =>
        Assert.Contains("Kind", Errors(ValidActor, route).Keys);

    [Fact]
    public void DatesAndQuotesBelongToEventsAndClaims()
    {
        var dated = ValidActor with { Date = "2025-03", Quote = "We are for cooperation with the United States." };
        Assert.Equal(["Date", "Quote"], Errors(dated, NodeCategory.Actor).Keys.Order());
        var statement = dated with { Kind = "Statement", Title = null };
        Assert.Empty(Errors(statement, NodeCategory.Event));
    }

    [Theory]
    [InlineData("2025-02", "2025-01", "EndDate")]
    [InlineData("2025-02-30", null, "Date")]
    [InlineData("March 2025", null, "Date")]
    public void DatesMustBeRealAndInOrder(string date, string? endDate, string field) =>
        Assert.Contains(field, Errors(new NodeInput { Kind = "Meeting", Name = "m", Date = date, EndDate = endDate, Provenance = ValidActor.Provenance }, NodeCategory.Event).Keys);

    [Theory]
    [InlineData("""{"nested": {"a": 1}}""")]
    [InlineData("""{"empty": null}""")]
    [InlineData("""{"mixed": [1, "a"]}""")]
    [InlineData("""{"name": "shadows a field"}""")]
    [InlineData("""{"Bad Key": 1}""")]
    public void PropertiesMustFitNeo4jProperties(string json)
    {
        var properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
        Assert.Contains("Properties", Errors(ValidActor with { Properties = properties }, NodeCategory.Actor).Keys);
    }

    [Fact]
    public void ProvenanceNeedsASourceSlugAndAPassage()
    {
        var errors = Errors(ValidActor with { Provenance = new ProvenanceInput { Source = "Not A Slug" } }, NodeCategory.Actor);
        Assert.Contains("Provenance.Source", errors.Keys);
        Assert.Contains("Provenance.Passage", errors.Keys);
    }

    private static Dictionary<string, string[]> Errors(NodeInput input, NodeCategory category)
    {
        var context = new ValidationContext<NodeInput>(input);
        context.RootContextData[ValidationFilter.CategoryKey] = category;
        return Validator.Validate(context).Errors
            .GroupBy(error => error.PropertyName)
            .ToDictionary(group => group.Key, group => group.Select(error => error.ErrorMessage).ToArray());
    }
}
