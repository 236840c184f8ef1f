#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# docs/editors-screenshot.sh — docs/editors-neovim.png: Neovim in a terminal (xterm) on a private Xvfb,
# configured by editors/neovim/jixiao.lua (the config docs/editors.md gives), with a copy of
# examples/wenxin-2025-elevator-project.perf whose 产出.质量 is misspelt 产出.质: when the diagnostics
# have come (signs, the message at the end of a short line), they are listed in the location list
# below the file, the cursor goes to the mistake, and the screen is saved.
#
# On a fresh Debian/Ubuntu machine (as root) it installs what it needs: xvfb xauth xterm neovim
# imagemagick and a Chinese font (fonts-noto-cjk).
#
# Usage: docs/editors-screenshot.sh [OUTPUT_DIR]   (default: docs/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$(mkdir -p "${1:-$root/docs}" && cd "${1:-$root/docs}" && pwd)/editors-neovim.png"

missing=()
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
fc-list 2>/dev/null | grep -qi 'DejaVu Sans Mono' || missing+=(fonts-dejavu-core)
command -v xterm >/dev/null 2>&1 || missing+=(xterm)
command -v nvim >/dev/null 2>&1 || missing+=(neovim)
command -v import >/dev/null 2>&1 || missing+=(imagemagick)
fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "editors-screenshot: 缺少 ${missing[*]}；请以 root 运行 apt-get install -y ${missing[*]} (missing packages)" >&2
    exit 1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

tmp="$(mktemp -d -t jixiao-editors.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/workspace"
file="$tmp/workspace/wenxin-2025-elevator-project.perf"
sed 's/产出\.质量 "电梯竣工验收合格率"/产出.质 "电梯竣工验收合格率"/' "$root/examples/wenxin-2025-elevator-project.perf" > "$file"
line="$(grep -n '产出\.质 "电梯竣工验收合格率"' "$file" | cut -d: -f1)"

cat > "$tmp/init.lua" <<LUA
vim.g.jixiao_cmd = { '$root/jixiao', 'lsp' }
dofile('$root/editors/neovim/jixiao.lua')
vim.o.number = true
vim.o.wrap = false
vim.o.tabstop = 4
vim.o.signcolumn = 'yes'
local shown = false
vim.api.nvim_create_autocmd('DiagnosticChanged', { callback = function()
  if shown or #vim.diagnostic.get(0) == 0 then return end
  shown = true
  vim.defer_fn(function()
    vim.diagnostic.setloclist({ open = true }) -- every diagnostic of the file, listed below it
    vim.cmd('wincmd p')
    vim.api.nvim_win_set_cursor(0, { $line, 12 })
    vim.defer_fn(function() vim.fn.writefile({ 'ready' }, '$tmp/ready') end, 1500)
  end, 500)
end })
LUA

xvfb-run -a -s "-screen 0 1280x720x24" bash -c '
  cd "'"$tmp"'/workspace"
  xterm -geometry 142x37+0+0 -fa "DejaVu Sans Mono" -fd "Noto Sans CJK SC" -fs 11 -bg "#1e1e1e" -fg "#d4d4d4" \
    -title "nvim — jixiao lsp" -e nvim -u "'"$tmp"'/init.lua" "'"$file"'" &
  term=$!
  for _ in $(seq 1 240); do [ -f "'"$tmp"'/ready" ] && break; sleep 0.5; done
  [ -f "'"$tmp"'/ready" ] || { echo "editors-screenshot: no diagnostics within two minutes" >&2; kill $term; exit 1; }
  import -window root -crop 1280x720+0+0 "'"$out"'"
  kill $term
'
echo "editors-screenshot: $out"
