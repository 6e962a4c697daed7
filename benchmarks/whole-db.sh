#!/usr/bin/env bash
# Whole-database benchmark. Not a test: run on demand, replaces the "Whole-database run" section of BENCHMARKS.md.
#   benchmarks/whole-db.sh [SCALE]     SCALE customers (default 50000 -> 1,000,000 order lines, 1.3M rows in all)
# Environment: ROUNDS (2), WORKERS (4), PARALLEL (2) targets at a time.
# On the same data it ALTERNATES, round by round, (a) one `lsql migrate --plan` of every app_db table and
# (b) the same tables one by one, one `lsql migrate --table T` each, in sequence. Both load by batch into
# moto with the same workers and skip verify (moto's Scan is quadratic; verify is measured by run.sh).
# Every DynamoDB table is dropped after its round. JVMs run with -Xmx256m; peak RSS is recorded.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-50000}
ROUNDS=${ROUNDS:-2}
WORKERS=${WORKERS:-4}
PARALLEL=${PARALLEL:-2}
JAR=target/lsql.jar
OUT=target/benchmark
mkdir -p "$OUT"
mvn -q -B package -DskipTests
WORK=$(mktemp -d /tmp/lsql-wholedb.XXXXXX)
RESULTS=$OUT/whole-db.jsonl
: > "$RESULTS"
SANDBOX_PID=""
cleanup() {
  if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
measure() { /usr/bin/time -f "%e %M" -o "$WORK/time" "$@"; read -r SECS RSS < "$WORK/time"; }
record() {
  echo "{\"step\":\"$1\",\"round\":$2,\"seconds\":$3,\"rss\":$4,\"load1\":$(cut -d' ' -f1 /proc/loadavg)}" >> "$RESULTS"
}
drop_tables() {
  python3 - "$ENDPOINT" <<'PY'
import boto3, sys
c = boto3.client('dynamodb', endpoint_url=sys.argv[1], region_name='us-east-1', aws_access_key_id='sandbox', aws_secret_access_key='sandbox')
for t in c.list_tables()['TableNames']:
    c.delete_table(TableName=t)
PY
}

java -jar "$JAR" sandbox --no-gui --dir "$WORK/sandbox" > "$WORK/sandbox.out" 2> "$WORK/sandbox.err" &
SANDBOX_PID=$!
for _ in $(seq 1 120); do grep -q "Ctrl+C" "$WORK/sandbox.out" 2>/dev/null && break; sleep 1; done
URL=$(grep -o 'jdbc:mysql://[^ ]*' "$WORK/sandbox.out" | head -1)
ENDPOINT=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/sandbox.out" | head -1)
export AWS_ENDPOINT_URL=$ENDPOINT AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox
LSQL=(java -Xmx256m -jar "$JAR")
TABLES=(Customers Products Reps Orders OrderLines)

"${LSQL[@]}" sample load --jdbc-url "$URL" --user root --scale "$SCALE" < /dev/null >&2
"${LSQL[@]}" plan --jdbc-url "$URL" --user root --stage "file://$WORK/unused" --out "$WORK/plan.json" < /dev/null >&2

for round in $(seq 1 "$ROUNDS"); do
  echo "round $round: whole database" >&2
  measure "${LSQL[@]}" migrate --plan "$WORK/plan.json" --user root --stage "file://$WORK/plan-$round" --load batch \
      --workers "$WORKERS" --parallel-targets "$PARALLEL" --skip-verify < /dev/null > "$WORK/plan-$round.out" 2> /dev/null
  record whole "$round" "$SECS" "$RSS"
  drop_tables
  echo "round $round: table by table" >&2
  total=0; peak=0
  for t in "${TABLES[@]}"; do
    measure "${LSQL[@]}" migrate --jdbc-url "$URL" --user root --table "$t" --stage "file://$WORK/one-$round-$t" \
        --load batch --workers "$WORKERS" --skip-verify < /dev/null > /dev/null 2>&1
    total=$(python3 -c "print($total + $SECS)"); peak=$(( RSS > peak ? RSS : peak ))
  done
  record one-by-one "$round" "$total" "$peak"
  drop_tables
done

python3 - "$RESULTS" "$SCALE" "$ROUNDS" "$WORKERS" "$PARALLEL" <<'PY'
import json, sys, statistics, re, pathlib
rows = [json.loads(l) for l in open(sys.argv[1])]
scale, rounds, workers, parallel = sys.argv[2:]
def figs(step):
    xs = [r["seconds"] for r in rows if r["step"] == step]
    return min(xs), statistics.median(xs), max(xs), max(r["rss"] for r in rows if r["step"] == step)
w, o = figs("whole"), figs("one-by-one")
ratios = [a["seconds"] / b["seconds"] for a, b in zip([r for r in rows if r["step"] == "whole"], [r for r in rows if r["step"] == "one-by-one"])]
loads = ", ".join(str(r["load1"]) for r in rows)
section = f"""## Whole-database run

`benchmarks/whole-db.sh {scale}`: app_db at `--scale {scale}` (5 tables), loaded by batch into moto, verify skipped,
{workers} workers; {rounds} rounds, each round one `lsql migrate --plan` (`--parallel-targets {parallel}`) then the same
five tables as five `lsql migrate --table` runs in sequence, every table dropped after its round.

| run | min s | median s | max s | peak RSS MB |
|---|---:|---:|---:|---:|
| whole database, one plan | {w[0]:.1f} | {w[1]:.1f} | {w[2]:.1f} | {w[3]/1024:.0f} |
| table by table (sum of 5 runs) | {o[0]:.1f} | {o[1]:.1f} | {o[2]:.1f} | {o[3]/1024:.0f} |

Whole database / table by table, per round: {", ".join(f"{r:.0%}" for r in ratios)}. Load average at each step: {loads}.
moto serves DynamoDB requests one at a time (ADR 2), so parallel targets gain from overlapping one target's
export with another's load, not from parallel writes; against DynamoDB the loads themselves run in parallel.

"""
p = pathlib.Path("BENCHMARKS.md")
text = p.read_text() if p.exists() else "# Benchmarks\n\n"
if "## Whole-database run" in text:
    text = re.sub(r"## Whole-database run\n.*?(?=\n## |\Z)", section.rstrip() + "\n", text, flags=re.S)
else:
    text = text.rstrip() + "\n\n" + section
p.write_text(text)
print(section)
PY
