#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Batch benchmark of `jixiao review` (docs/benchmarks.md, "审核 / Review").
#
#   benchmarks/review-batch.sh [COUNT...]          default: 1000
#   JIXIAO_BENCH_HEAP=-Xmx1g benchmarks/review-batch.sh 1000 4000
#
# For each COUNT it makes COUNT submissions in unit folders of five files each, drawn in turn from a
# pool of the examples' .perf files, the workbooks `jixiao generate` makes of them, and the import
# examples (a workbook and pasted text): file j of unit k is pool entry (5k + j) mod n, so a unit never
# holds the same file twice and the mix is about half .perf, half workbooks. A .perf copy gets a first
# line "// 副本 k". Then it runs ./jixiao review on them in a 1 GB heap (JIXIAO_BENCH_HEAP) with the
# collector's log, and reports the wall time, the processor time (user + system, all threads), the
# throughput, the time per file (wall time ÷ files, and processor time ÷ files: what one core spends on
# a file), the largest heap in use before a collection and the largest still live after one, the
# machine's load average when the run ended (other processes share the cores), and the summary line.
# Build first (./jixiao builds on first use).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
counts=("${@:-1000}")
heap="${JIXIAO_BENCH_HEAP:--Xmx1g}"
cores="$(nproc)"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }
tmp="$(mktemp -d -t jixiao-review.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

"$root/jixiao" generate "$root/examples" -o "$tmp/forms" >/dev/null 2>&1 # builds and prepares the fast start once
pool=()
while IFS= read -r f; do pool+=("$f"); done < <(
  { find "$root/examples" -name '*.perf'; find "$tmp/forms" -name '*.xlsx'; find "$root/examples/import" -type f; } | LC_ALL=C sort)
echo "pool: ${#pool[@]} files ($(printf '%s\n' "${pool[@]}" | grep -c '\.perf$') .perf), $cores cores"

printf '%-6s %-8s %-8s %-8s %-8s %-22s %-15s %-14s %-6s %s\n' files heap seconds "cpu s" "files/s" "per file (wall, cpu)" "heap before GC" "live after GC" load summary
for count in "${counts[@]}"; do
  dir="$tmp/submissions-$count"
  for ((i = 0; i < count; i++)); do
    unit="$dir/$(printf 'unit-%04d' $((i / 5)))"
    mkdir -p "$unit"
    source="${pool[i % ${#pool[@]}]}"
    target="$unit/$(printf '%05d' "$i")-$(basename "$source")"
    if [[ "$source" == *.perf ]]; then
      { printf '// 副本 %d\n' "$i"; cat "$source"; } >"$target"
    else
      cp "$source" "$target"
    fi
  done
  gc="$tmp/gc-$count.log"
  start=$(date +%s%N)
  status=0
  JIXIAO_JAVA_OPTS="$heap -Xlog:gc:file=$gc" /usr/bin/time -o "$tmp/time" -f '%U %S' \
    "$root/jixiao" review "$dir" -o "$tmp/审核结果-$count.xlsx" --quiet >"$tmp/out" 2>"$tmp/err" || status=$?
  end=$(date +%s%N)
  ms=$(((end - start) / 1000000))
  cpu="$(awk 'END { printf "%.1f", $1 + $2 }' "$tmp/time")"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  read -r before after < <(grep -oE '[0-9]+M->[0-9]+M' "$gc" | tr -d 'M' | awk -F'->' \
    '{ if ($1 > b) b = $1; if ($2 > a) a = $2 } END { print b + 0, a + 0 }')
  summary="$(grep -E '审核了' "$tmp/out" | tail -1 || true)"
  [ -n "$summary" ] || summary="$(tail -1 "$tmp/err")"
  printf '%-6s %-8s %-8s %-8s %-8s %-22s %-15s %-14s %-6s %s (exit %d)\n' "$count" "$heap" \
    "$(awk "BEGIN { printf \"%.1f\", $ms / 1000 }")" "$cpu" "$(awk "BEGIN { printf \"%.1f\", $count * 1000 / $ms }")" \
    "$(awk "BEGIN { printf \"%.0f ms, %.0f ms\", $ms / $count, $cpu * 1000 / $count }")" \
    "${before} MB" "${after} MB" "$load" "$summary" "$status"
  rm -rf "$dir"
done
