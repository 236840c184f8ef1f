#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Start-up benchmark of the language server (docs/benchmarks.md, "语言服务器启动 / Language server start-up").
#
#   benchmarks/lsp-startup.sh [ROUNDS] [FILE.perf]     default 10 rounds, examples/qingling-2020-declaration.perf
#
# Each round runs, one after the other (alternately, so that a change of load hits both alike):
#   validate  ./jixiao validate FILE: the baseline, the command line checking the same file;
#   lsp       ./jixiao lsp started by an editor's client library (vscode-languageserver-protocol under node,
#             the locked versions of tests/org.jixiao.lsp.tests/client) on a folder holding only a copy of FILE:
#             the time to the answer of `initialize` and to the first diagnostics of FILE.
# Wall-clock times in milliseconds from starting the process (date +%s%N for validate, node's clock for lsp).
# It reports median, minimum and maximum, and the ratio of the lsp medians to validate's.
# Needs node and npm (./verify installs them); npm ci installs the client into a temporary folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-10}"
source_file="${2:-$root/examples/qingling-2020-declaration.perf}"
tmp="$(mktemp -d -t jixiao-lsp-bench.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/client" "$tmp/workspace" "$tmp/times"
cp "$root/tests/org.jixiao.lsp.tests/client/"{package.json,package-lock.json,first-diagnostics.mjs} "$tmp/client/"
(cd "$tmp/client" && npm ci --prefer-offline --no-audit --no-fund >/dev/null)
file="$tmp/workspace/$(basename "$source_file")"
cp "$source_file" "$file"

run_validate() {
  local start end
  start=$(date +%s%N)
  "$root/jixiao" validate "$file" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 )) >> "$tmp/times/validate"
}

run_lsp() {
  local result
  result="$(node "$tmp/client/first-diagnostics.mjs" "$tmp/workspace" "$file" "$root/jixiao" lsp)"
  node -e 'const r = JSON.parse(process.argv[1]); console.log(Math.round(r.initializedMs), Math.round(r.firstDiagnosticsMs))' \
    "$result" >> "$tmp/times/lsp"
}

echo "warm-up (builds if needed, prepares the fast start) …" >&2
run_validate; run_lsp
rm -f "$tmp/times/"*

echo "file: $(basename "$source_file"), $rounds rounds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= rounds; i++)); do
  run_validate
  run_lsp
  printf '.' >&2
done
echo >&2
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

stats() { sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%d %d %d\n", m, v[1], v[NR] }'; }
read -r v_med v_min v_max < <(stats < "$tmp/times/validate")
read -r i_med i_min i_max < <(cut -d' ' -f1 "$tmp/times/lsp" | stats)
read -r d_med d_min d_max < <(cut -d' ' -f2 "$tmp/times/lsp" | stats)
printf '%-40s %8s %8s %8s %8s\n' "" "median" "min" "max" "ratio"
printf '%-40s %8d %8d %8d %8s\n' "validate (baseline)" "$v_med" "$v_min" "$v_max" "1.00"
printf '%-40s %8d %8d %8d %8s\n' "lsp: initialize answered" "$i_med" "$i_min" "$i_max" "$(awk -v a="$i_med" -v b="$v_med" 'BEGIN { printf "%.2f", a / b }')"
printf '%-40s %8d %8d %8d %8s\n' "lsp: first diagnostics" "$d_med" "$d_min" "$d_max" "$(awk -v a="$d_med" -v b="$v_med" 'BEGIN { printf "%.2f", a / b }')"
