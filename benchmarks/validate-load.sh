#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Load benchmark of `jixiao validate` (docs/reliability.md, "负载 / Load").
#
#   benchmarks/validate-load.sh [COUNT...]        default: 1000 4000
#   JIXIAO_BENCH_HEAP=-Xmx512m benchmarks/validate-load.sh 4000
#
# For each COUNT it writes COUNT .perf files made from the examples (copy k is example k mod n of
# the n examples, with a first line "// 副本 k", as PerfCorpus of the product tests makes them),
# runs ./jixiao validate on them in a 512 MB heap (JIXIAO_BENCH_HEAP) with the collector's log,
# and reports the wall time, the largest heap in use before a collection, the largest heap still
# live after one (what the run holds), and the summary line. Build first (./jixiao builds on first use).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
counts=("${@:-1000}")
[ $# -gt 0 ] || counts=(1000 4000)
heap="${JIXIAO_BENCH_HEAP:--Xmx512m}"
tmp="$(mktemp -d -t jixiao-load.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

mapfile -t examples < <(LC_ALL=C ls "$root"/examples/*.perf | LC_ALL=C sort)
"$root/jixiao" validate "${examples[0]}" >/dev/null 2>&1 || true # builds and prepares the fast start once

printf '%-6s %-10s %-9s %-18s %-16s %s\n' files heap seconds "heap before GC" "live after GC" summary
for count in "${counts[@]}"; do
  dir="$tmp/files-$count"
  mkdir -p "$dir"
  for ((k = 0; k < count; k++)); do
    example="${examples[k % ${#examples[@]}]}"
    { printf '// 副本 %d\n' "$k"; cat "$example"; } >"$dir/$(printf '%05d' "$k")-$(basename "$example")"
  done
  gc="$tmp/gc-$count.log"
  start=$(date +%s%N)
  status=0
  JIXIAO_JAVA_OPTS="$heap -Xlog:gc:file=$gc" "$root/jixiao" validate "$dir" >"$tmp/out" 2>"$tmp/err" || status=$?
  end=$(date +%s%N)
  # lines like "[..][info][gc] GC(3) Pause Young (Allocation Failure) 137M->37M(365M) 12.3ms"
  read -r before after < <(grep -oE '[0-9]+M->[0-9]+M' "$gc" | tr -d 'M' | awk -F'->' \
    '{ if ($1 > b) b = $1; if ($2 > a) a = $2 } END { print b + 0, a + 0 }')
  summary="$(grep -E '检查了|error' "$tmp/err" | tail -1)"
  printf '%-6s %-10s %-9s %-18s %-16s %s (exit %d)\n' "$count" "$heap" "$(((end - start) / 1000000000))" \
    "${before} MB" "${after} MB" "$summary" "$status"
  rm -rf "$dir"
done
