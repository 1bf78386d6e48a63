using GeoGraph.Api.Nodes;
using GeoGraph.Api.Relations;

namespace GeoGraph.Tests.Validation;

public class RelationInputValidatorTests
{
    private static readonly RelationInputValidator Validator = new();

    private static readonly RelationInput Valid = new()
    {
        Type = "ACCUSED",
        From = "donald-trump",
        To = "volodymyr-zelensky",
        Date = "2025-03-31",
        Stance = "hostile",
        Provenance = new ProvenanceInput { Source = "article-2025-04-01-minerals-deal", Passage = "The accusation, made aboard Air Force One on March 31" },
    };

    [Fact]
    public void AValidRelationPasses() => Assert.True(Validator.Validate(Valid).IsValid);

    public static TheoryData<RelationInput, string> Invalid => new()
    {
        { Valid with { Type = "accused" }, "Type" },
        { Valid with { Type = "LIKES" }, "Type" },
        { Valid with { To = "donald-trump" }, "To" },
        { Valid with { From = "Donald Trump" }, "From" },
        { Valid with { Stance = "angry" }, "Stance" },
        { Valid with { ValidFrom = "2025-03", ValidTo = "2025-02" }, "ValidTo" },
        { Valid with { Provenance = null }, "Provenance" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void InvalidRelationsNameTheFieldAtFault(RelationInput input, string field) =>
        Assert.Contains(Validator.Validate(input).Errors, error => error.PropertyName == field);
}
