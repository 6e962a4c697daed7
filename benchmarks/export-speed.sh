#!/usr/bin/env bash
# Export speed benchmark (issue 10 §7). Not a test: run on demand; writes target/benchmark/export-speed/
# and the "Export speed" section of BENCHMARKS.md (the rest of that file is left as it is).
#   benchmarks/export-speed.sh [ROWS]      ROWS rows in the generated 8-column table (default 1,000,000)
# Environment: ROUNDS (5) rounds; CODECS ("gzip zstd") the --compression values measured; WORKERS (2);
# BASELINE_JAR (unset) another lsql.jar measured in the same rounds, e.g. a build of main.
# One sandbox MariaDB, one generated table bench.export8 (BIGINT key, two VARCHARs, INT, DECIMAL(10,2),
# TINYINT(1), DATETIME, a VARCHAR that is NULL in one row of four). Each round runs the raw
# `mariadb --quick` read of the same rows and every lsql export, in an order that alternates round by
# round (raw first, then raw last), so a busy machine weighs on both alike. Every JVM runs with -Xmx256m.
# Last, one zstd export with its CPU seconds per thread (JIT compilers, readers, main), and one uncompressed
# export compressed by each codec and level on one thread (benchmarks/CodecSpeed.java).
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${1:-1000000}
ROUNDS=${ROUNDS:-5}
CODECS=${CODECS:-gzip zstd}
WORKERS=${WORKERS:-2}
OUT=target/benchmark/export-speed
[ -n "${SKIP_BUILD:-}" ] || mvn -q -B package -DskipTests   # always measure the current code
rm -rf "$OUT" && mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
# the measured jar is a copy, so a rebuild while the benchmark runs changes nothing; the sandbox finds its
# MariaDB beside the original (target/lib)
JAR=$OUT/lsql.jar
cp target/lsql.jar "$JAR"
RESULTS=$OUT/results.jsonl
SANDBOX_PID=""
cleanup() {
  if [ -n "$SANDBOX_PID" ]; then kill "$SANDBOX_PID" 2>/dev/null || true; wait "$SANDBOX_PID" 2>/dev/null || true; fi
  rm -rf "$OUT/sandbox" "$OUT"/stage-* "$JAR"
}
trap cleanup EXIT

echo "starting the sandbox in $OUT/sandbox" >&2
java -jar target/lsql.jar sandbox --no-gui --dir "$OUT/sandbox" > "$OUT/sandbox.out" 2> "$OUT/sandbox.err" &
SANDBOX_PID=$!
for _ in $(seq 1 180); do grep -q "Ctrl+C" "$OUT/sandbox.out" 2>/dev/null && break; sleep 1; done
PORT=$(grep -o 'jdbc:mysql://[^ ]*' "$OUT/sandbox.out" | head -1 | sed -E 's#.*:([0-9]+)/.*#\1#')
URL="jdbc:mysql://127.0.0.1:$PORT/bench?sslMode=DISABLED"
CLIENT=$(ls "${XDG_CACHE_HOME:-$HOME/.cache}"/lsql/mariadb-*/bin/mariadb | head -1)
SQL=("$CLIENT" -uroot -h127.0.0.1 -P"$PORT" --skip-ssl)
SERVER_PID=$(pgrep -f "mariadbd .*--port=$PORT" | head -1)

echo "generating bench.export8 with $ROWS rows" >&2
"${SQL[@]}" <<SQL
CREATE DATABASE IF NOT EXISTS bench;
USE bench;
DROP TABLE IF EXISTS export8;
CREATE TABLE export8 (
  id BIGINT NOT NULL PRIMARY KEY, customer VARCHAR(20) NOT NULL, product VARCHAR(40) NOT NULL, qty INT NOT NULL,
  price DECIMAL(10,2) NOT NULL, active TINYINT(1) NOT NULL, created DATETIME NOT NULL, note VARCHAR(64) NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO export8
SELECT seq, CONCAT('CUST#', LPAD(seq DIV 20, 7, '0')), CONCAT('Product ', CRC32(seq) % 5000), 1 + CRC32(CONCAT('q', seq)) % 20,
       (CRC32(CONCAT('p', seq)) % 100000) / 100, seq % 3 = 0,
       TIMESTAMPADD(SECOND, CRC32(CONCAT('d', seq)) % 126230400, '2020-01-01 00:00:00'),
       IF(seq % 4 = 0, NULL, CONCAT('note ', seq, ' for line ', seq % 97))
FROM seq_1_to_$ROWS;
ANALYZE TABLE export8;
SQL
"${SQL[@]}" -e 'SELECT * FROM bench.export8' --quick -B > /dev/null   # warm the buffer pool once, unmeasured

server_cpu() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
# run STEP CMD...: wall s, peak RSS, the command's CPU and the server's CPU during it, into results.jsonl
run() {
  local step=$1; shift
  local before; before=$(server_cpu)
  /usr/bin/time -f "%e %M %U %S" -o "$OUT/time" "$@"
  local after; after=$(server_cpu)
  read -r secs rss user sys < "$OUT/time"
  local phase=0
  if [ -s "$OUT/last.json" ] && [ "$step" != raw ]; then
    phase=$(python3 -c "import json;print(json.load(open('$OUT/last.json'))['seconds'])")
  fi
  awk -v step="$step" -v round="$ROUND" -v secs="$secs" -v rss="$rss" -v cpu="$(echo "$user $sys" | awk '{print $1 + $2}')" \
    -v server="$(echo "$before $after" | awk '{print ($2 - $1) / 100}')" -v phase="$phase" -v rows="$ROWS" \
    -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { printf "{\"step\":\"%s\",\"round\":%d,\"seconds\":%.3f,\"rss\":%d,\"cpu\":%.2f,\"serverCpu\":%.2f,\"phase\":%.3f,\"rows\":%d,\"load1\":%.2f}\n", step, round, secs, rss, cpu, server, phase, rows, load }' \
    >> "$RESULTS"
}
raw() {
  : > "$OUT/last.json"
  run raw "${SQL[@]}" --quick -B -r --raw -e 'SELECT id, customer, product, qty, price, active, created, note FROM bench.export8' > /dev/null
}
export_with() {   # export_with STEP JAR CODEC
  rm -rf "$OUT/stage-$1"
  run "$1" java -Xmx256m -jar "$2" export --jdbc-url "$URL" --user root --table export8 --stage "$OUT/stage-$1" \
    --workers "$WORKERS" --compression "$3" --json < /dev/null > "$OUT/last.json" 2> "$OUT/export.err"
  du -sb "$OUT/stage-$1/data" | cut -f1 > "$OUT/bytes-$1"
  rm -rf "$OUT/stage-$1"
}
exports() {
  for codec in $CODECS; do
    echo "  lsql export --compression $codec" >&2
    export_with "export-$codec" "$JAR" "$codec"
  done
  if [ -n "${BASELINE_JAR:-}" ]; then
    echo "  baseline export (gzip)" >&2
    rm -rf "$OUT/stage-baseline"
    run baseline java -Xmx256m -jar "$BASELINE_JAR" export --jdbc-url "$URL" --user root --table export8 --stage "$OUT/stage-baseline" \
      --workers "$WORKERS" --json < /dev/null > "$OUT/last.json" 2> "$OUT/export.err"
    du -sb "$OUT/stage-baseline/data" | cut -f1 > "$OUT/bytes-baseline"
    rm -rf "$OUT/stage-baseline"
  fi
}

for ROUND in $(seq 1 "$ROUNDS"); do
  echo "round $ROUND/$ROUNDS" >&2
  if [ $((ROUND % 2)) -eq 1 ]; then raw; exports; else exports; raw; fi
done

echo "where the CPU goes: one zstd export, CPU seconds per thread" >&2
rm -rf "$OUT/stage-threads"
java -Xmx256m -jar "$JAR" export --jdbc-url "$URL" --user root --table export8 --stage "$OUT/stage-threads" --workers "$WORKERS" \
  --compression zstd --json < /dev/null > /dev/null 2> "$OUT/export.err" &
EXPORT_PID=$!
declare -A THREAD_CPU
while kill -0 "$EXPORT_PID" 2>/dev/null; do
  for stat in /proc/"$EXPORT_PID"/task/*/stat; do
    line=$(cat "$stat" 2>/dev/null) || continue
    name=${line#*(}; name=${name%%)*}; rest=${line##*) }
    read -r -a fields <<< "$rest"
    THREAD_CPU["${stat%/stat} $name"]=$(( fields[11] + fields[12] ))
  done
  sleep 0.1
done
wait "$EXPORT_PID" || true
for key in "${!THREAD_CPU[@]}"; do echo "${key#* } ${THREAD_CPU[$key]}"; done \
  | awk '{ticks = $NF; $NF = ""; sub(/ $/, ""); sub(/#?[0-9-]+$/, ""); cpu[$0] += ticks}
         END {for (t in cpu) printf "{\"thread\":\"%s\",\"cpu\":%.2f}\n", t, cpu[t] / 100}' > "$OUT/threads.jsonl"
rm -rf "$OUT/stage-threads"

echo "codecs: one uncompressed export, compressed by each codec on one thread" >&2
rm -rf "$OUT/stage-json"
java -Xmx256m -jar "$JAR" export --jdbc-url "$URL" --user root --table export8 --stage "$OUT/stage-json" --workers "$WORKERS" \
  --compression none --json < /dev/null > /dev/null 2> "$OUT/export.err"
java -Xmx1g -cp "$JAR" benchmarks/CodecSpeed.java "$OUT/stage-json/data" 3 > "$OUT/codecs.jsonl"
rm -rf "$OUT/stage-json"

for f in "$OUT"/bytes-*; do echo "{\"step\":\"${f##*/bytes-}\",\"stagedBytes\":$(cat "$f")}"; done > "$OUT/sizes.jsonl"
python3 benchmarks/export_report.py "$RESULTS" "$OUT/sizes.jsonl" "$WORKERS" "$OUT/codecs.jsonl" "$OUT/threads.jsonl" \
  > "$OUT/export-speed.md"
python3 benchmarks/export_report.py --replace BENCHMARKS.md "$OUT/export-speed.md"
cat "$OUT/export-speed.md"
