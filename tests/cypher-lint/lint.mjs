#!/usr/bin/env node
// Offline Cypher linter harness for GeoGraph tests.
//
// Input  (stdin, UTF-8): a JSON array of Cypher statement strings.
// Output (stdout):       a JSON array, one entry per input statement:
//   { "index": i, "statementCount": n, "diagnostics": [ { "severity", "message", "offsets", "range", ... } ] }
// Exit code: 0 whenever linting ran (diagnostics or not); 2 for bad input; 3 if the
// linter itself looks broken (self-check failed) or crashed.
//
// See README.md for details.
import { readFileSync } from 'node:fs';
import {
  lintCypherQuery,
  parseStatementsStrs,
  testData,
} from '@neo4j-cypher/language-support';

// Procedures/functions whose names start with these prefixes come from plugins (APOC, GDS)
// that GeoGraph's Neo4j does not have; leave them out so calling them is flagged.
const PLUGIN_PREFIXES = ['apoc.', 'gds.'];

const SEVERITY = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

function withoutPlugins(scopedRegistry) {
  const result = {};
  for (const [version, registry] of Object.entries(scopedRegistry ?? {})) {
    result[version] = Object.fromEntries(
      Object.entries(registry).filter(([name]) => !PLUGIN_PREFIXES.some((p) => name.startsWith(p))),
    );
  }
  return result;
}

// The package ships a snapshot of a real Neo4j 5 / 2025 server's procedure and function
// catalogue (for Cypher 5 and Cypher 25) as `testData.mockSchema`. Only the catalogue is
// used: no labels / relationship types / property keys (so unknown labels are not warned
// about) and no parameters (so every $param is reported as "not defined"; callers filter).
function buildDbSchema() {
  const mock = testData?.mockSchema;
  if (!mock?.functions || !mock?.procedures) {
    throw new Error('testData.mockSchema.functions/procedures missing from @neo4j-cypher/language-support');
  }
  return {
    functions: withoutPlugins(mock.functions),
    procedures: withoutPlugins(mock.procedures),
  };
}

function toDiagnostic(d) {
  const out = {
    severity: SEVERITY[d.severity] ?? String(d.severity),
    message: d.message,
    offsets: d.offsets,
    range: d.range,
  };
  if (d.tags?.includes(2)) out.deprecated = true;
  return out;
}

function harnessDiagnostic(statement, message) {
  const lines = statement.split('\n');
  return {
    severity: 'error',
    source: 'cypher-lint-harness',
    message,
    offsets: { start: 0, end: statement.length },
    range: {
      start: { line: 0, character: 0 },
      end: { line: lines.length - 1, character: lines[lines.length - 1].length },
    },
  };
}

// The semantic analysis counts characters outside the BMP (emoji, etc.: surrogate pairs in
// UTF-16) as one position where the rest of the package counts two. Its offsets then drift, and
// some of its errors are dropped without a word ("RETURN '😀' AS x, m" reports nothing). Replace
// each such pair with two U+FFFD before linting. The UTF-16 length stays the same, so offsets
// still index into the original string. Inside string literals, comments and backticked names
// nothing changes; in bare code both characters are invalid anyway.
function sanitize(statement) {
  return statement.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '\uFFFD\uFFFD');
}

function lintOne(original, dbSchema) {
  const statement = sanitize(original);
  // Every driver call sends exactly one statement; Neo4j rejects "A; B" in one run.
  const statementCount = parseStatementsStrs(statement).length;
  const { diagnostics } = lintCypherQuery(statement, dbSchema, { consoleCommandsEnabled: false });
  const result = diagnostics.map(toDiagnostic);
  if (statementCount !== 1) {
    result.push(
      harnessDiagnostic(statement, `Expected exactly one Cypher statement in the string but found ${statementCount}.`),
    );
  }
  return { statementCount, diagnostics: result };
}

// The semantic analysis (Neo4j's front end compiled to JS) swallows its own exceptions and
// then reports nothing. Make sure it is really running, so a broken install cannot pass
// every statement silently.
function selfCheck(dbSchema) {
  const checks = [
    ['MATCH (n) RETURN m', 'Variable `m` not defined'],
    ["RETURN '😀' AS x, m", 'Variable `m` not defined'],
    ['CALL db.index.fulltext.queryNodez("x", "y")', 'Procedure db.index.fulltext.queryNodez is not present'],
  ];
  for (const [query, expected] of checks) {
    const { diagnostics } = lintOne(query, dbSchema);
    if (!diagnostics.some((d) => d.message.includes(expected))) {
      throw new Error(`linter self-check failed: "${query}" did not report "${expected}"`);
    }
  }
}

function fail(code, message) {
  process.stderr.write(`cypher-lint: ${message}\n`);
  process.exitCode = code;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function readInput() {
  const path = process.argv[2];
  let text = path ? readFileSync(path, 'utf8') : await readStdin();
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let input;
  try {
    input = JSON.parse(text);
  } catch (e) {
    throw new InputError(`input is not valid JSON: ${e.message}`);
  }
  if (!Array.isArray(input)) throw new InputError('input must be a JSON array of strings');
  input.forEach((s, i) => {
    if (typeof s !== 'string') throw new InputError(`input[${i}] is not a string`);
  });
  return input;
}

class InputError extends Error {}

async function main() {
  let statements;
  try {
    statements = await readInput();
  } catch (e) {
    return fail(2, e instanceof InputError ? e.message : `cannot read input: ${e.message}`);
  }

  // Lint each distinct statement once. (Worker threads were tried: on the 2-core machines
  // used here they did not shorten the run and tripled the memory.)
  const unique = [...new Set(statements)];
  let results;
  try {
    const dbSchema = buildDbSchema();
    selfCheck(dbSchema);
    results = unique.map((s) => lintOne(s, dbSchema));
  } catch (e) {
    return fail(3, e.stack ?? String(e));
  }

  const byStatement = new Map(unique.map((s, i) => [s, results[i]]));
  const output = statements.map((s, index) => ({ index, ...byStatement.get(s) }));
  process.stdout.write(JSON.stringify(output) + '\n');
  process.exitCode = 0;
}

await main();
