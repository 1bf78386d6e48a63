namespace GeoGraph.Tests.Cypher;

/// <summary>Statements the read guard must let through, and payloads it must refuse with the clause it names.</summary>
public static class CypherSamples
{
    /// <summary>Legitimate reads; each is also checked against Neo4j's own front end, so none is made up.</summary>
    public static readonly TheoryData<string> Reads =
    [
        "MATCH (n:Node {id: $id})-[r]-(m) RETURN type(r) AS rel, m.name AS other LIMIT 5",
        "MATCH (d:DealDraft)-[:PART_OF]->(:Node {id: 'minerals-deal'}) OPTIONAL MATCH (d)-[:SUPERSEDES]->(old) RETURN d.id, old.id",
        "UNWIND [1, 2, 3] AS x WITH x WHERE x > 1 RETURN collect(x) AS xs",
        "MATCH (n) RETURN n.name AS name UNION ALL MATCH (m) RETURN m.id AS name",
        "MATCH (n) RETURN n.name AS name UNION MATCH (m) RETURN m.id AS name",
        "CALL { MATCH (n) RETURN n LIMIT 1 } RETURN n.id AS id",
        "MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS degree } RETURN n.id, degree",
        "CALL db.labels() YIELD label RETURN label ORDER BY label",
        "CALL db.relationshipTypes() YIELD relationshipType WHERE relationshipType STARTS WITH 'S' RETURN relationshipType",
        "CALL db.propertyKeys()",
        "CALL db.schema.visualization()",
        "MATCH (n) WHERE EXISTS { MATCH (n)-[:SAID]->(s) WHERE s.date >= '2025' } RETURN n.id",
        "MATCH (n) WHERE NOT EXISTS { (n)-[:ACCUSED]->() } RETURN count(*) AS quiet",
        "MATCH (n) RETURN n.id AS id, COUNT { (n)--() } AS degree ORDER BY degree DESC SKIP 1 LIMIT 3",
        "MATCH (n) WITH n, COLLECT { MATCH (n)--(m) RETURN m.name } AS names RETURN n.id, names",
        "MATCH p = shortestPath((a:Node {id: 'scott-bessent'})-[*..6]-(b:Node {id: 'volodymyr-zelensky'})) RETURN length(p) AS hops",
        "MATCH (n) RETURN [x IN n.aliases WHERE x STARTS WITH 'Z' | toUpper(x)] AS aliases",
        "MATCH (n) RETURN CASE WHEN n.kind = 'Person' THEN 'person' ELSE 'other' END AS sort, CASE n.kind WHEN 'State' THEN 1 END AS state",
        "MATCH (n) RETURN n {.name, .kind, create: 1} AS summary",
        "MATCH (n) WHERE n.set IS NOT NULL AND n.delete <> $merge RETURN n.set AS value, n.`create` AS other",
        "MATCH (n:Node) WHERE n.name CONTAINS 'a' OR n.name ENDS WITH 'b' XOR n.kind IN ['State'] RETURN DISTINCT n.kind AS kind",
        "MATCH (n) WHERE n:Person|State RETURN n.id AS id, n.date IS NULL AS undated",
        "MATCH (n) WITH * RETURN count(n) AS nodes;",
        "RETURN {create: 1, merge: 'x', set: [1, 2]} AS map, reduce(total = 0, x IN [1, 2] | total + x) AS sum",
        "MATCH (a)-[:SAID]->{1,3}(b) RETURN b.id AS reached",
        "// who spoke\nMATCH (n)-[:SAID]->(s) /* statements */ RETURN n.id AS speaker, count(s) AS said",
        "match (n) where n.offset > 1 return n.createdAt as created order by created",
    ];

    /// <summary>Payloads that pass as one read statement under a naive check, with the clause each is refused for.</summary>
    public static readonly TheoryData<string, string> Bypasses = new()
    {
        { "MATCH (n) //\rCREATE (m:X) RETURN count(*)", "CREATE" },
        { "MATCH (n) //\r\nMERGE (m:X) RETURN count(*)", "MERGE" },
        { @"RETURN '\u0027 AS a CREATE (m:X) RETURN '\u0027", @"\u escape" },
        { "RETURN \"\\u0022 AS a SET n.x = 1 RETURN \\u0022\"", @"\u escape" },
        { @"MATCH (n) RETURN '\u0027 AS a DETACH DELETE n RETURN '\u0027", @"\u escape" },
        { @"MATCH (n) RETURN n.`\u0060 MERGE (m:X) RETURN m.\u0060`", @"\u escape" },
        { "LOAD\u001CCSV FROM 'http://169.254.169.254/' AS r RETURN r", "LOAD CSV" },
        { "MATCH (n)\u00A0SET n.x = 1 RETURN n", "SET" },
        { "MATCH (n)\u2028DETACH\u3000DELETE n", "DETACH DELETE" },
        { "CALL db.createLabel('X')", "CALL db.createLabel" },
        { "CALL dbms.setConfigValue('db.transaction.timeout', '0')", "CALL dbms.setConfigValue" },
        { "CALL db.labels() YIELD label CALL apoc.load.json('http://10.0.0.1/') YIELD value RETURN value", "CALL apoc.load.json" },
        { "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", "TERMINATE TRANSACTIONS" },
        { "SHOW SETTINGS", "SHOW SETTINGS" },
        { "SHOW TRANSACTIONS", "SHOW TRANSACTIONS" },
        { "INSERT (:X {id: 1})", "INSERT" },
        { "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", "LOAD CSV" },
        { "USE system MATCH (n) RETURN n", "USE" },
        { "CALL { CREATE (m:X) RETURN m } RETURN m", "CREATE" },
        { "CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN 1", "CALL { } IN TRANSACTIONS" },
        { "MATCH (n) CALL (n) { MATCH (n) RETURN n.id AS id } IN TRANSACTIONS OF 10 ROWS RETURN id", "CALL { } IN TRANSACTIONS" },
        { "MATCH (n) WHERE EXISTS { MATCH (n) SET n.x = 1 } RETURN n", "SET" },
        { "MATCH (n) DETACH DELETE n", "DETACH DELETE" },
        { "match (n) remove n:X", "REMOVE" },
        { "MATCH (n) FOREACH (x IN [1] | SET n.x = x)", "FOREACH" },
        { "CREATE INDEX x FOR (n:X) ON (n.id)", "CREATE" },
        { "MATCH (n) FINISH", "FINISH" },
        { "EXPLAIN MATCH (n) RETURN n", "EXPLAIN" },
        { "MATCH (n) RETURN n UNION ALL FILTER n.x > 1", "FILTER" },
        { "OPTIONAL CALL { MATCH (n) RETURN n } RETURN n", "OPTIONAL CALL" },
        { "MATCH (n) RETURN n; MATCH (m) RETURN m", "one statement" },
        { "MATCH (n) RETURN n /* CREATE (m) */ ; /**/ CREATE (m)", "one statement" },
    };
}
