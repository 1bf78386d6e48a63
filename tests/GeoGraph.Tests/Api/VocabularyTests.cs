using GeoGraph.Api.Reference;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Infrastructure;

namespace GeoGraph.Tests.Api;

/// <summary><c>GET /api/vocabulary</c>: node kinds by category, relation types with their meaning, stances.</summary>
public class VocabularyTests(GeoGraphFactory factory) : IClassFixture<GeoGraphFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<VocabularyResponse> VocabularyAsync() =>
        await (await _client.GetAsync("/api/vocabulary")).ReadAsync<VocabularyResponse>();

    [Fact]
    public async Task NodeKindsAreGroupedUnderEveryCategory()
    {
        var vocabulary = await VocabularyAsync();

        Assert.Equal(Enum.GetNames<NodeCategory>().Order(), vocabulary.NodeKinds.Keys.Order());
        Assert.All(vocabulary.NodeKinds, category => Assert.NotEmpty(category.Value));
        var kinds = vocabulary.NodeKinds.SelectMany(category => category.Value).ToList();
        Assert.Equal(kinds.Count, kinds.Distinct().Count());
    }

    [Theory]
    [InlineData("Actor", "Person")]
    [InlineData("Actor", "ThinkTank")]
    [InlineData("Event", "Meeting")]
    [InlineData("Event", "Statement")]
    [InlineData("Claim", "FigureClaim")]
    [InlineData("Resource", "Mineral")]
    [InlineData("Place", "Building")]
    public async Task AKindIsListedUnderItsCategory(string category, string kind)
    {
        var vocabulary = await VocabularyAsync();

        Assert.Contains(kind, vocabulary.NodeKinds[category]);
    }

    [Fact]
    public async Task EveryKindOfTheSeedIsListedUnderTheCategoryItsCollectionServes()
    {
        var vocabulary = await VocabularyAsync();

        Assert.All(SeedGraph.Document.Nodes, node => Assert.Contains(node.Kind, vocabulary.NodeKinds[node.Category.ToString()]));
    }

    [Theory]
    [InlineData("ACCUSED")]
    [InlineData("PARTICIPATED_IN")]
    public async Task RelationTypesIncludeTheArticlesCentralOnesWithTheirMeaning(string type)
    {
        var vocabulary = await VocabularyAsync();

        Assert.True(vocabulary.RelationTypes.TryGetValue(type, out var meaning), $"{type} is not listed");
        Assert.False(string.IsNullOrWhiteSpace(meaning));
    }

    [Fact]
    public async Task EveryRelationTypeOfTheSeedIsListed()
    {
        var vocabulary = await VocabularyAsync();

        Assert.All(SeedGraph.Document.Relations.Select(relation => relation.Type).Distinct(), type => Assert.Contains(type, vocabulary.RelationTypes.Keys));
    }

    [Fact]
    public async Task TheStancesAreTheOnesRelationsAccept()
    {
        var vocabulary = await VocabularyAsync();

        Assert.Equal(["cooperative", "neutral", "hostile"], vocabulary.Stances);
    }
}
