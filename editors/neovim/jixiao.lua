-- SPDX-License-Identifier: EPL-2.0
-- Jixiao (绩效) .perf 文件的语言服务器配置，Neovim 0.7 及以后版本。 Jixiao's language server for .perf files (Neovim 0.7+).
-- 放入 ~/.config/nvim/init.lua，或在其中 dofile('…/jixiao.lua')。 Put into init.lua, or dofile() it from there.
-- 命令可用 vim.g.jixiao_cmd 改，如 { '/home/me/jixiao/jixiao', 'lsp', '--profile', 'national' }。
vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, { pattern = '*.perf', command = 'setfiletype perf' })

local clients = {} -- Neovim 0.7 has no vim.lsp.start: one client per folder, reused

local function on_attach(_, bufnr)
  vim.bo[bufnr].omnifunc = 'v:lua.vim.lsp.omnifunc' -- 补全 completion: Ctrl-X Ctrl-O
  local function map(keys, action) vim.keymap.set('n', keys, action, { buffer = bufnr }) end
  map('gd', vim.lsp.buf.definition) -- 转到定义（类别在框架文件中的定义） go to definition
  map('K', vim.lsp.buf.hover) -- 悬停说明 hover
  map('<space>ca', vim.lsp.buf.code_action) -- 快速修复 quick fixes
  map('<space>f', function() -- 格式化 format
    if vim.lsp.buf.format then vim.lsp.buf.format() else vim.lsp.buf.formatting_sync() end
  end)
end

vim.api.nvim_create_autocmd('FileType', {
  pattern = 'perf',
  callback = function(args)
    local file = vim.api.nvim_buf_get_name(args.buf)
    -- 工作区：含 .git 的上级文件夹，否则文件所在的文件夹；其中全部 .perf 文件都被检查
    local git = vim.fn.finddir('.git', vim.fn.fnamemodify(file, ':p:h') .. ';')
    local root = git ~= '' and vim.fn.fnamemodify(git, ':p:h:h') or vim.fn.fnamemodify(file, ':p:h')
    local config = { name = 'jixiao', cmd = vim.g.jixiao_cmd or { 'jixiao', 'lsp' }, root_dir = root, on_attach = on_attach }
    if vim.lsp.start then
      vim.lsp.start(config, { bufnr = args.buf })
    else
      clients[root] = clients[root] or vim.lsp.start_client(config)
      vim.lsp.buf_attach_client(args.buf, clients[root])
    end
  end,
})
