#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# docs/screenshots.sh — the workbench screenshots of the documentation, taken from the built product:
#
#   docs/workbench.png                 the Jixiao perspective with an example open
#   docs/workbench-content-assist.png  content assist (Ctrl+Space) after "indicator 产出."
#   docs/workbench-quick-fix.png       quick fix (Ctrl+1) on a seed mistake (a share that does not
#                                      match its amounts, seed 000)
#   docs/workbench-outdated-form.png   after saving the example with an unknown category (产出.效率):
#                                      the form marked out of date, the status line's report
#   docs/workbench-unknown-category.png  Ctrl+1 on that category: every 二级 of 产出
#   docs/workbench-open-workbook.png   opening the form as a double-click does, on a machine without
#                                      a program for .xlsx: the message instead of a text editor
#   docs/workbench-import-columns.png  the import wizard on a form of another province (read by its
#                                      header): the report page with the column mapping and the preview
#   docs/workbench-paste-columns.png   Paste as .perf of that form: the column mapping dialog
#   docs/workbench-preferences-layout.png  Window › Preferences › 绩效 Jixiao with the layout family
#                                      national chosen for generation
#
# How: the product starts under a private Xvfb with the example open, as ./jixiao workbench FILE does;
# the system property jixiao.screenshots switches on the product's screenshot hook
# (org.jixiao.rcp.JixiaoScreenshots), which places the caret, runs the editor's own content-assist and
# quick-fix operations, saves the screen with SWT and closes the workbench. Nothing is typed by a
# robot, so no window manager or xdotool is needed.
#
# On a fresh Debian/Ubuntu machine (as root) it installs what it needs: xvfb xauth libgtk-3-0 and a
# Chinese font (fonts-noto-cjk) — without one, Chinese text is drawn as boxes.
#
# Usage: docs/screenshots.sh [OUTPUT_DIR]   (default: docs/)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$root/docs}" && cd "${1:-$root/docs}" && pwd)"
example="$root/examples/qingling-2020-declaration.perf"
table="$root/tests/org.jixiao.dsl.ui.tests/resources/jiangxi-fuliang-2026-forestry.txt"

# --- what a fresh machine lacks ----------------------------------------------------------------
missing=()
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3\.so' || missing+=(libgtk-3-0)
fc-list :lang=zh family 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "screenshots: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "screenshots: please install ${missing[*]} (Debian package names) and run again" >&2
    exit 69
  fi
fi

# --- the product (built when missing or older than the sources, as ./jixiao does) ---------------
"$root/jixiao" workbench --help >/dev/null
product="$root/releng/org.jixiao.product/target/products/org.jixiao.product/linux/gtk/x86_64/jixiao"
launcher=("$product"/plugins/org.eclipse.equinox.launcher_*.jar)

workspace="$(mktemp -d -t jixiao-screenshots.XXXXXX)"
trap 'rm -rf "$workspace"' EXIT

# --- take them ----------------------------------------------------------------------------------
rm -f "$out/workbench.png" "$out/workbench-content-assist.png" "$out/workbench-quick-fix.png" \
  "$out/workbench-outdated-form.png" "$out/workbench-unknown-category.png" "$out/workbench-open-workbook.png" \
  "$out/workbench-import-columns.png" "$out/workbench-paste-columns.png" "$out/workbench-preferences-layout.png"
log="$workspace/product.log"
(cd "$product" && xvfb-run -a -s "-screen 0 1440x900x24" \
  java -Dfile.encoding=UTF-8 \
    -Djixiao.screenshots="$out" \
    "-Djixiao.screenshots.assistAfter=indicator 产出." \
    "-Djixiao.screenshots.quickFixAt=42.88% twoyearsago" \
    "-Djixiao.screenshots.importTable=$table" \
    -jar "${launcher[0]}" -data "$workspace/ws" -nl zh_CN "$example") >"$log" 2>&1 || true

# second run: an error saved into the example (a copy), Ctrl+1 on it, then opening its out-of-date form
mkdir -p "$workspace/申报" "$workspace/shots"
cp "$example" "$workspace/申报/"
(cd "$product" && xvfb-run -a -s "-screen 0 1440x900x24" \
  java -Dfile.encoding=UTF-8 \
    -Djixiao.screenshots="$workspace/shots" -Djixiao.screenshots.settleMillis=10000 \
    "-Djixiao.screenshots.replace=产出.数量 \"营商环境改善=>产出.效率 \"营商环境改善" \
    "-Djixiao.screenshots.assistAfter=indicator 产出." \
    "-Djixiao.screenshots.quickFixAt=产出.效率" \
    -jar "${launcher[0]}" -data "$workspace/ws2" -nl zh_CN "$workspace/申报/$(basename "$example")") >>"$log" 2>&1 || true
cp "$workspace/shots/workbench-outdated-form.png" "$workspace/shots/workbench-open-workbook.png" "$out/" 2>/dev/null || true
cp "$workspace/shots/workbench-quick-fix.png" "$out/workbench-unknown-category.png" 2>/dev/null || true

grep '^jixiao:' "$log" || true
for shot in workbench workbench-content-assist workbench-quick-fix workbench-outdated-form workbench-unknown-category \
    workbench-open-workbook workbench-import-columns workbench-paste-columns workbench-preferences-layout; do
  if [ ! -s "$out/$shot.png" ]; then
    echo "screenshots: $shot.png was not written; the product said:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
done
echo "screenshots: written to $out"
