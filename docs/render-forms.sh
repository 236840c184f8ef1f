#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# render-forms.sh — 将生成的 Excel 表格与 Word 文档渲染成 PNG，供人工查看。
# Renders generated workbooks and Word documents to PNG for a person to look at: LibreOffice
# (headless) → PDF → pdftoppm → PNG. Installs LibreOffice Calc and Writer, CJK and Carlito fonts
# and poppler-utils with apt-get if missing.
#
#   docs/render-forms.sh [FORMS_DIR] [PNG_DIR] [PAGES]
#
# FORMS_DIR  workbooks (.xlsx) and documents (.docx) to render (default: forms, as written by ./jixiao generate examples/ -o forms)
# PNG_DIR    where the PNGs go (default: docs/renders)
# PAGES      pages per file (default: 1)
set -euo pipefail

forms="${1:-forms}"
out="${2:-docs/renders}"
pages="${3:-1}"

need=()
command -v soffice >/dev/null || need+=(libreoffice-calc-nogui)
compgen -G '/usr/lib/libreoffice/program/libswlo.so' >/dev/null || need+=(libreoffice-writer-nogui)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list :lang=zh 2>/dev/null | grep -q . || need+=(fonts-noto-cjk)
# Calibri's metrics: column widths as Excel lays them out
fc-list 2>/dev/null | grep -qi carlito || need+=(fonts-crosextra-carlito)
if [ ${#need[@]} -gt 0 ]; then
  echo "render-forms: 安装 installing ${need[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
shopt -s nullglob
for file in "$forms"/*.xlsx "$forms"/*.docx; do
  name="$(basename "$file")"
  base="${name%.*}"
  # LibreOffice needs a writable profile; a private one keeps runs independent
  soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to pdf --outdir "$tmp" "$file" >/dev/null 2>&1
  pdftoppm -png -gray -r 56 -f 1 -l "$pages" "$tmp/$base.pdf" "$out/$base"
  echo "$out/$base-*.png"
done
