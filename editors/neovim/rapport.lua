-- Rapport rule files in Neovim 0.7 or later: the filetype, and the language server
-- (`rapport lsp`) started for each .rapport buffer. Put this file in ~/.config/nvim/plugin/
-- or `dofile` it from init.lua; set vim.g.rapport_path when rapport is not on the PATH.
vim.api.nvim_create_autocmd({ "BufRead", "BufNewFile" }, { pattern = "*.rapport", command = "setfiletype rapport" })

vim.api.nvim_create_autocmd("FileType", {
  pattern = "rapport",
  callback = function(args)
    local config = {
      name = "rapport",
      cmd = { vim.g.rapport_path or "rapport", "lsp" },
      root_dir = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ":p:h"),
    }
    if vim.lsp.start then
      vim.lsp.start(config) -- Neovim 0.8 and later: one server per folder, reused
    else
      local id = vim.lsp.start_client(config) -- Neovim 0.7 (Debian 12)
      if id then vim.lsp.buf_attach_client(args.buf, id) end
    end
  end,
})
