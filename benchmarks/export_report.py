"""The "Export speed" section of BENCHMARKS.md from benchmarks/export-speed.sh's measurements.

Usage: export_report.py RESULTS.jsonl SIZES.jsonl WORKERS [CODECS.jsonl [THREADS.jsonl]]   (markdown on stdout)
       export_report.py --replace BENCHMARKS.md SECTION.md          (puts the section in place of its old one)
"""
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys

TITLE = "## Export speed"


def replace(benchmarks, section_file):
    text = open(benchmarks).read()
    section = open(section_file).read().strip() + "\n"
    match = re.search(r"^## Export speed\n.*?(?=^## |\Z)", text, flags=re.M | re.S)
    if match:
        text = text[:match.start()] + section + "\n" + text[match.end():].lstrip("\n")
    else:
        notes = re.search(r"^## Notes", text, flags=re.M)
        at = notes.start() if notes else len(text)
        text = text[:at].rstrip("\n") + "\n\n" + section + "\n" + text[at:]
    open(benchmarks, "w").write(text.rstrip("\n") + "\n")


def spread(values, fmt):
    values = sorted(values)
    return f"{fmt.format(statistics.median(values))} ({fmt.format(values[0])}–{fmt.format(values[-1])})"


def main(results_file, sizes_file, workers, codecs_file, threads_file=""):
    results = [json.loads(line) for line in open(results_file)]
    sizes = {s["step"]: s["stagedBytes"] for s in (json.loads(line) for line in open(sizes_file))}
    rows = results[0]["rows"]
    steps = list(dict.fromkeys(r["step"] for r in results))
    rounds = max(r["round"] for r in results)
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
    cores = subprocess.check_output(["nproc"]).decode().strip()
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    labels = {"raw": "raw read: `mariadb --quick -B` of the same rows > /dev/null",
              "baseline": "`lsql export`, the build before this work (gzip)"}
    for step in steps:
        if step.startswith("export-"):
            labels[step] = f"`lsql export --compression {step[len('export-'):]}` ({workers} workers)"
    by = {s: [r for r in results if r["step"] == s] for s in steps}
    loads = [r["load1"] for r in results]

    out = [TITLE, "",
           f"Written by `benchmarks/export-speed.sh` on {datetime.date.today()}: a generated table `bench.export8` of "
           f"**{rows:,} rows and 8 columns** (BIGINT key, two VARCHARs, INT, DECIMAL(10,2), TINYINT(1), DATETIME, a VARCHAR "
           f"that is NULL in a quarter of the rows) in the sandbox's MariaDB, exported to a local stage. The raw client read "
           f"and the exports ran **alternately, {rounds} rounds** (raw first in odd rounds, last in even ones); each figure is the "
           f"**median (min–max)** over the rounds. lsql rows/s are over the whole process (JVM start, schema read and "
           f"chunk planning included); *export phase* is the export's own time as lsql reports it. CPU is user + system "
           f"seconds of the process, and of the MariaDB server during it. Every JVM ran with `-Xmx256m`.",
           "",
           f"Machine: {cpu}, {cores} cores, {platform.system()} {platform.release()}, {java}. **Machine load**: the "
           f"1-minute load average after each step was {spread(loads, '{:.1f}')} on {cores} cores: the machine was shared "
           f"with other builds and test runs, so wall-clock figures are lower and far noisier than on an idle machine "
           f"(CPU seconds vary less, though contention inflates them too); the alternation keeps the comparisons fair.",
           "",
           "| step | rows/s (process) | rows/s (export phase) | seconds | CPU s | server CPU s | peak RSS | staged |",
           "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for step in steps:
        runs = by[step]
        rate = [rows / r["seconds"] for r in runs]
        phase = [rows / r["phase"] for r in runs if r["phase"]]
        staged = f"{sizes[step] / 1e6:.1f} MB" if step in sizes else ""
        out.append(f"| {labels.get(step, step)} | {spread(rate, '{:,.0f}')} | "
                   f"{spread(phase, '{:,.0f}') if phase else ''} | {spread([r['seconds'] for r in runs], '{:.2f}')} | "
                   f"{spread([r['cpu'] for r in runs], '{:.2f}')} | {spread([r['serverCpu'] for r in runs], '{:.2f}')} | "
                   f"{max(r['rss'] for r in runs) / 1024:.0f} MB | {staged} |")
    out += ["", "Per round (rows/s over the whole process):", "",
            "| round | " + " | ".join(labels.get(s, s).split(":")[0].split(" (")[0] for s in steps) + " |",
            "|---:|" + "---:|" * len(steps)]
    for n in range(1, rounds + 1):
        cells = []
        for step in steps:
            run = next((r for r in by[step] if r["round"] == n), None)
            cells.append(f"{rows / run['seconds']:,.0f}" if run else "")
        out.append(f"| {n} | " + " | ".join(cells) + " |")
    raw = statistics.median(rows / r["seconds"] for r in by["raw"])
    out.append("")
    for step in steps:
        if step.startswith("export-"):
            med = statistics.median(rows / r["seconds"] for r in by[step])
            ratios = sorted((rows / r["seconds"]) / (rows / next(x for x in by["raw"] if x["round"] == r["round"])["seconds"])
                            for r in by[step])
            out.append(f"- {labels[step]}: {med / raw * 100:.0f}% of the raw read's median rows/s "
                       f"(per round {ratios[0] * 100:.0f}–{ratios[-1] * 100:.0f}%); goal ≥ 500,000 rows/s.")
    if "baseline" in by:
        base = statistics.median(rows / r["seconds"] for r in by["baseline"])
        base_cpu = statistics.median(r["cpu"] for r in by["baseline"])
        for step in steps:
            if step.startswith("export-"):
                # rows/s of this build over the baseline's in the same round = the baseline's seconds over this build's
                same_round = {r["round"]: r["seconds"] for r in by[step]}
                per_round = sorted(r["seconds"] / same_round[r["round"]] for r in by["baseline"] if r["round"] in same_round)
                out.append(f"- {labels[step]} against the build before this work: {statistics.median(rows / r['seconds'] for r in by[step]) / base * 100:.0f}% "
                           f"of its median rows/s (per round {per_round[0] * 100:.0f}–{per_round[-1] * 100:.0f}%), "
                           f"{statistics.median(r['cpu'] for r in by[step]) / base_cpu * 100:.0f}% of its median CPU seconds.")
    if threads_file and os.path.exists(threads_file) and os.path.getsize(threads_file):
        threads = sorted((json.loads(line) for line in open(threads_file)), key=lambda t: -t["cpu"])
        total = sum(t["cpu"] for t in threads)
        shown = [t for t in threads if t["cpu"] >= 0.05]
        out += ["", f"Where the CPU of one `lsql export --compression zstd` went ({total:.1f} s in all), by thread: "
                + ", ".join(f"{'main (java)' if t['thread'] == 'java' else t['thread']} {t['cpu']:.2f} s" for t in shown) + ". The JIT compilers and the JVM's start "
                "(main: picocli, logback's XML configuration, schema read, chunk plan) are a fixed cost of each run; "
                "the readers (lsql-export-N) map, encode and compress the rows."]
    if codecs_file and os.path.exists(codecs_file) and os.path.getsize(codecs_file):
        codecs = [json.loads(line) for line in open(codecs_file)]
        out += ["", f"The codecs on the same items ({codecs[0]['jsonBytes'] / 1e6:.0f} MB of DynamoDB JSON), compressed on one thread "
                "(CPU seconds, best of 3); lsql uses the fastest level of each:", "",
                "| codec and level | staged size | share of the JSON | CPU s | MB/s |", "|---|---:|---:|---:|---:|"]
        for c in codecs:
            out.append(f"| {c['codec']} | {c['bytes'] / 1e6:.1f} MB | {c['bytes'] * 100 / c['jsonBytes']:.1f}% | "
                       f"{c['cpuSeconds']:.2f} | {c['jsonBytes'] / 1e6 / c['cpuSeconds']:,.0f} |")
    print("\n".join(out))


if __name__ == "__main__":
    if sys.argv[1] == "--replace":
        replace(sys.argv[2], sys.argv[3])
    else:
        main(*sys.argv[1:6])
