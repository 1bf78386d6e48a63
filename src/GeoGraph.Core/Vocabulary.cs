using GeoGraph.Core.Model;

namespace GeoGraph.Core;

/// <summary>
/// The documented vocabulary of node kinds and relation types. Everything that reaches a store is
/// checked against it, so labels and relation types can be put into Cypher safely.
/// </summary>
public static class Vocabulary
{
    public static IReadOnlyDictionary<string, NodeCategory> NodeKinds { get; } = BuildKinds(
        (NodeCategory.Actor, ["Person", "State", "GovernmentBody", "InternationalOrganization", "Alliance", "Bloc", "Coalition", "Group", "Company", "Fund", "ThinkTank", "MediaOutlet"]),
        (NodeCategory.Event, ["Meeting", "Statement", "DealDraft", "Agreement", "Summit", "PolicyAction", "Report", "Proposal", "Conflict", "MilitaryAction", "Ceremony"]),
        (NodeCategory.Claim, ["FigureClaim", "Assertion"]),
        (NodeCategory.Resource, ["Mineral", "Commodity", "Technology"]),
        (NodeCategory.Place, ["Country", "City", "Region", "Building", "Aircraft", "Site"]));

    /// <summary>Relation types with what they mean (from → to).</summary>
    public static IReadOnlyDictionary<string, string> RelationTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PARTICIPATED_IN"] = "An actor took part in an event (role: host, guest, speaker…).",
        ["SAID"] = "An actor made a statement.",
        ["CLAIMED"] = "An actor or report made a claim.",
        ["ACCUSED"] = "An actor or statement accused an actor.",
        ["THREATENED"] = "An actor or statement threatened an actor.",
        ["PROPOSED"] = "An actor proposed a plan, deal or idea.",
        ["PRESENTED"] = "An actor presented a deal draft or plan.",
        ["REJECTED"] = "An actor rejected a proposal, draft or demand.",
        ["ACCEPTED"] = "An actor accepted a proposal or draft.",
        ["DEMANDED"] = "An actor demanded something (a term, a guarantee).",
        ["SUPERSEDES"] = "A newer draft or plan replaces an older one.",
        ["CONTRADICTS"] = "A claim contradicts another claim.",
        ["CRITICIZED"] = "An actor criticised an actor or action.",
        ["SUPPORTS"] = "An actor supports an actor, position or plan.",
        ["OPPOSES"] = "An actor opposes an actor, position or plan.",
        ["SEEKS"] = "An actor seeks something (membership, guarantees, accession).",
        ["HOLDS_OFFICE_IN"] = "A person holds an office in a state, government body or organisation (role: the office).",
        ["LEADS"] = "A person leads an organisation, body or site.",
        ["MEMBER_OF"] = "An actor is a member of an organisation or bloc.",
        ["ABOUT"] = "A statement, claim, report or event is about a node.",
        ["COVERS"] = "A deal, draft or agreement covers a resource or subject.",
        ["LOCATED_IN"] = "A place, site or resource lies in a place or state.",
        ["OCCURRED_AT"] = "An event happened at a place.",
        ["REPORTED_BY"] = "An event, statement or claim was reported by a media outlet.",
        ["TARGETS"] = "A policy action or threat is aimed at an actor.",
        ["HAS_RESOURCE"] = "A state holds reserves of a resource.",
        ["CONTROLS"] = "An actor controls a place or territory.",
        ["PART_OF"] = "An event or node is part of a larger one.",
        ["FOLLOWED"] = "An event came after, and in consequence of, another event.",
        ["RESULTED_IN"] = "An event produced another event or outcome.",
        ["EXCLUDED_FROM"] = "An actor was, or would be, kept out of an event.",
        ["NEGOTIATES_WITH"] = "An actor negotiates with another actor.",
        ["ESTABLISHES"] = "A deal or agreement sets up a body or fund.",
        ["OVERSEES"] = "A body oversees a fund or process.",
        ["ENABLES"] = "A resource is essential for a technology.",
        ["INITIATED"] = "An actor launched or ordered a policy action or event.",
    };

    public static bool IsNodeKind(string? kind) => kind is not null && NodeKinds.ContainsKey(kind);

    public static bool IsRelationType(string? type) => type is not null && RelationTypes.ContainsKey(type);

    public static NodeCategory CategoryOf(string kind) =>
        NodeKinds.TryGetValue(kind, out var category) ? category : throw new ArgumentException($"Unknown node kind '{kind}'.", nameof(kind));

    public static IReadOnlyList<string> KindsOf(NodeCategory category) =>
        NodeKinds.Where(pair => pair.Value == category).Select(pair => pair.Key).ToList();

    private static Dictionary<string, NodeCategory> BuildKinds(params (NodeCategory Category, string[] Kinds)[] groups) =>
        groups.SelectMany(group => group.Kinds.Select(kind => (kind, group.Category)))
              .ToDictionary(pair => pair.kind, pair => pair.Category, StringComparer.Ordinal);
}
