#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# What each override of an Xtext service pays (docs/benchmarks.md, "Xtext 替换的得失 / What the Xtext overrides pay").
#
#   benchmarks/overrides.sh [ROUNDS] [VARIANTS…]     default 5 rounds, variants below
#
# A variant names the overrides replaced by Xtext's default (tests/…/bench/PerfXtextDefaults.java):
#   shipped            as shipped
#   diagnostician      CancelableDiagnostician instead of PerfDiagnostician
#   validator          ResourceValidatorImpl instead of PerfResourceValidator
#   converter          DiagnosticConverterImpl instead of PerfDiagnosticConverter
#   fragments          DefaultFragmentProvider instead of PerfFragmentProvider
#   a,b,…              several at once
# Each round runs every variant once, one after the other (alternately, so that a change of load
# hits every variant alike), for three measures:
#   validate   wall time of the command line `validate examples/` (a fresh JVM, as ./jixiao starts it
#              without the class-data-sharing archive, which holds the shipped classes only);
#   generate   the same for `generate examples/ -o TMP`;
#   heap       heap retained after validating examples/ and a generated 5,000-indicator file (PerfRetainedHeap).
# It prints the medians and each median's ratio to the shipped one, and the load average.
# Build first (./mvnw -B -DskipTests package).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
shift || true
variants=("$@")
[ ${#variants[@]} -gt 0 ] || variants=(shipped diagnostician validator converter fragments diagnostician,validator,converter,fragments)
tmp="$(mktemp -d -t jixiao-overrides.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
cd "$root"
cp="$root/releng/org.jixiao.repository/target/repository/plugins/*:$root/tests/org.jixiao.dsl.tests/target/classes:$root/tests/org.jixiao.cli.tests/target/classes"
java_opts=(-Dfile.encoding=UTF-8 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
mkdir -p "$tmp/times"

# NAME VARIANT COMMAND…: one timed run; its wall time and the CPU time of the process (user + system,
# what load from other processes hardly changes) appended to $tmp/times/NAME.VARIANT, in milliseconds
timed() {
  local name="$1" variant="$2" status=0 wall user sys
  shift 2
  TIMEFORMAT='%R %U %S'
  { time "$@" >"$tmp/out" 2>&1 || status=$?; } 2>"$tmp/time"
  # validate exits 1 when the examples have errors; anything else is a failure
  if [ "$status" -gt 1 ]; then echo "$name $variant failed ($status):" >&2; tail -20 "$tmp/out" >&2; exit 1; fi
  read -r wall user sys < "$tmp/time"
  echo "$(echo "$wall * 1000 / 1" | bc) $(echo "($user + $sys) * 1000 / 1" | bc)" >> "$tmp/times/$name.$variant"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((r = 0; r <= rounds; r++)); do   # round 0 warms the file cache and is not counted
  for v in "${variants[@]}"; do
    rm -rf "$tmp/forms"
    timed validate "$v" java "${java_opts[@]}" -cp "$cp" org.jixiao.cli.tests.bench.PerfCliWithDefaults "$v" validate examples
    timed generate "$v" java "${java_opts[@]}" -cp "$cp" org.jixiao.cli.tests.bench.PerfCliWithDefaults "$v" generate examples -o "$tmp/forms"
    java -XX:+UseSerialGC -cp "$cp" org.jixiao.dsl.tests.bench.PerfRetainedHeap "$v" >> "$tmp/heap.$v"
    if [ "$r" -eq 0 ]; then rm -f "$tmp/times/"*".$v" "$tmp/heap.$v"; fi
  done
  echo "round $r done, load $(cut -d' ' -f1 /proc/loadavg)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# median of numbers, one a line (the mean of the middle two for an even count)
median() { sort -n | awk '{ a[NR] = $1 } END { m = int((NR + 1) / 2); print (NR % 2 ? a[m] : (a[m] + a[m + 1]) / 2) }'; }
column() { awk -v c="$1" '{ print $c }' "$2" | median; }
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }
printf '%-45s %22s %22s %16s %8s\n' variant "validate wall / CPU ms" "generate wall / CPU ms" "heap held MB" "left MB"
bvw="$(column 1 "$tmp/times/validate.shipped")"; bvc="$(column 2 "$tmp/times/validate.shipped")"
bgw="$(column 1 "$tmp/times/generate.shipped")"; bgc="$(column 2 "$tmp/times/generate.shipped")"
bh="$(column 7 "$tmp/heap.shipped")"
for v in "${variants[@]}"; do
  vw="$(column 1 "$tmp/times/validate.$v")"; vc="$(column 2 "$tmp/times/validate.$v")"
  gw="$(column 1 "$tmp/times/generate.$v")"; gc="$(column 2 "$tmp/times/generate.$v")"
  h="$(column 7 "$tmp/heap.$v")"; l="$(column 9 "$tmp/heap.$v")"
  printf '%-45s %5s (%s) / %5s (%s) %5s (%s) / %5s (%s) %7s (%s) %8s\n' "$v" "$vw" "$(ratio "$vw" "$bvw")" "$vc" "$(ratio "$vc" "$bvc")" \
    "$gw" "$(ratio "$gw" "$bgw")" "$gc" "$(ratio "$gc" "$bgc")" "$h" "$(ratio "$h" "$bh")" "$l"
done
echo "(medians over the rounds; ratio to shipped in brackets)"
for v in "${variants[@]}"; do
  echo "$v: validate $(tr '\n' ' ' < "$tmp/times/validate.$v")| generate $(tr '\n' ' ' < "$tmp/times/generate.$v")| heap $(awk '{ printf "%s/%s ", $7, $9 }' "$tmp/heap.$v")"
done
