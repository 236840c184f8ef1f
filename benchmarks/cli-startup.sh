#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Start-up benchmark of the command line (docs/benchmarks.md, "命令行启动 / Command-line start-up").
#
#   benchmarks/cli-startup.sh [ROUNDS]            default 10 rounds
#   JIXIAO_BENCH_CONFIGS="fast plain" benchmarks/cli-startup.sh 10
#
# Each round runs, one after the other (alternately, so that a change of load hits every case alike):
#   hello     a hello-world class in a bare JVM (`java -cp DIR Hello`): the floor of any Java command;
#   validate  ./jixiao validate on a one-line .perf file;
#   generate  ./jixiao generate examples/ -o TMP/forms;
#   search    ./jixiao library search 信访;
# each jixiao command once per configuration:
#   fast      ./jixiao as shipped (class-data-sharing archive and start-up flags);
#   plain     JIXIAO_CDS=off JIXIAO_FAST_FLAGS=off: the plain `java -cp "plugins/*"` start of before;
#   cds       the archive without the start-up flags; flags: the flags without the archive.
# It reports the median and spread of the wall times and each median's ratio to hello's median.
# Timing is wall-clock time of the whole process (date +%s%N), as a user waits for it.
# Build first (./jixiao builds on its first use; the first fast run also writes the archive, so
# the harness runs every configuration once before measuring).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-10}"
configs=(${JIXIAO_BENCH_CONFIGS:-fast plain})
tmp="$(mktemp -d -t jixiao-bench.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/hello"
cat > "$tmp/hello/Hello.java" <<'JAVA'
public class Hello {
	public static void main(String[] args) {
		System.out.println("hello");
	}
}
JAVA
javac -d "$tmp/hello" "$tmp/hello/Hello.java"
printf '%s\n' 'duties "测试单位" year 2022 < title "部门整体绩效目标" >' > "$tmp/one-line.perf"

config_env() {
  case "$1" in
    fast) echo "" ;;
    plain) echo "JIXIAO_CDS=off JIXIAO_FAST_FLAGS=off" ;;
    cds) echo "JIXIAO_FAST_FLAGS=off" ;;
    flags) echo "JIXIAO_CDS=off" ;;
    *) echo "unknown configuration $1" >&2; exit 64 ;;
  esac
}

# run NAME CONFIG: one timed run, appended to $tmp/times/NAME.CONFIG (milliseconds)
run() {
  local name="$1" config="$2" start end status=0
  local -a cmd
  case "$name" in
    hello) cmd=(java -cp "$tmp/hello" Hello) ;;
    validate) cmd=("$root/jixiao" validate "$tmp/one-line.perf") ;;
    generate) rm -rf "$tmp/forms"; cmd=("$root/jixiao" generate "$root/examples" -o "$tmp/forms") ;;
    search) cmd=("$root/jixiao" library search 信访) ;;
  esac
  start=$(date +%s%N)
  env $(config_env "$config") "${cmd[@]}" >"$tmp/out" 2>&1 || status=$?
  end=$(date +%s%N)
  if [ "$status" -ne 0 ] && [ "$name" != validate ]; then
    echo "cli-startup: $name ($config) exited $status:" >&2; cat "$tmp/out" >&2; exit 1
  fi
  echo $(( (end - start) / 1000000 )) >> "$tmp/times/$name.$config"
}

commands=(validate generate search)
mkdir -p "$tmp/times"
echo "warm-up (builds if needed, writes the archive) …" >&2
for c in "${commands[@]}"; do for k in "${configs[@]}"; do run "$c" "$k"; done; done
run hello fast
rm -f "$tmp/times/"*

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((i = 1; i <= rounds; i++)); do
  run hello fast
  for c in "${commands[@]}"; do for k in "${configs[@]}"; do run "$c" "$k"; done; done
  printf '.' >&2
done
echo >&2
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

# median MIN MAX of a file of numbers
stats() { sort -n "$1" | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; print m, a[1], a[NR] }'; }
read -r hello_median hello_min hello_max < <(stats "$tmp/times/hello.fast")
echo "rounds: $rounds; java: $(java -version 2>&1 | head -1)"
printf '%-10s %-6s %10s %16s %10s\n' command config median "min … max" "/ hello"
printf '%-10s %-6s %8s ms %7s … %4s %10s\n' hello - "$hello_median" "$hello_min" "$hello_max" 1.0
for c in "${commands[@]}"; do
  for k in "${configs[@]}"; do
    read -r median min max < <(stats "$tmp/times/$c.$k")
    printf '%-10s %-6s %8s ms %7s … %4s %10s\n' "$c" "$k" "$median" "$min" "$max" \
      "$(awk -v a="$median" -v b="$hello_median" 'BEGIN { printf "%.1f", a / b }')"
  done
done
