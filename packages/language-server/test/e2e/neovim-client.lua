-- Opens a manual in Neovim's own LSP client (not ours), started on the cpskit server,
-- waits for the diagnostics to arrive and writes them, one a line, to $CPS_OUT.
-- Written for Neovim 0.7 (Debian 12), the oldest client this test meets.
local server = os.getenv('CPS_SERVER')
local manual = os.getenv('CPS_MANUAL')
local out = os.getenv('CPS_OUT')

vim.cmd('edit ' .. vim.fn.fnameescape(manual))
local bufnr = vim.api.nvim_get_current_buf()
local client_id = vim.lsp.start_client({
  name = 'cpskit',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.fnamemodify(manual, ':h'),
  init_options = { settings = { locale = os.getenv('CPS_LOCALE') or 'en' } },
})
vim.lsp.buf_attach_client(bufnr, client_id)

local arrived = vim.wait(20000, function()
  return #vim.diagnostic.get(bufnr) > 0
end, 50)

local lines = {}
if not arrived then
  table.insert(lines, 'TIMEOUT: no diagnostics')
end
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(lines, string.format('%d:%d %s %s', d.lnum + 1, d.col + 1, code, d.message))
end
table.sort(lines)
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client_id, true)
vim.cmd('qa!')
