-- SPDX-License-Identifier: EPL-2.0
-- Drives `jixiao lsp` through Neovim's built-in client, configured by editors/neovim/jixiao.lua
-- (the config docs/editors.md gives users), and writes what the editor saw as JSON to
-- vim.g.jixiao_report. The assertions are made by the JUnit test that runs it (PerfNeovimClientTest).
-- Run after `:edit FILE.perf`; vim.g.jixiao_scenario holds completionAfter, completionText,
-- mistakeCode, fixTitle (the quick fix to apply) and the unformatted text.
local scenario = vim.g.jixiao_scenario
local report = {}
local bufnr = vim.api.nvim_get_current_buf()

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(report) }, vim.g.jixiao_report)
  vim.cmd('qall!')
end

local ok, failure = pcall(function()
  report.filetype = vim.bo[bufnr].filetype
  local attached = vim.wait(300000, function() return #vim.lsp.buf_get_clients(bufnr) > 0 end, 50)
  report.attached = attached
  if not attached then return end
  local client = vim.lsp.buf_get_clients(bufnr)[next(vim.lsp.buf_get_clients(bufnr))]
  report.clientName = client.name
  vim.wait(300000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)

  -- the diagnostics as the client keeps them, with the server's original beside (code, data)
  local function lsp_diagnostics()
    local result = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local original = d.user_data and d.user_data.lsp or {}
      table.insert(result, { line = d.lnum + 1, severity = d.severity, message = d.message,
        code = original.code or d.code, source = d.source, lsp = original })
    end
    return result
  end
  report.diagnostics = lsp_diagnostics()

  -- completion on a new line, typed into the buffer (the client sends the change)
  local after = scenario.completionAfter
  vim.api.nvim_buf_set_lines(bufnr, after + 1, after + 1, false, { scenario.completionText })
  -- the position in UTF-16 code units, as the protocol counts
  local _, utf16 = vim.str_utfindex(scenario.completionText)
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', {
    textDocument = vim.lsp.util.make_text_document_params(bufnr),
    position = { line = after + 1, character = utf16 },
  }, 60000)
  report.completion = {}
  for _, response in pairs(responses or {}) do
    local items = response.result and (response.result.items or response.result) or {}
    for _, item in ipairs(items) do
      table.insert(report.completion, { label = item.label, detail = item.detail,
        newText = item.textEdit and item.textEdit.newText or item.insertText })
    end
  end
  vim.api.nvim_buf_set_lines(bufnr, after + 1, after + 2, false, {})
  vim.wait(300000, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if (d.user_data and d.user_data.lsp or {}).code == scenario.mistakeCode then return true end
    end
    return false
  end, 50)

  -- the quick fix of the mistake, as a user applies it: the cursor on its line, the documented
  -- <space>ca (vim.lsp.buf.code_action), the fix chosen in vim.ui.select (where pickers plug in)
  local mistake
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if (d.user_data and d.user_data.lsp or {}).code == scenario.mistakeCode then mistake = d end
  end
  if mistake then
    local before = vim.api.nvim_buf_get_lines(bufnr, mistake.lnum, mistake.lnum + 1, false)[1]
    vim.api.nvim_win_set_cursor(0, { mistake.lnum + 1, mistake.col })
    report.codeActions = {}
    vim.ui.select = function(items, _, on_choice)
      local chosen
      for index, item in ipairs(items) do
        local action = item.action or item[2] -- {client_id, action} up to 0.9, {ctx, action} later
        table.insert(report.codeActions, action.title)
        if not chosen and action.title:find(scenario.fixTitle, 1, true) then chosen = index end
      end
      on_choice(chosen and items[chosen] or nil, chosen)
    end
    vim.lsp.buf.code_action()
    vim.wait(60000, function()
      return vim.api.nvim_buf_get_lines(bufnr, mistake.lnum, mistake.lnum + 1, false)[1] ~= before
    end, 50)
    report.fixedLine = vim.api.nvim_buf_get_lines(bufnr, mistake.lnum, mistake.lnum + 1, false)[1]
    vim.wait(300000, function()
      for _, d in ipairs(vim.diagnostic.get(bufnr)) do
        if (d.user_data and d.user_data.lsp or {}).code == scenario.mistakeCode then return false end
      end
      return true
    end, 50)
    report.diagnosticsAfterFix = lsp_diagnostics()
  end

  -- formatting of a badly laid out text, as the documented <space>f does it
  vim.api.nvim_buf_set_lines(bufnr, 0, -1, false, vim.split(scenario.unformatted, '\n', { plain = true }))
  if vim.lsp.buf.format then
    vim.lsp.buf.format({ timeout_ms = 60000 })
  else
    vim.lsp.buf.formatting_sync(nil, 60000)
  end
  report.formatted = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
end)
if not ok then report.failure = tostring(failure) end
finish()
