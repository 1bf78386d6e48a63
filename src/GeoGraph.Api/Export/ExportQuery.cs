using FluentValidation;
using GeoGraph.Api.Validation;
using GeoGraph.Core;
using GeoGraph.Core.Exchange;
using GeoGraph.Core.Model;
using GeoGraph.Store.Neo4j.Layout;

namespace GeoGraph.Api.Export;

/// <summary>Query string of the export.</summary>
public sealed record ExportQuery
{
    /// <summary>ndjson, graphml, csv (zip, plain headers), csv-neo4j (zip, neo4j-admin import headers) or cypher.</summary>
    /// <example>ndjson</example>
    public string? Format { get; init; }

    /// <summary>Only this source and the nodes and relations it supports.</summary>
    public string? Source { get; init; }

    /// <summary>Only nodes of these kinds (repeat the parameter for several).</summary>
    public string[]? Kind { get; init; }

    /// <summary>Only relations of these types (repeat the parameter for several).</summary>
    public string[]? Type { get; init; }

    /// <summary>Dated nodes and relations whose period ends on or after this date; undated ones are kept.</summary>
    public string? From { get; init; }

    /// <summary>Dated nodes and relations whose period starts on or before this date; undated ones are kept.</summary>
    public string? To { get; init; }

    public ExportFilter ToFilter() => new()
    {
        Source = Source,
        Kinds = Kind ?? [],
        Types = Type ?? [],
        From = From is null ? null : PartialDate.Parse(From),
        To = To is null ? null : PartialDate.Parse(To),
    };
}

public sealed class ExportQueryValidator : AbstractValidator<ExportQuery>
{
    public ExportQueryValidator()
    {
        RuleFor(x => x.Format).NotEmpty().OneOf(ExportFormats.All.Select(format => format.Name), "export formats");
        RuleFor(x => x.Source).Slug();
        RuleForEach(x => x.Kind).OneOf(Vocabulary.NodeKinds.Keys, "node kinds");
        RuleForEach(x => x.Type).OneOf(Vocabulary.RelationTypes.Keys, "relation types");
        RuleFor(x => x.From).PartialDate();
        RuleFor(x => x.To).PartialDate().NotBefore(x => x.From, "from");
    }
}
