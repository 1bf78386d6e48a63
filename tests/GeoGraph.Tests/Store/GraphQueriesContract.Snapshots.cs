using CsCheck;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;
using GeoGraph.Tests.Topology;

namespace GeoGraph.Tests.Store;

/// <summary>The store keeps its snapshot current write by write: it always reads like one built from the data afresh.</summary>
public abstract partial class GraphQueriesContract
{
    private const string Source = "article-2025-04-01-minerals-deal";

    private static readonly string[] SeedActors = ["donald-trump", "volodymyr-zelensky", "scott-bessent", "kiel-institute"];

    private static readonly Gen<(int What, int A, int B, int C)> StoreWrite = Gen.Select(Gen.Int[0, 6], Gen.Int[0, 9], Gen.Int[0, 9], Gen.Int[0, 2]);

    [SkippableFact]
    public async Task TheSnapshotAfterAnyWritesReadsLikeOneBuiltAfresh()
    {
        await StoreWrite.List[1, 12].SampleAsync(async writes =>
        {
            foreach (var (what, a, b, c) in writes)
                await WriteAsync(what, a, b, c);
            using var fresh = (IDisposable)ReopenStore();
            Assert.Equal(
                SnapshotDescription.Of(await ((IGraphStore)fresh).GetSnapshotAsync()),
                SnapshotDescription.Of(await Store.GetSnapshotAsync()));
        }, iter: 25, threads: 1);
    }

    /// <summary>One write through the store; refusals (duplicates, missing nodes) are part of the mix.</summary>
    private async Task WriteAsync(int what, int a, int b, int c)
    {
        var node = $"contract-node-{a}";
        var other = b < SeedActors.Length ? SeedActors[b] : $"contract-node-{b}";
        var relation = $"contract-relation-{(a + b + c) % 12}";
        try
        {
            switch (what)
            {
                case 0:
                    await Store.CreateNodeAsync(ContractNode(node, c));
                    break;
                case 1:
                    await Store.ReplaceNodeAsync(ContractNode(node, c) with { Name = $"Renamed {b}" });
                    break;
                case 2:
                    await Store.DeleteNodeAsync(node, NodeCategory.Actor, cascade: true);
                    break;
                case 3:
                    await Store.CreateRelationAsync(ContractRelation(relation, node, other, c));
                    break;
                case 4:
                    await Store.DeleteRelationAsync(relation);
                    break;
                default:
                    // A bulk write that may move an existing relation to new ends and type.
                    await Store.UpsertAsync(new GraphDocument
                    {
                        Nodes = [ContractNode(node, c), ContractNode(other.StartsWith("contract-", StringComparison.Ordinal) ? other : node, b)],
                        Relations = [ContractRelation(relation, other, node, b)],
                    });
                    break;
            }
        }
        catch (Exception refused) when (refused is DuplicateIdException or MissingReferenceException)
        {
        }
    }

    private static Node ContractNode(string id, int variant) => new()
    {
        Id = id,
        Kind = variant == 0 ? "Person" : "State",
        Name = id,
        Provenance = new Provenance(Source, "a passage"),
    };

    private static Relation ContractRelation(string id, string from, string to, int variant) => new()
    {
        Id = id,
        Type = variant switch { 0 => "SUPPORTS", 1 => "CRITICIZED", _ => "NEGOTIATES_WITH" },
        From = from,
        To = to,
        Date = variant == 1 ? PartialDate.Parse("2025-03") : null,
        Stance = variant == 2 ? Stance.Cooperative : null,
        Provenance = new Provenance(Source, "a passage"),
    };
}
