using GeoGraph.Core;
using GeoGraph.Core.Graph;
using GeoGraph.Core.Model;

namespace GeoGraph.Store.Neo4j;

/// <summary>
/// Every Cypher statement the Neo4j store sends. Values always travel as parameters; the only words put into a
/// statement are node labels and relationship types, and only after they are checked against the
/// <see cref="Vocabulary"/> (or come from the <see cref="NodeCategory"/> enum). <see cref="All"/> lists every
/// variant, so tests can run each through Neo4j's own Cypher front end.
/// </summary>
/// <remarks>
/// Layout (shared with the seed script, see <see cref="Layout.GraphProperties"/>): a node is
/// <c>(:Node:&lt;Category&gt;:&lt;Kind&gt;)</c> with its fields as properties; a relation is a relationship of its
/// vocabulary type; a source is <c>(:Source)</c>. The store adds properties of its own, all starting with an
/// underscore so no structured property can shadow them: <c>_sortKey</c> (list order), <c>_dateStart</c> and
/// <c>_dateEnd</c> (the dated period, ISO strings that compare as text), <c>_names</c> (folded name and aliases)
/// and <c>_searchName</c>, <c>_searchAliases</c>, <c>_searchTitle</c>, <c>_searchBody</c> (folded text for the
/// full-text index), <c>_version</c> (the record's <see cref="RecordVersion"/>, for If-Match) and <c>_lock</c> (set and removed at
/// once, only to take a write lock).
/// </remarks>
public static class Neo4jStatements
{
    public const string SearchIndex = "node_search";

    public const string RelationIdIndex = "relation_ids";

    /// <summary>Node and source ids are unique; the seed script makes these too (<see cref="Layout.SeedCypherWriter"/>).</summary>
    public static IReadOnlyList<string> IdConstraints { get; } =
    [
        "CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
        "CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE",
    ];

    /// <summary>
    /// Constraints and indexes, each made only when missing. Neo4j's range indexes and constraints on relationships
    /// are per type: relation ids are unique per type by constraint, and found across all types through the
    /// <c>relation_ids</c> full-text index (keyword analyzer: one term per id).
    /// </summary>
    public static IReadOnlyList<string> Schema { get; } =
    [
        .. IdConstraints,
        .. Vocabulary.RelationTypes.Keys.Select(type =>
            $"CREATE CONSTRAINT relation_id_{type.ToLowerInvariant()} IF NOT EXISTS FOR ()-[r:{Type(type)}]-() REQUIRE r.id IS UNIQUE"),
        .. Enum.GetValues<NodeCategory>().Select(category =>
            $"CREATE INDEX {category.ToString().ToLowerInvariant()}_page IF NOT EXISTS FOR (n:{category}) ON (n._sortKey, n.id)"),
        "CREATE INDEX node_date_start IF NOT EXISTS FOR (n:Node) ON (n._dateStart)",
        "CREATE INDEX node_date_end IF NOT EXISTS FOR (n:Node) ON (n._dateEnd)",
        "CREATE INDEX node_source IF NOT EXISTS FOR (n:Node) ON (n.sourceId)",
        $"CREATE FULLTEXT INDEX {SearchIndex} IF NOT EXISTS FOR (n:Node) ON EACH [n._searchName, n._searchAliases, n._searchTitle, n._searchBody] " +
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false}}",
        RelationIdIndexCreate,
    ];

    /// <summary>
    /// The indexes not yet online, polled in short reads until none is left: <c>db.awaitIndexes</c> would hold one
    /// transaction open for the whole wait, past the server's <c>db.transaction.timeout</c> on a large graph.
    /// </summary>
    public const string IndexesNotOnline =
        "SHOW INDEXES YIELD name, state, populationPercent WHERE state <> 'ONLINE' RETURN name, state, populationPercent";

    /// <summary>
    /// The relation id index covers the vocabulary's types as they were when it was made: when they change,
    /// <see cref="RelationIdIndexTypes"/> tells, and the store drops the index (<see cref="RelationIdIndexDrop"/>) before
    /// the schema statements make it again.
    /// </summary>
    public const string RelationIdIndexTypes =
        $"SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name = '{RelationIdIndex}' RETURN labelsOrTypes AS types";

    public const string RelationIdIndexDrop = $"DROP INDEX {RelationIdIndex} IF EXISTS";

    private static string RelationIdIndexCreate =>
        $"CREATE FULLTEXT INDEX {RelationIdIndex} IF NOT EXISTS FOR ()-[r:{string.Join('|', Vocabulary.RelationTypes.Keys.Select(Type))}]-() ON EACH [r.id] " +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword', `fulltext.eventually_consistent`: false}}";

    /// <summary>Nodes written by someone else (the seed script through cypher-shell) lack the store's own fields: a page of them.</summary>
    public const string NodesToAdopt = "MATCH (n:Node) WHERE n._sortKey IS NULL RETURN properties(n) AS node LIMIT $limit";

    /// <summary>Adds the store's own fields to nodes. <c>$rows</c>: <c>[{id, props}]</c>.</summary>
    public const string AdoptNodes = "UNWIND $rows AS row MATCH (n:Node {id: row.id}) SET n += row.props";

    /// <summary>Gives dated relations written by someone else their period, from the date fields the seed layout keeps.</summary>
    public const string AdoptRelations =
        "MATCH (:Node)-[r]->(:Node) WHERE r._dateStart IS NULL AND (r.date IS NOT NULL OR r.validFrom IS NOT NULL OR r.validTo IS NOT NULL) " +
        "SET r._dateStart = CASE WHEN r.date IS NOT NULL THEN r.dateStart ELSE coalesce(r.validFromStart, '0001-01-01') END, " +
        "r._dateEnd = CASE WHEN r.date IS NOT NULL THEN r.dateEnd ELSE coalesce(r.validToEnd, '9999-12-31') END";

    public const string Ping = "RETURN 1 AS ready";

    public const string AnyNode = "MATCH (n:Node) RETURN n.id AS id LIMIT 1";

    public const string GetNode = "MATCH (n:Node {id: $id}) RETURN properties(n) AS node";

    public const string GetNodes = "UNWIND $ids AS id MATCH (n:Node {id: id}) RETURN properties(n) AS node";

    /// <summary>
    /// One page of a category in (sort key, id) order, from the category's (_sortKey, id) index. With
    /// <paramref name="involved"/> the page starts from the nodes next to <c>$involved</c>. Parameters: <c>$afterKey</c>,
    /// <c>$afterId</c> (empty strings for the first page), <c>$kinds</c> (empty: all), <c>$name</c>, <c>$from</c>,
    /// <c>$to</c> (null: no filter), <c>$limit</c>.
    /// </summary>
    public static string ListNodes(NodeCategory category, bool involved) =>
        (involved
            ? $"MATCH (:Node {{id: $involved}})--(n:{Category(category)}) WITH DISTINCT n "
            : $"MATCH (n:{Category(category)}) ") +
        "WHERE n._sortKey >= $afterKey AND n.id IS NOT NULL AND (n._sortKey > $afterKey OR n.id > $afterId) " +
        "AND (size($kinds) = 0 OR n.kind IN $kinds) " +
        "AND ($name IS NULL OR n._names CONTAINS $name) " +
        "AND ($from IS NULL OR n._dateEnd >= $from) " +
        "AND ($to IS NULL OR n._dateStart <= $to) " +
        "RETURN properties(n) AS node, n._sortKey AS sortKey ORDER BY n._sortKey, n.id LIMIT $limit";

    /// <summary>Creates a node unless its id is taken or its source is unknown; says which, if either.</summary>
    public static string CreateNode(string kind) =>
        "OPTIONAL MATCH (existing:Node {id: $id}) " +
        "OPTIONAL MATCH (source:Source {id: $sourceId}) " +
        "WITH existing, source " +
        "FOREACH (_ IN CASE WHEN existing IS NULL AND source IS NOT NULL THEN [1] ELSE [] END | " +
        $"CREATE (n:{NodeLabels(kind)}) SET n = $props) " +
        "RETURN existing IS NOT NULL AS duplicate, source IS NULL AS missingSource";

    /// <summary>
    /// Replaces a node of the same category (no row when there is none), moving it to the new kind's label, if its
    /// <c>_version</c> is in <c>$versions</c> (null: any); <c>matches</c> says whether it was.
    /// </summary>
    public static string ReplaceNode(string kind)
    {
        var category = Vocabulary.CategoryOf(Kind(kind));
        var otherKinds = Vocabulary.KindsOf(category).Where(other => other != kind).ToList();
        return $"MATCH (n:Node:{Category(category)} {{id: $id}}) " +
            $"{LockThenMatch("n")} " +
            "OPTIONAL MATCH (source:Source {id: $sourceId}) " +
            "WITH n, source, matches " +
            "FOREACH (_ IN CASE WHEN matches AND source IS NOT NULL THEN [1] ELSE [] END | " +
            $"SET n = $props{(otherKinds.Count > 0 ? $" REMOVE n:{string.Join(':', otherKinds.Select(Kind))}" : "")} SET n:{Kind(kind)}) " +
            "RETURN source IS NULL AS missingSource, matches";
    }

    /// <summary>
    /// Deletes a node of the category unless it has relations and <c>$cascade</c> is false, or its <c>_version</c> is not in
    /// <c>$versions</c> (null: any); no row when there is no such node.
    /// </summary>
    public static string DeleteNode(NodeCategory category) =>
        $"MATCH (n:Node:{Category(category)} {{id: $id}}) " +
        $"{LockThenMatch("n")} " +
        "WITH n, matches, EXISTS { (n)--() } AS hasRelations " +
        "FOREACH (_ IN CASE WHEN matches AND ($cascade OR NOT hasRelations) THEN [1] ELSE [] END | DETACH DELETE n) " +
        "RETURN hasRelations, matches";

    /// <summary>
    /// Takes the write lock of <paramref name="entity"/> before reading its <c>_version</c>: Neo4j reads committed data, so
    /// without the lock two racing writers could both pass the check. Then <c>matches</c>: the version is in <c>$versions</c>
    /// (null: no condition).
    /// </summary>
    private static string LockThenMatch(string entity) =>
        $"SET {entity}._lock = true REMOVE {entity}._lock " +
        $"WITH {entity}, $versions IS NULL OR {entity}._version IN $versions AS matches";

    /// <summary>
    /// The relations with these ids, through the <c>relation_ids</c> full-text index (one index over every type, where
    /// Neo4j's range indexes are per type). <c>$lookups</c>: <c>[{id, query}]</c>, each query the id as an exact Lucene
    /// phrase (see <see cref="Neo4jLucene.Exact"/>); the id is compared again after the lookup.
    /// </summary>
    public const string GetRelations =
        "UNWIND $lookups AS lookup " +
        $"CALL db.index.fulltext.queryRelationships('{RelationIdIndex}', lookup.query) YIELD relationship AS r " +
        "WITH lookup, r WHERE r.id = lookup.id " +
        $"MATCH (a:Node)-[r]->(b:Node) RETURN {RelationMap} AS relation";

    /// <summary>Deletes the relation if its <c>_version</c> is in <c>$versions</c> (null: any): <c>found</c> and <c>deleted</c> count.</summary>
    public static readonly string DeleteRelation =
        $"CALL db.index.fulltext.queryRelationships('{RelationIdIndex}', $query) YIELD relationship AS r " +
        $"WITH r WHERE r.id = $id {LockThenMatch("r")} " +
        "FOREACH (_ IN CASE WHEN matches THEN [1] ELSE [] END | DELETE r) " +
        "RETURN count(*) AS found, sum(CASE WHEN matches THEN 1 ELSE 0 END) AS deleted";

    /// <summary>
    /// One page of relations in id order, of the given types (none: all) when neither end is fixed. With one type,
    /// its id index gives the order; otherwise Neo4j keeps the top <c>$limit</c> of a scan. Parameters: <c>$afterId</c>
    /// (empty for the first page), <c>$dateFrom</c>, <c>$dateTo</c> (null: no filter), <c>$limit</c>.
    /// </summary>
    public static string ListRelations(IReadOnlyCollection<string> types) =>
        $"MATCH (a:Node)-[r{(types.Count == 0 ? "" : ":" + string.Join('|', types.Select(Type)))}]->(b:Node) " +
        $"WHERE r.id > $afterId AND {RelationDateFilter} " +
        $"RETURN {RelationMap} AS relation ORDER BY r.id LIMIT $limit";

    /// <summary>One page of the relations leaving <c>$from</c> and/or reaching <c>$to</c>, in id order. <c>$types</c> empty: all.</summary>
    public static string ListRelationsByEnd(bool from, bool to)
    {
        if (!from && !to)
            throw new ArgumentException("Fix at least one end; use ListRelations otherwise.", nameof(from));
        return $"MATCH (a:Node{(from ? " {id: $from}" : "")})-[r]->(b:Node{(to ? " {id: $to}" : "")}) " +
            $"WHERE r.id > $afterId AND (size($types) = 0 OR type(r) IN $types) AND {RelationDateFilter} " +
            $"RETURN {RelationMap} AS relation ORDER BY r.id LIMIT $limit";
    }

    /// <summary>
    /// Creates a relation unless its id is taken (by a relation of any type) or an end or the source is unknown;
    /// says which. Two writers racing on one id are told apart by the type's uniqueness constraint.
    /// </summary>
    public static string CreateRelation(string type) =>
        "OPTIONAL MATCH (a:Node {id: $from}) " +
        "OPTIONAL MATCH (b:Node {id: $to}) " +
        "OPTIONAL MATCH (source:Source {id: $sourceId}) " +
        $"CALL () {{ CALL db.index.fulltext.queryRelationships('{RelationIdIndex}', $query) YIELD relationship " +
        "WHERE relationship.id = $id RETURN count(relationship) > 0 AS duplicate } " +
        "FOREACH (_ IN CASE WHEN a IS NOT NULL AND b IS NOT NULL AND source IS NOT NULL AND NOT duplicate THEN [1] ELSE [] END | " +
        $"CREATE (a)-[r:{Type(type)}]->(b) SET r = $props) " +
        "RETURN duplicate, a IS NULL AS missingFrom, b IS NULL AS missingTo, source IS NULL AS missingSource";

    /// <summary>
    /// One page of a node's relations with the node at the other end, in (relation id, direction) order: one row of
    /// nulls when none is left, no row when the node does not exist. <c>$afterKey</c>, <c>$afterDirection</c>: the
    /// last relation id and direction shown (empty strings for the first page); <c>$types</c> empty: all.
    /// </summary>
    public static string NodeRelations(Direction direction)
    {
        static string Filter(string name) =>
            $"WHERE (size($types) = 0 OR type(r) IN $types) AND (r.id > $afterKey OR (r.id = $afterKey AND '{name}' > $afterDirection))";
        var branches = new List<string>();
        if (direction is Direction.Out or Direction.Both)
            branches.Add($"MATCH (n)-[r]->(o:Node) {Filter("Out")} RETURN 'Out' AS direction, n AS a, r, o AS b, o");
        if (direction is Direction.In or Direction.Both)
            branches.Add($"MATCH (n)<-[r]-(o:Node) {Filter("In")} RETURN 'In' AS direction, o AS a, r, n AS b, o");
        return "MATCH (n:Node {id: $id}) " +
            $"OPTIONAL CALL (n) {{ {string.Join(" UNION ALL ", branches)} }} " +
            $"RETURN direction, CASE WHEN r IS NULL THEN null ELSE {RelationMap} END AS relation, properties(o) AS other " +
            "ORDER BY r.id, direction LIMIT $limit";
    }

    /// <summary>Full-text search over the folded fields; exact folded name matches first, then score, then id.</summary>
    public const string Search =
        $"CALL db.index.fulltext.queryNodes('{SearchIndex}', $query) YIELD node, score " +
        "RETURN properties(node) AS node, score ORDER BY node._searchName = $folded DESC, score DESC, node.id SKIP $offset LIMIT $limit";

    private const string SourceCounts =
        "RETURN properties(s) AS source, " +
        "COUNT { MATCH (n:Node) WHERE n.sourceId = s.id } AS nodes, " +
        "COUNT { MATCH (:Node)-[r]->(:Node) WHERE r.sourceId = s.id } AS relations";

    /// <summary>One page of sources in id order with their counts. <c>$afterId</c>: empty for the first page.</summary>
    public const string ListSources = "MATCH (s:Source) WHERE s.id > $afterId " + SourceCounts + " ORDER BY s.id LIMIT $limit";

    public const string GetSource = "MATCH (s:Source {id: $id}) " + SourceCounts;

    /// <summary>One page of a source's nodes in id order; no row when the source is unknown.</summary>
    public const string SourceNodes =
        "MATCH (s:Source {id: $id}) " +
        "RETURN COLLECT { MATCH (n:Node) WHERE n.sourceId = s.id AND n.id > $afterId RETURN properties(n) ORDER BY n.id LIMIT $limit } AS items";

    /// <summary>One page of a source's relations in id order; no row when the source is unknown.</summary>
    public const string SourceRelations =
        "MATCH (s:Source {id: $id}) " +
        "RETURN COLLECT { MATCH (a:Node)-[r]->(b:Node) WHERE r.sourceId = s.id AND r.id > $afterId RETURN " + RelationMap + " ORDER BY r.id LIMIT $limit } AS items";

    public const string CreateSource =
        "OPTIONAL MATCH (existing:Source {id: $id}) " +
        "WITH existing " +
        "FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END | CREATE (s:Source) SET s = $props) " +
        "RETURN existing IS NOT NULL AS duplicate";

    /// <summary>Which of these node and source ids exist: the references a bulk write needs from the store.</summary>
    public const string ExistingReferences =
        "RETURN [id IN $nodeIds WHERE EXISTS { MATCH (:Node {id: id}) }] AS nodes, " +
        "[id IN $sourceIds WHERE EXISTS { MATCH (:Source {id: id}) }] AS sources";

    public const string UpsertSources = "UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s = row.props";

    /// <summary>The sources with these ids, as stored: what a bulk write committed in parts keeps to undo a part.</summary>
    public const string GetSources = "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN properties(s) AS source";

    /// <summary>Undoes the creation of sources (their nodes name them by id only).</summary>
    public const string DeleteSources = "UNWIND $ids AS id MATCH (s:Source {id: id}) DELETE s";

    /// <summary>Undoes the creation of nodes, with any relation written to them since.</summary>
    public const string DeleteNodes = "UNWIND $ids AS id MATCH (n:Node {id: id}) DETACH DELETE n";

    /// <summary>Undoes the creation of relations. <c>$lookups</c>: <c>[{id, query}]</c> as for <see cref="GetRelations"/>.</summary>
    public const string DeleteRelations =
        "UNWIND $lookups AS lookup " +
        $"CALL db.index.fulltext.queryRelationships('{RelationIdIndex}', lookup.query) YIELD relationship AS r " +
        "WITH lookup, r WHERE r.id = lookup.id DELETE r";

    /// <summary>Inserts or updates nodes of one kind by id, moving a node that changed kind to its new labels.</summary>
    public static string UpsertNodes(string kind)
    {
        var category = Vocabulary.CategoryOf(Kind(kind));
        var others = Enum.GetValues<NodeCategory>().Where(c => c != category).Select(c => c.ToString())
            .Concat(Vocabulary.NodeKinds.Keys.Where(k => k != kind).Select(Kind));
        return "UNWIND $rows AS row MERGE (n:Node {id: row.id}) SET n = row.props " +
            $"REMOVE n:{string.Join(':', others)} SET n:{Category(category)}:{Kind(kind)}";
    }

    /// <summary>
    /// Deletes the stored relations that share an id with a row but differ in type or ends, so the rows can be merged.
    /// <c>$rows</c>: <c>[{id, query, type, from, to}]</c>.
    /// </summary>
    public const string UpsertRelationsDropChanged =
        "UNWIND $rows AS row " +
        $"CALL db.index.fulltext.queryRelationships('{RelationIdIndex}', row.query) YIELD relationship AS r " +
        "WITH row, r WHERE r.id = row.id " +
        "MATCH (a:Node)-[r]->(b:Node) " +
        "WITH row, a, r, b WHERE type(r) <> row.type OR a.id <> row.from OR b.id <> row.to DELETE r";

    /// <summary>Inserts or updates relations of one type by id.</summary>
    public static string UpsertRelations(string type) =>
        "UNWIND $rows AS row MATCH (a:Node {id: row.from}) MATCH (b:Node {id: row.to}) " +
        $"MERGE (a)-[r:{Type(type)} {{id: row.id}}]->(b) SET r = row.props";

    /// <summary>One page of the topology's nodes in id order, from the id constraint's index.</summary>
    public const string TopologyNodes =
        "MATCH (n:Node) WHERE n.id > $afterId RETURN n.id AS id, n.name AS name, n.kind AS kind ORDER BY n.id LIMIT $limit";

    /// <summary>One page of the topology's edges of one type in id order, from the type's id index.</summary>
    public static string TopologyEdges(string type) =>
        $"MATCH (a:Node)-[r:{Type(type)}]->(b:Node) WHERE r.id > $afterId " +
        "RETURN r.id AS id, a.id AS fromId, b.id AS toId, coalesce(r.date, r.validFrom) AS date, " +
        "r._dateStart AS periodStart, r._dateEnd AS periodEnd, r.stance AS stance ORDER BY r.id LIMIT $limit";

    /// <summary>One page of sources in id order, for a streamed read (export).</summary>
    public const string StreamSources = "MATCH (s:Source) WHERE s.id > $afterId RETURN properties(s) AS item ORDER BY s.id LIMIT $limit";

    /// <summary>One page of nodes in id order, from the id constraint's index.</summary>
    public const string StreamNodes = "MATCH (n:Node) WHERE n.id > $afterId RETURN properties(n) AS item ORDER BY n.id LIMIT $limit";

    /// <summary>One page of one type's relations in id order, from the type's id index; the store merges the types by id.</summary>
    public static string StreamRelations(string type) =>
        $"MATCH (a:Node)-[r:{Type(type)}]->(b:Node) WHERE r.id > $afterId RETURN {RelationMap} AS item ORDER BY r.id LIMIT $limit";

    /// <summary>Every statement variant the store can send, for linting.</summary>
    public static IEnumerable<string> All()
    {
        var categories = Enum.GetValues<NodeCategory>();
        var kinds = Vocabulary.NodeKinds.Keys.ToList();
        var types = Vocabulary.RelationTypes.Keys.ToList();
        return
        [
            .. Schema,
            IndexesNotOnline,
            NodesToAdopt, AdoptNodes, AdoptRelations,
            Ping, AnyNode, GetNode, GetNodes,
            .. categories.SelectMany(category => new[] { ListNodes(category, false), ListNodes(category, true) }),
            .. kinds.Select(CreateNode),
            .. kinds.Select(ReplaceNode),
            .. categories.Select(DeleteNode),
            RelationIdIndexTypes, RelationIdIndexDrop,
            GetRelations, DeleteRelation,
            // Listing by type: no type, every type alone, and several (all of them) together.
            ListRelations([]), ListRelations(types),
            .. types.Select(type => ListRelations([type])),
            ListRelationsByEnd(true, false), ListRelationsByEnd(false, true), ListRelationsByEnd(true, true),
            .. types.Select(CreateRelation),
            .. Enum.GetValues<Direction>().Select(NodeRelations),
            Search, ListSources, GetSource, SourceNodes, SourceRelations, CreateSource,
            ExistingReferences, UpsertSources, GetSources, DeleteSources, DeleteNodes, DeleteRelations,
            .. kinds.Select(UpsertNodes),
            UpsertRelationsDropChanged,
            .. types.Select(UpsertRelations),
            TopologyNodes,
            .. types.Select(TopologyEdges),
            StreamSources, StreamNodes,
            .. types.Select(StreamRelations),
            .. Neo4jApiKeyStatements.All,
        ];
    }

    private const string RelationMap = "{type: type(r), fromId: a.id, toId: b.id, properties: properties(r)}";

    private const string RelationDateFilter = "($dateFrom IS NULL OR r._dateEnd >= $dateFrom) AND ($dateTo IS NULL OR r._dateStart <= $dateTo)";

    private static string NodeLabels(string kind) => $"Node:{Category(Vocabulary.CategoryOf(Kind(kind)))}:{Kind(kind)}";

    // Labels and types cannot be parameters: only vocabulary words reach a statement.
    private static string Kind(string kind) =>
        Vocabulary.IsNodeKind(kind) ? kind : throw new ArgumentException($"'{kind}' is not a node kind of the vocabulary.", nameof(kind));

    internal static string Type(string type) =>
        Vocabulary.IsRelationType(type) ? type : throw new ArgumentException($"'{type}' is not a relation type of the vocabulary.", nameof(type));

    private static string Category(NodeCategory category) =>
        Enum.IsDefined(category) ? category.ToString() : throw new ArgumentOutOfRangeException(nameof(category), category, "Not a node category.");
}
