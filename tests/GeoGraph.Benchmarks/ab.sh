#!/usr/bin/env bash
# Reads alone, before and after: builds the API at another revision (default b3800a3, before the live snapshots) in a
# throwaway worktree, then runs it and the work tree's API one after the other on the same database, loopback only,
# for each scenario, so both meet the same machine load. Usage:
#   bash tests/GeoGraph.Benchmarks/ab.sh DB [ACTORS] [OLD_REV]      (ROUNDS=2 SECONDS_EACH=15 CONNECTIONS=16 PORT=5181)
set -euo pipefail
cd "$(dirname "$0")/../.."
db=$1 actors=${2:-100000} old_rev=${3:-b3800a3}
rounds=${ROUNDS:-2} seconds=${SECONDS_EACH:-15} connections=${CONNECTIONS:-16} port=${PORT:-5181}
old=$(mktemp -d)
trap 'git worktree remove --force "$old" >/dev/null 2>&1 || true' EXIT
git worktree add -q --detach "$old" "$old_rev"
for tree in "$old" .; do
  dotnet build -c Release "$tree/src/GeoGraph.Api" -nologo -v quiet -clp:ErrorsOnly
done
dotnet build -c Release tests/GeoGraph.Benchmarks -nologo -v quiet -clp:ErrorsOnly
bench=tests/GeoGraph.Benchmarks/bin/Release/net10.0/GeoGraph.Benchmarks.dll
export Auth__AdminKey="ab-$(head -c 24 /dev/urandom | base64 | tr -dc 'a-zA-Z0-9')" RateLimiting__Enabled=false
for round in $(seq 1 "$rounds"); do
  for side in before after; do
    [[ $side == before ]] && api="$old/src/GeoGraph.Api/bin/Release/net10.0" || api="src/GeoGraph.Api/bin/Release/net10.0"
    (cd "$api" && exec env ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
      dotnet GeoGraph.Api.dll --urls "http://127.0.0.1:$port" --Store:Sqlite:Path="$db" --Store:Seed=false) > /dev/null 2>&1 &
    pid=$!
    for _ in $(seq 1 480); do curl -fs -o /dev/null "http://127.0.0.1:$port/api/graph/stats" && break; sleep 0.25; done
    for scenario in neighborhood1 neighborhood2 paths; do
      result=$(dotnet "$bench" http --url "http://127.0.0.1:$port" --seconds "$seconds" --warmup-seconds 3 --connections "$connections" \
        --scenario "$scenario" --actors "$actors" --pid "$pid" | grep -E '^latency' | sed 's/; mean.*//')
      echo "round $round, $side ($([[ $side == before ]] && echo "$old_rev" || git rev-parse --short HEAD)), $scenario, load $(cut -d' ' -f1 /proc/loadavg): $result"
    done
    echo "round $round, $side: peak RSS $(awk '/VmHWM/ { printf "%.0f MiB", $2 / 1024 }' "/proc/$pid/status")"
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done
