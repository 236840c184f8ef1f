#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Editor latency with each override of an Xtext service against Xtext's default (docs/benchmarks.md,
# "Xtext 替换的得失 / What the Xtext overrides pay"): PerfEditorLatencyBenchmark on the 5,000-line
# document, one JVM per variant, the variants one after the other in each round (alternately).
#
#   benchmarks/editor-overrides.sh [ROUNDS] [VARIANTS…]    default 2 rounds, variants below
#   WARMUP=N RUNS=N: runs per figure before measuring and measured (default 16 and 40)
#
# Variants (Xtext's default instead of): shipped (none), partial (PerfPartialParsingHelper; without it
# PerfTokenRegionProvider has no previous parse and lexes as Xtext does), tokens (PerfTokenRegionProvider),
# linking (PerfLiveLinkingResource); several at once as a,b.
# Prints each run's figures, then the median over the rounds (mean of the middle two for an even count) of each line's median, with its ratio to shipped.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-2}"
shift || true
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(shipped partial tokens linking)
out="$(mktemp -d -t jixiao-editor-overrides.XXXXXX)"
trap 'rm -rf "$out"' EXIT
cd "$root"
cp="plugins/org.jixiao.dsl.ui/target/classes:tests/org.jixiao.dsl.ui.tests/target/classes:releng/org.jixiao.product/target/repository/plugins/*"
for ((r = 1; r <= rounds; r++)); do
  for v in "${variants[@]}"; do
    java -Dfile.encoding=UTF-8 -Dwarmup="${WARMUP:-16}" -Druns="${RUNS:-40}" -cp "$cp" org.jixiao.dsl.ui.tests.bench.PerfEditorLatencyBenchmark 5000 "$v" > "$out/$r.$v" 2>&1
    echo "== round $r, $v"; grep -E 'load average|median' "$out/$r.$v"
  done
done
echo
echo "median over the rounds (mean of the middle two for an even count) of each line's medians, wall and thread CPU (ms),"
echo "with the ratio to shipped:"
for v in "${variants[@]}"; do
  cat "$out"/*."$v" | grep ' median ' | sed -E 's/^(.{42}) median +([0-9.]+) ms.*thread CPU median +([0-9.]+) ms/\1|\2|\3/' |
    awk -F'|' '{ n[$1]++; w[$1, n[$1]] = $2; c[$1, n[$1]] = $3 }
      function med(a, k, cnt,   i, j, t, m) {
        for (i = 1; i <= cnt; i++) for (j = i + 1; j <= cnt; j++) if (a[k, j] < a[k, i]) { t = a[k, i]; a[k, i] = a[k, j]; a[k, j] = t }
        m = int((cnt + 1) / 2); return cnt % 2 ? a[k, m] : (a[k, m] + a[k, m + 1]) / 2 }
      END { for (k in n) printf "%s|%s|%s\n", k, med(w, k, n[k]), med(c, k, n[k]) }' | sort > "$out/med.$v"
done
for v in "${variants[@]}"; do
  echo "== $v"
  join -t'|' "$out/med.$v" "$out/med.shipped" |
    awk -F'|' '{ printf "  %-42s wall %8.2f (%.2f)   CPU %7.2f (%.2f)\n", $1, $2, $2 / $4, $3, $3 / $5 }'
done
