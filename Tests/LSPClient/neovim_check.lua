-- Run by test_editors.py in a headless Neovim that has sourced editors/neovim/rapport.lua and
-- opened a rule file with a mistake: waits for the server's diagnostics and writes them out.
local buf = vim.api.nvim_get_current_buf()
local out = os.getenv("RAPPORT_NVIM_OUT")
local arrived = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local lines = { "filetype=" .. vim.bo[buf].filetype, "arrived=" .. tostring(arrived) }
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""
  table.insert(lines, string.format("%d:%d %s", d.lnum, d.col, code))
end
vim.fn.writefile(lines, out)
vim.cmd("qa!")
