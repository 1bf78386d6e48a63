using GeoGraph.Core;
using GeoGraph.Core.Model;
using GeoGraph.Core.Seed;

namespace GeoGraph.Tests.Seed;

/// <summary>The seed holds what the article says, and everything in it can be traced back to a passage.</summary>
public class SeedDocumentTests
{
    private static readonly GeoGraph.Core.Graph.GraphDocument Seed = SeedFacts.Document;

    [Fact]
    public void TheEmbeddedSeedIsTheCommittedSeed()
    {
        var embedded = SeedDocument.LoadEmbedded();
        Assert.Equal(Seed.Nodes.Select(node => node.Id), embedded.Nodes.Select(node => node.Id));
        Assert.Equal(Seed.Relations.Select(relation => relation.Id), embedded.Relations.Select(relation => relation.Id));
    }

    [Fact]
    public void IdsAreUniqueSlugs()
    {
        string[] ids = [.. Seed.Sources.Select(s => s.Id), .. Seed.Nodes.Select(n => n.Id), .. Seed.Relations.Select(r => r.Id)];
        Assert.All(ids, id => Assert.True(Slug.IsValid(id), $"'{id}' is not a slug"));
        Assert.Empty(ids.GroupBy(id => id).Where(group => group.Count() > 1).Select(group => group.Key));
    }

    [Fact]
    public void KindsAndRelationTypesComeFromTheVocabulary()
    {
        Assert.All(Seed.Nodes, node => Assert.True(Vocabulary.IsNodeKind(node.Kind), $"{node.Id}: unknown kind {node.Kind}"));
        Assert.All(Seed.Relations, relation => Assert.True(Vocabulary.IsRelationType(relation.Type), $"{relation.Id}: unknown type {relation.Type}"));
    }

    [Fact]
    public void EveryRelationJoinsTwoNodesOfTheSeed()
    {
        var ids = Seed.Nodes.Select(node => node.Id).ToHashSet();
        Assert.All(Seed.Relations, relation =>
        {
            Assert.Contains(relation.From, ids);
            Assert.Contains(relation.To, ids);
            Assert.NotEqual(relation.From, relation.To);
        });
    }

    [Fact]
    public void EveryNodeAndRelationRestsOnAPassageOfTheArticle()
    {
        var sources = Seed.Sources.Select(source => source.Id).ToHashSet();
        var provenances = Seed.Nodes.Select(node => (node.Id, node.Provenance)).Concat(Seed.Relations.Select(relation => (relation.Id, relation.Provenance)));
        Assert.All(provenances, item =>
        {
            Assert.Contains(item.Provenance.Source, sources);
            Assert.InRange(item.Provenance.Passage.Length, 10, 300);
            Assert.True(SeedFacts.IsInArticle(item.Provenance.Passage), $"{item.Id}: passage not in the article: {item.Provenance.Passage}");
        });
    }

    [Fact]
    public void QuotesAreWordsTheArticlePrints()
    {
        var quoted = Seed.Nodes.Where(node => node.Quote is not null).ToList();
        Assert.NotEmpty(quoted);
        Assert.All(quoted, node => Assert.True(SeedFacts.IsInArticle(node.Quote!), $"{node.Id}: quote not in the article: {node.Quote}"));
    }

    [Fact]
    public void EveryNodeIsConnected()
    {
        var connected = Seed.Relations.SelectMany(relation => new[] { relation.From, relation.To }).ToHashSet();
        Assert.Empty(Seed.Nodes.Where(node => !connected.Contains(node.Id)).Select(node => node.Id));
    }

    [Fact]
    public void DatesKeepTheArticlesPrecision()
    {
        var dates = Seed.Nodes.ToDictionary(node => node.Id, node => node.Date?.ToString());
        Assert.Equal("2025-02", dates["oval-office-meeting-2025-02"]);
        var accusation = Assert.Single(Seed.Relations, r => r.Type == "ACCUSED" && r.From == "donald-trump" && r.To == "volodymyr-zelensky" && r.Date == PartialDate.Parse("2025-03-31"));
        Assert.Contains("Air Force One", accusation.Provenance.Passage, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTwoAidFiguresContradictEachOther()
    {
        var figures = Seed.Nodes.Where(node => node.Kind == "FigureClaim").Select(node => node.Id).ToHashSet();
        Assert.Contains(Seed.Relations, relation => relation.Type == "CONTRADICTS" && figures.Contains(relation.From) && figures.Contains(relation.To));
    }

    [Fact]
    public void TheRevisedDraftSupersedesTheInitialOne()
    {
        Assert.Contains(Seed.Relations, relation => relation is { Type: "SUPERSEDES", From: "minerals-deal-revised-draft", To: "minerals-deal-initial-draft" });
        var initial = Seed.Nodes.Single(node => node.Id == "minerals-deal-initial-draft");
        Assert.Equal(50, initial.Properties["revenueSharePercent"].GetInt32());
    }
}
