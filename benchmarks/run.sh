#!/usr/bin/env bash
# Migration benchmark. Not a test: run on demand, writes BENCHMARKS.md.
#   benchmarks/run.sh [SCALE]     SCALE customers (default 50000 -> 1,000,000 order lines)
# Environment: WORKERS (4) readers/writers, ROUNDS (2) load rounds, REPEAT (3) runs of the quick steps.
# In ONE run, on the same data, it measures: the raw read with the mariadb client, `lsql export` to
# local gzip DynamoDB JSON, chunk planning (one pass vs the former OFFSET per bound), then the
# reference loader (plain SDK calls, same concurrency, same items) and `lsql migrate --load batch`
# ALTERNATED round by round (ref, lsql, ref, lsql, …) so that neither profits from going first or
# from a warmer or emptier moto, each table dropped after its round; last, `lsql verify` of the
# last lsql table. Every figure is reported as min / median / max over its runs. JVMs run with -Xmx256m.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-50000}
WORKERS=${WORKERS:-4}
ROUNDS=${ROUNDS:-2}
REPEAT=${REPEAT:-3}
MANY_CHUNKS=400   # what a 100M-row table is split into (250,000 rows per chunk)
JAR=target/lsql.jar
mvn -q -B package -DskipTests   # always measure the current code
WORK=$(mktemp -d /tmp/lsql-bench.XXXXXX)
RESULTS=$WORK/results.jsonl
SANDBOX_PID=""
cleanup() {
  if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# elapsed seconds and peak RSS (KB) of a command, via GNU time, into $SECS and $RSS
measure() { /usr/bin/time -f "%e %M" -o "$WORK/time" "$@"; read -r SECS RSS < "$WORK/time"; }
# one result line: record STEP SECONDS [RSS_KB] [ITEMS]
record() {
  echo "{\"step\":\"$1\",\"seconds\":$2,\"rss\":${3:-0},\"items\":${4:-0},\"load1\":$(cut -d' ' -f1 /proc/loadavg)}" >> "$RESULTS"
}
drop_table() {
  python3 -c "import boto3,sys; boto3.client('dynamodb', endpoint_url=sys.argv[1], region_name='us-east-1', \
aws_access_key_id='sandbox', aws_secret_access_key='sandbox').delete_table(TableName=sys.argv[2])" "$ENDPOINT" "$1"
}

echo "starting the sandbox in $WORK/sandbox" >&2
java -jar "$JAR" sandbox --no-gui --dir "$WORK/sandbox" > "$WORK/sandbox.out" 2> "$WORK/sandbox.err" &
SANDBOX_PID=$!
for _ in $(seq 1 120); do grep -q "Ctrl+C" "$WORK/sandbox.out" 2>/dev/null && break; sleep 1; done
URL=$(grep -o 'jdbc:mysql://[^ ]*' "$WORK/sandbox.out" | head -1)
PORT=$(echo "$URL" | sed -E 's#.*:([0-9]+)/.*#\1#')
ENDPOINT=$(grep -o 'http://127.0.0.1:[0-9]*' "$WORK/sandbox.out" | head -1)
export AWS_ENDPOINT_URL=$ENDPOINT AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=sandbox AWS_SECRET_ACCESS_KEY=sandbox
CLIENT=$(ls "${XDG_CACHE_HOME:-$HOME/.cache}"/lsql/mariadb-*/bin/mariadb | head -1)
LSQL=(java -Xmx256m -jar "$JAR")

echo "generating $SCALE customers" >&2
"${LSQL[@]}" sample load --jdbc-url "$URL" --user root --scale "$SCALE" < /dev/null >&2
ROWS=$("$CLIENT" -uroot -h127.0.0.1 -P"$PORT" --skip-ssl -N -B -e 'SELECT COUNT(*) FROM app_db.OrderLines')
"$CLIENT" -uroot -h127.0.0.1 -P"$PORT" --skip-ssl -e 'ANALYZE TABLE app_db.OrderLines' > /dev/null

for run in $(seq 1 "$REPEAT"); do
  echo "raw read $run/$REPEAT" >&2
  measure "$CLIENT" -uroot -h127.0.0.1 -P"$PORT" --skip-ssl --quick -B -e \
    'SELECT ord_id, ord_line_id, prod_id, qty, item_price, last_updated FROM app_db.OrderLines' -r --raw > /dev/null
  record raw "$SECS" "$RSS" "$ROWS"
  echo "lsql export $run/$REPEAT" >&2
  measure "${LSQL[@]}" export --jdbc-url "$URL" --user root --table OrderLines --stage "$WORK/export$run" --workers 2 --json \
    < /dev/null > "$WORK/export$run.json"
  record export "$SECS" "$RSS" "$ROWS"
done
SNAPSHOT=$(python3 -c "import json;print(json.load(open('$WORK/export1.json'))['snapshot'])")

echo "chunk planning" >&2
java -Xmx256m -cp "$JAR" benchmarks/PlanChunks.java "$URL" root OrderLines "$WORKERS" "$MANY_CHUNKS" "$REPEAT" > "$WORK/plan.json"

"${LSQL[@]}" design --jdbc-url "$URL" --user root --tables OrderLines --out "$WORK/design" < /dev/null > /dev/null
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round/$ROUNDS: reference loader" >&2
  sed "s/\"TableName\" : \"OrderLines\"/\"TableName\" : \"bench_reference_$round\"/" "$WORK/design/OrderLines.json" > "$WORK/reference.json"
  java -cp "$JAR" benchmarks/CreateTable.java "$ENDPOINT" "$WORK/reference.json"
  measure java -Xmx256m -cp "$JAR" benchmarks/ReferenceLoader.java "$ENDPOINT" "bench_reference_$round" "$WORK/export1/data" \
    "$WORKERS" > "$WORK/reference$round.json"
  read -r ITEMS LOAD_S <<< "$(python3 -c "import json;d=json.load(open('$WORK/reference$round.json'));print(d['items'],d['seconds'])")"
  record reference "$LOAD_S" "$RSS" "$ITEMS"
  drop_table "bench_reference_$round"

  echo "round $round/$ROUNDS: lsql migrate --load batch" >&2
  measure "${LSQL[@]}" migrate --jdbc-url "$URL" --user root --table OrderLines --target-table "bench_lsql_$round" \
    --stage "$WORK/migrate$round" --load batch --workers "$WORKERS" --skip-verify --json < /dev/null > "$WORK/migrate$round.json"
  record migrate "$SECS" "$RSS" "$ROWS"
  read -r ITEMS LOAD_S <<< "$(python3 -c "import json;d=json.load(open('$WORK/migrate$round.json'));print(d['load']['items'],d['load']['seconds'])")"
  record load "$LOAD_S" 0 "$ITEMS"
  if [ "$round" -lt "$ROUNDS" ]; then drop_table "bench_lsql_$round"; fi
done

# verify with its defaults (4 parallel Scan segments); on moto every Scan page re-sorts and skips the
# whole table and moto serialises about 1,500 items/s, so this step measures the emulator more than lsql
echo "lsql verify" >&2
measure timeout 10800 "${LSQL[@]}" verify --jdbc-url "$URL" --user root --table OrderLines --target-table "bench_lsql_$ROUNDS" \
  --json < /dev/null > "$WORK/verify.json" || true
record verify "$SECS" "$RSS" "$ROWS"
VERIFY_EQUAL=$(python3 -c "import json;print(json.load(open('$WORK/verify.json'))['equal'])" 2>/dev/null || echo "not finished")

python3 benchmarks/report.py "$RESULTS" "$WORK/plan.json" "$ROWS" "$WORKERS" "$ROUNDS" "$REPEAT" "$VERIFY_EQUAL" "$SNAPSHOT" \
  > BENCHMARKS.md
cat BENCHMARKS.md
