#!/usr/bin/env bash
# Migration benchmark (issue: Migration engine, section 8). Not a test: run on demand, writes BENCHMARKS.md.
#   benchmarks/run.sh [SCALE]     SCALE customers (default 50000 -> 1,000,000 order lines)
# In ONE run it measures on the same data: the raw read with the mariadb client, `lsql export` to
# local gzip DynamoDB JSON, `lsql migrate --load batch` into moto, and a minimal reference loader
# (plain SDK calls, same concurrency) loading the same items. The JVMs run with -Xmx256m.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALE=${1:-50000}
WORKERS=${WORKERS:-4}
JAR=target/lsql.jar
mvn -q -B package -DskipTests   # always measure the current code
WORK=$(mktemp -d /tmp/lsql-bench.XXXXXX)
SANDBOX_PID=""
cleanup() {
  if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# peak RSS (KB) and elapsed seconds of a command, via GNU time
measure() { /usr/bin/time -f "%e %M" -o "$WORK/time" "$@"; read -r SECS RSS < "$WORK/time"; }

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

echo "raw read" >&2
measure "$CLIENT" -uroot -h127.0.0.1 -P"$PORT" --skip-ssl --quick -B -e \
  'SELECT ord_id, ord_line_id, prod_id, qty, item_price, last_updated FROM app_db.OrderLines' -r --raw > /dev/null
RAW_S=$SECS; RAW_RSS=$RSS

echo "lsql export" >&2
measure "${LSQL[@]}" export --jdbc-url "$URL" --user root --table OrderLines --stage "$WORK/export" --workers 2 --json \
  < /dev/null > "$WORK/export.json"
EXP_S=$SECS; EXP_RSS=$RSS

echo "lsql migrate --load batch" >&2
measure "${LSQL[@]}" migrate --jdbc-url "$URL" --user root --table OrderLines --target-table bench_lsql \
  --stage "$WORK/migrate" --load batch --workers "$WORKERS" --skip-verify --json < /dev/null > "$WORK/migrate.json"
MIG_S=$SECS; MIG_RSS=$RSS
read -r LOAD_ITEMS LOAD_S <<< "$(python3 -c "import json;d=json.load(open('$WORK/migrate.json'));print(d['load']['items'],d['load']['seconds'])")"

# verify is its own step: moto's Scan pagination rescans the table for every page (quadratic), so
# on the emulator it measures moto more than lsql; on DynamoDB it is a parallel Scan
echo "lsql verify" >&2
measure timeout 1800 "${LSQL[@]}" verify --jdbc-url "$URL" --user root --table OrderLines --target-table bench_lsql \
  --segments 1 --json < /dev/null > "$WORK/verify.json" || true
VER_S=$SECS; VER_RSS=$RSS
VERIFY_EQUAL=$(python3 -c "import json;print(json.load(open('$WORK/verify.json'))['equal'])" 2>/dev/null || echo "not finished")

echo "reference loader" >&2
"${LSQL[@]}" design --jdbc-url "$URL" --user root --tables OrderLines --out "$WORK/design" < /dev/null > /dev/null
sed 's/"TableName" : "OrderLines"/"TableName" : "bench_reference"/' "$WORK/design/OrderLines.json" > "$WORK/reference.json"
java -cp "$JAR" benchmarks/CreateTable.java "$ENDPOINT" "$WORK/reference.json"
measure java -Xmx256m -cp "$JAR" benchmarks/ReferenceLoader.java "$ENDPOINT" bench_reference "$WORK/migrate/data" "$WORKERS" \
  > "$WORK/reference.out"
REF_RSS=$RSS
read -r REF_ITEMS REF_S <<< "$(python3 -c "import json;d=json.load(open('$WORK/reference.out'));print(d['items'],d['seconds'])")"

python3 - "$ROWS" "$RAW_S" "$RAW_RSS" "$EXP_S" "$EXP_RSS" "$MIG_S" "$MIG_RSS" "$LOAD_ITEMS" "$LOAD_S" "$VERIFY_EQUAL" \
  "$REF_ITEMS" "$REF_S" "$REF_RSS" "$WORKERS" "$VER_S" "$VER_RSS" <<'PY' > BENCHMARKS.md
import platform, subprocess, sys, datetime
(rows, raw_s, raw_rss, exp_s, exp_rss, mig_s, mig_rss, load_items, load_s, equal, ref_items, ref_s, ref_rss, workers,
 ver_s, ver_rss) = sys.argv[1:]
ver_s = float(ver_s)
rows = int(rows); raw_s = float(raw_s); exp_s = float(exp_s); mig_s = float(mig_s); load_s = float(load_s); ref_s = float(ref_s)
load_items = int(load_items); ref_items = int(ref_items)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
cores = subprocess.check_output(["nproc"]).decode().strip()
mem = next((l.split()[1] for l in open("/proc/meminfo") if l.startswith("MemTotal")), "0")
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
mb = lambda kb: f"{int(kb) / 1024:.0f} MB"
print(f"""# Benchmarks

Written by `benchmarks/run.sh` on {datetime.date.today()} — one run, all numbers from the same data.

Machine: {cpu}, {cores} cores, {int(mem) // 1024 // 1024} GiB RAM, {platform.system()} {platform.release()}, {java}.
Source: embedded MariaDB (sandbox), `app_db.OrderLines` with **{rows:,} rows** from `lsql sample load`.
Target: moto (DynamoDB emulator) on the same machine. JVMs run with `-Xmx256m`; peak RSS is the whole process.

| step | rows / items | seconds | rows/s | peak RSS |
|---|---:|---:|---:|---:|
| raw read: `mariadb --quick -B -e 'SELECT …' > /dev/null` | {rows:,} | {raw_s:.2f} | {rows / raw_s:,.0f} | {mb(raw_rss)} |
| `lsql export` → local gzip DynamoDB JSON (2 workers) | {rows:,} | {exp_s:.2f} | {rows / exp_s:,.0f} | {mb(exp_rss)} |
| `lsql migrate --load batch --skip-verify` (export + load, {workers} workers) | {rows:,} | {mig_s:.2f} | {rows / mig_s:,.0f} | {mb(mig_rss)} |
| … of which the BatchWriteItem load | {load_items:,} | {load_s:.2f} | {load_items / load_s:,.0f} | |
| reference loader (plain SDK BatchWriteItem, {workers} threads, same files) | {ref_items:,} | {ref_s:.2f} | {ref_items / ref_s:,.0f} | {mb(ref_rss)} |
| `lsql verify` (stream MariaDB + Scan moto, 1 segment) | {rows:,} | {ver_s:.2f} | {rows / ver_s:,.0f} | {mb(ver_rss)} |

Ratios:
- export vs raw read: {raw_s / exp_s:.2f} of the client's speed ({rows / exp_s:,.0f} rows/s; goal ≥ 400,000 rows/s).
- batch load vs reference loader: {(load_items / load_s) / (ref_items / ref_s) * 100:.0f}% of its items/s (goal ≥ 95%; moto is the ceiling).
- verify after the migration: {"EQUAL" if equal == "True" else equal}. moto's Scan re-reads the table from the start for
  every 1 MB page, so this step's time is the emulator's, not a property of lsql.
- `-Xmx256m` held for the {rows:,}-row export, load and verify (the JVM fails with OutOfMemoryError otherwise).
- Export speed is measured on the whole process, JVM start and schema read included.
""")
PY
cat BENCHMARKS.md
