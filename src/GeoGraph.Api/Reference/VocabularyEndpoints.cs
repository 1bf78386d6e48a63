using GeoGraph.Core.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GeoGraph.Api.Reference;

public static class VocabularyEndpoints
{
    public static IEndpointRouteBuilder MapVocabulary(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/vocabulary", GetVocabulary).WithTags("Vocabulary").WithName(nameof(GetVocabulary))
            .WithSummary("Lists the node kinds by category, the relation types with their meaning, and the stances")
            .WithDescription("The values that kind, type and stance accept when writing nodes and relations.");
        return app;
    }

    public static Ok<VocabularyResponse> GetVocabulary() => TypedResults.Ok(new VocabularyResponse(
        Enum.GetValues<NodeCategory>().ToDictionary(category => category.ToString(), Core.Vocabulary.KindsOf),
        Core.Vocabulary.RelationTypes,
        [.. Enum.GetNames<Stance>().Select(name => name.ToLowerInvariant())]));
}

public sealed record VocabularyResponse(
    IReadOnlyDictionary<string, IReadOnlyList<string>> NodeKinds,
    IReadOnlyDictionary<string, string> RelationTypes,
    IReadOnlyList<string> Stances);
