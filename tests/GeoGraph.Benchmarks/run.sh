#!/usr/bin/env bash
# The whole benchmark run on this machine, bounded in time (about 10 minutes on 2 cores):
#   1. build the CLI, the API and the benchmarks in Release;
#   2. generate synthetic graphs of 10k, 100k and 1M relations (ten per actor) with the CLI, timing the load;
#   3. for each: start the API on that database (loopback only), time its start until a graph query answers,
#      run the HTTP scenarios (neighborhood1, neighborhood2, paths) with the load tool, record the service's RSS, stop it;
#      on the largest, then run the live-write modes: after-write, and mixed (reads under paced writes) per read scenario;
#   4. profile one query of each kind per phase on the largest graph;
#   5. run the BenchmarkDotNet suites (seed graph: every query; generated graphs: traversals) with a short job;
#   6. write the figures, with the machine they ran on, between the markers of docs/benchmarks.md.
# Settings (environment): BENCH_SIZES="10000 100000 1000000", BENCH_SECONDS=20, BENCH_CONNECTIONS=16,
# BENCH_PORT=5180, BENCH_WORK=/tmp/geograph-bench (databases and logs), BENCH_SKIP_BDN=1 to skip step 5,
# BENCH_DOCS=docs/benchmarks.md (where the results go).
# Live writes: BENCH_LIVE_SECONDS=60 (per mixed run), BENCH_WRITES=50 (writes/s), BENCH_REPEATS=50 (after-write),
# BENCH_LIVE_SCENARIOS="neighborhood1 mix paths", BENCH_API_KEY (the admin key the service gets and the writer sends; a random one by default; rate limits are off for the run).
# BENCH_ONLY=live BENCH_DB=/tmp/g.db runs only the live-write step on an existing database (made by the CLI's generate;
# BENCH_ACTORS=100000 is its number of actors, BENCH_LABEL names it) and rewrites only the live-write results.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

sizes=${BENCH_SIZES:-"10000 100000 1000000"}
seconds=${BENCH_SECONDS:-20}
connections=${BENCH_CONNECTIONS:-16}
port=${BENCH_PORT:-5180}
work=${BENCH_WORK:-/tmp/geograph-bench}
only=${BENCH_ONLY:-}
live_seconds=${BENCH_LIVE_SECONDS:-60}
writes=${BENCH_WRITES:-50}
repeats=${BENCH_REPEATS:-50}
live_scenarios=${BENCH_LIVE_SCENARIOS:-"neighborhood1 mix paths"}
# Writes need a key, and load must not meet the rate limiter: the service gets a throwaway admin key for the run.
admin_key=${BENCH_API_KEY:-bench-$(head -c 24 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')}
key_args=(--api-key "$admin_key")
export Auth__AdminKey="$admin_key" RateLimiting__Enabled=false
url="http://127.0.0.1:$port"
docs=${BENCH_DOCS:-"$root/docs/benchmarks.md"}
# The builds are copied here and run from here, so a rebuild in the work tree during the run changes nothing.
bin="$work/bin"
cli="$bin/cli/GeoGraph.Cli.dll"
api="$bin/api/GeoGraph.Api.dll"
bench="$bin/bench/GeoGraph.Benchmarks.dll"

if [[ -n "$only" && "$only" != "live" ]]; then
  echo "BENCH_ONLY must be 'live' (or unset for the whole run)" >&2
  exit 2
fi
if [[ "$only" == "live" && ! -f "${BENCH_DB:-}" ]]; then
  echo "BENCH_ONLY=live needs BENCH_DB, a database made by the CLI's generate (e.g. $work/graph-1000000.db)" >&2
  exit 2
fi
mkdir -p "$work"
if [[ "$only" == "live" ]]; then
  rm -f "$work"/live*.md "$work"/api-live.log
else
  rm -rf "$work"/*.md "$work"/*.log "$work/bdn"
fi
started=$(date +%s)
api_pid=""
stop_api() {
  if [[ -n "$api_pid" ]] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
  fi
  api_pid=""
}
trap stop_api EXIT

# Starts the API (Release build, as deployed: Production, its appsettings.json beside it) on a database; extra
# arguments are environment settings. Sets api_pid and start_s: from launch until a graph query
# (/api/graph/stats) answers, which includes building the topology.
start_api() {
  local db=$1 log=$2
  shift 2
  local launched
  launched=$(date +%s.%N)
  (cd "$bin/api" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "$@" \
    dotnet "$api" --urls "$url" --Store:Sqlite:Path="$db" --Store:Seed=false) > "$log" 2>&1 &
  api_pid=$!
  for _ in $(seq 1 480); do
    curl -fs -o /dev/null "$url/api/graph/stats" 2>/dev/null && break
    kill -0 "$api_pid" 2>/dev/null || break
    sleep 0.25
  done
  kill -0 "$api_pid" 2>/dev/null || { cat "$log"; exit 1; }
  curl -fs -o /dev/null "$url/api/graph/stats"
  start_s=$(awk -v a="$launched" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
}

# The live-write modes on the running service: the first query after one write on the idle service, then
# reads under paced writes, once per read scenario. Rows go to $work/live-*.md.
run_live() {
  local label=$1 actors=$2
  live_load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "== after-write on $label"
  dotnet "$bench" after-write --url "$url" --repeats "$repeats" --actors "$actors" --label "$label" "${key_args[@]}" \
    --out "$work/live-after-write.md"
  for scenario in $live_scenarios; do
    echo "== mixed: $scenario with $writes writes/s on $label"
    dotnet "$bench" mixed --url "$url" --scenario "$scenario" --seconds "$live_seconds" --connections "$connections" \
      --writes-per-second "$writes" --actors "$actors" --pid "$api_pid" --label "$label" "${key_args[@]}" \
      --out "$work/live-mixed.md" --routes-out "$work/live-routes.md"
  done
  live_load_after=$(cut -d' ' -f1-3 /proc/loadavg)
}

# Where the figures ran: the machine, the toolchain, and the code measured.
describe_machine() {
  echo "date:     $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu:      $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), nproc $(nproc)"
  echo "memory:   $(free -g | awk '/^Mem:/ { print $2 " GiB total, " $7 " GiB available" }')"
  echo "os:       $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "dotnet:   $(dotnet --version)"
  echo "code:     commit $revision; uncommitted changes measured: ${changed:-none}"
}

# Replaces the lines from <!-- NAME:start to <!-- NAME:end --> in the docs with the file $2 (which holds both markers);
# a docs file without them gets the file appended under the heading $3.
write_block() {
  local name=$1 block=$2 heading=$3
  if [[ -f "$docs" ]] && grep -q "<!-- $name:start" "$docs"; then
    awk -v block="$block" -v start="<!-- $name:start" -v end="<!-- $name:end -->" '
      index($0, start) { while ((getline line < block) > 0) print line; skipping = 1; next }
      index($0, end) { skipping = 0; next }
      !skipping { print }' "$docs" > "$docs.tmp" && mv "$docs.tmp" "$docs"
  else
    mkdir -p "$(dirname "$docs")"
    [[ -f "$docs" ]] || { echo "# Benchmarks"; echo; } > "$docs"
    { echo "## $heading"; echo; cat "$block"; } >> "$docs"
  fi
}

# The live-write results, with the machine they ran on, between the live markers of the docs.
write_live_results() {
  local measured=$1
  {
    echo "<!-- live:start (written by tests/GeoGraph.Benchmarks/run.sh; do not edit by hand) -->"
    echo
    echo "### Machine and run (live writes)"
    echo
    echo '```'
    describe_machine
    echo "settings: $measured; after-write $repeats repeats; mixed $live_seconds s per read scenario ($live_scenarios) after 3 s of reads alone, $connections readers, $writes writes/s; load average before / after: $live_load_before / $live_load_after"
    echo '```'
    echo
    if [[ -f "$work/live-reads.md" ]]; then
      echo "### Reads alone, before any write ($connections connections, $seconds s each)"
      echo
      cat "$work/live-reads.md"
      echo
    fi
    echo "### First 1-hop query after one write (idle service, one request at a time)"
    echo
    cat "$work/live-after-write.md"
    echo
    echo "### Reads under live writes: summary"
    echo
    cat "$work/live-mixed.md"
    echo
    echo "### Reads under live writes: every route (the writer's after the readers')"
    echo
    cat "$work/live-routes.md"
    echo
    echo "<!-- live:end -->"
  } > "$work/live.md"
  write_block live "$work/live.md" "Live writes"
}

rss_mib() { awk -v f="$2:" '$1 == f { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
field() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" "$1" | tail -1; }

echo "== build (Release)"
for project in src/GeoGraph.Cli src/GeoGraph.Api tests/GeoGraph.Benchmarks; do
  dotnet build -c Release "$project" -nologo -v quiet -clp:ErrorsOnly
done
rm -rf "$bin"
mkdir -p "$bin"
cp -r src/GeoGraph.Cli/bin/Release/net10.0 "$bin/cli"
cp -r src/GeoGraph.Api/bin/Release/net10.0 "$bin/api"
cp -r tests/GeoGraph.Benchmarks/bin/Release/net10.0 "$bin/bench"
# What was measured: the commit, and any uncommitted change to the code on the measured paths.
revision="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
changed="$(git status --porcelain -- src/GeoGraph.Store.Sqlite src/GeoGraph.Core src/GeoGraph.Api 2>/dev/null | awk '{ print $2 }' | tr '\n' ' ')"

if [[ "$only" == "live" ]]; then
  if curl -s -m 2 -o /dev/null "$url/"; then
    echo "something already listens on $url: set BENCH_PORT to a free port" >&2
    exit 1
  fi
  echo "== service on $BENCH_DB (live writes only)"
  start_api "$BENCH_DB" "$work/api-live.log"
  # Reads alone first, on the same service: the figures the reads under writes compare with.
  for scenario in neighborhood1 neighborhood2 paths; do
    dotnet "$bench" http --url "$url" --scenario "$scenario" --seconds "$seconds" --connections "$connections" \
      --warmup-seconds 3 --actors "${BENCH_ACTORS:-100000}" --pid "$api_pid" --label "${BENCH_LABEL:-$(basename "$BENCH_DB" .db)}" --out "$work/live-reads.md"
  done
  run_live "${BENCH_LABEL:-$(basename "$BENCH_DB" .db)}" "${BENCH_ACTORS:-100000}"
  stop_api
  write_live_results "$BENCH_DB"
  echo "== done in $(( $(date +%s) - started )) s; live-write results in $docs (raw logs in $work)"
  exit 0
fi

largest=$(echo "$sizes" | tr ' ' '\n' | sort -n | tail -1)
largest_actors=$(( largest / 10 > 1000 ? largest / 10 : 1000 ))
generate_rows=""
service_rows=""

for relations in $sizes; do
  actors=$(( relations / 10 > 1000 ? relations / 10 : 1000 ))
  db="$work/graph-$relations.db"
  label="$(( relations / 1000 ))k relations"
  echo "== generate $relations relations, $actors actors"
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -f "peak_rss_kib=%M" dotnet "$cli" generate --relations "$relations" --actors "$actors" --seed 42 --db "$db" --force --verbose \
    > "$work/generate-$relations.log" 2>&1
  cat "$work/generate-$relations.log"
  log="$work/generate-$relations.log"
  generate_rows+="| $label | $(field "$log" nodes) | $(field "$log" load_s) | $(field "$log" upsert_s) | $(field "$log" topology_s) | $(field "$log" db_mib) | $(( $(field "$log" peak_rss_kib) / 1024 )) | $load_before / $(cut -d' ' -f1-3 /proc/loadavg) |"$'\n'

  echo "== service on $db"
  if curl -s -m 2 -o /dev/null "$url/"; then
    echo "something already listens on $url: set BENCH_PORT to a free port" >&2
    exit 1
  fi
  start_api "$db" "$work/api-$relations.log"
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  idle_rss=$(rss_mib "$api_pid" VmRSS)
  first=$(curl -fs -o /dev/null -w '%{time_total}' "$url/api/graph/stats")
  loaded_rss=$(rss_mib "$api_pid" VmRSS)
  curl -fs -o /dev/null "$url/api/graph/neighborhood/planted-hub?depth=2"
  scenarios="neighborhood1 neighborhood2 paths"
  [[ "$relations" == "$largest" ]] && scenarios="baseline $scenarios"
  for scenario in $scenarios; do
    dotnet "$bench" http --url "$url" --scenario "$scenario" --seconds "$seconds" --connections "$connections" \
      --warmup-seconds 3 --actors "$actors" --pid "$api_pid" --label "$label" --out "$work/http.md"
  done
  if [[ "$relations" == "$largest" ]]; then
    # The same queries one at a time: latency without queueing behind other requests.
    for scenario in neighborhood2 paths; do
      dotnet "$bench" http --url "$url" --scenario "$scenario" --seconds 10 --connections 1 \
        --warmup-seconds 2 --actors "$actors" --pid "$api_pid" --label "$label" --out "$work/http.md"
    done
  fi
  peak_rss=$(rss_mib "$api_pid" VmHWM)
  service_rows+="| $label | $start_s | $first | $idle_rss | $loaded_rss | $peak_rss | $load_before / $(cut -d' ' -f1-3 /proc/loadavg) |"$'\n'
  # After the read figures are taken: the writer leaves the graph as it found it, but not the service's memory.
  if [[ "$relations" == "$largest" ]]; then
    run_live "$label" "$actors"
  fi
  stop_api
done

# Memory experiment on the largest graph: the same service with workstation GC (the web SDK defaults to server GC).
echo "== service on graph-$largest.db with DOTNET_gcServer=0"
start_api "$work/graph-$largest.db" "$work/api-$largest-workstation-gc.log" DOTNET_gcServer=0
gc_idle=$(rss_mib "$api_pid" VmRSS)
dotnet "$bench" http --url "$url" --scenario neighborhood2 --seconds 10 --connections "$connections" \
  --warmup-seconds 2 --actors "$largest_actors" --pid "$api_pid" --label "$(( largest / 1000 ))k relations, DOTNET_gcServer=0" --out "$work/http.md"
service_rows+="| $(( largest / 1000 ))k relations, DOTNET_gcServer=0 | $start_s | - | $gc_idle | - | $(rss_mib "$api_pid" VmHWM) | $(cut -d' ' -f1-3 /proc/loadavg) |"$'\n'
stop_api

echo "== profile on $largest relations"
dotnet "$bench" profile --db "$work/graph-$largest.db" --actors "$largest_actors" --samples 400 | tee "$work/profile.log"

if [[ "${BENCH_SKIP_BDN:-0}" != "1" ]]; then
  echo "== BenchmarkDotNet (short in-process job)"
  GEOGRAPH_BENCH_DBS="$work" dotnet "$bench" --filter '*SeedQueryBenchmarks*' '*GeneratedGraphBenchmarks*' \
    --artifacts "$work/bdn" > "$work/bdn.log" 2>&1 || { tail -50 "$work/bdn.log"; exit 1; }
fi
elapsed=$(( $(date +%s) - started ))

{
  echo "<!-- results:start (written by tests/GeoGraph.Benchmarks/run.sh; do not edit by hand) -->"
  echo
  echo "### Machine and run"
  echo
  echo '```'
  describe_machine
  echo "settings: sizes $sizes; HTTP $seconds s per scenario after 3 s warm-up, $connections connections; run took $elapsed s"
  echo '```'
  echo
  echo "### Load (CLI \`generate\`: nodes first, then relations, UpsertAsync per batch of 50,000)"
  echo
  echo "| Graph | Nodes | Load s (total) | of which UpsertAsync s | Topology build s | Database MiB | CLI peak RSS MiB | Load average before / after |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s' "$generate_rows"
  echo
  echo "### Service (Release build, loopback; RSS from /proc/PID/status)"
  echo
  echo "| Graph | Start until a graph query answers s (includes topology build) | Next /api/graph/stats s | RSS after start MiB | RSS after first query MiB | Peak RSS (VmHWM) MiB | Load average before / after the HTTP runs |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  printf '%s' "$service_rows"
  echo
  echo "### HTTP load (closed loop; the load tool runs on the same 2 cores as the service)"
  echo
  cat "$work/http.md"
  echo
  echo "### Query phases on the $(( largest / 1000 ))k graph (single-threaded, Stopwatch per phase, 400 random actors)"
  echo
  echo '```'
  cat "$work/profile.log"
  echo '```'
  if [[ -d "$work/bdn/results" ]]; then
    for report in "$work"/bdn/results/*-report-github.md; do
      echo
      echo "### BenchmarkDotNet: $(basename "$report" -report-github.md | sed 's/.*\.//')"
      echo
      cat "$report"
    done
  fi
  echo
  echo "<!-- results:end -->"
} > "$work/results.md"

write_block results "$work/results.md" "Results"
write_live_results "$work/graph-$largest.db ($(( largest / 1000 ))k relations)"
echo "== done in $elapsed s; results in $docs (raw logs in $work)"
