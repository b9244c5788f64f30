"""The editor configurations of docs/editors.md: VS Code's extension folder is well formed and
ships the one grammar; Neovim's configuration starts `rapport lsp` and shows its diagnostics
(run in a real headless Neovim when one is installed, as in CI)."""
import json
import os
import pathlib
import shutil
import subprocess
import tempfile

import pytest

from conftest import RAPPORT, REPO

VSCODE = REPO / "editors" / "vscode"


def test_vscode_extension_declares_the_language_and_ships_the_grammar():
    package = json.loads((VSCODE / "package.json").read_text())
    language = package["contributes"]["languages"][0]
    assert language["id"] == "rapport" and language["extensions"] == [".rapport"]
    grammar = package["contributes"]["grammars"][0]
    shipped = (VSCODE / grammar["path"]).resolve()
    assert shipped == (REPO / "Grammar" / "rapport.tmLanguage.json").resolve(), "the one grammar, not a copy"
    assert json.loads(shipped.read_text())["scopeName"] == grammar["scopeName"]
    assert (VSCODE / language["configuration"]).is_file()
    extension = (VSCODE / package["main"]).read_text()
    assert '["lsp"]' in extension and "vscode-languageclient/node" in extension
    if shutil.which("node"):
        subprocess.run(["node", "--check", str(VSCODE / package["main"])], check=True)


@pytest.mark.skipif(shutil.which("nvim") is None, reason="Neovim is not installed (CI installs it)")
def test_neovim_configuration_shows_the_servers_diagnostics():
    with tempfile.TemporaryDirectory() as folder:
        rule = pathlib.Path(folder) / "draft.rapport"
        rule.write_text('rule r\n  severity info\n  for each account a\n  when a.teir == "key"\n  advise "x"\nend\n')
        out = pathlib.Path(folder) / "out.txt"
        subprocess.run(
            ["nvim", "--headless", "-u", "NONE", "-i", "NONE", "--cmd", f"let g:rapport_path = '{RAPPORT}'",
             "-c", "filetype on", "-c", f"luafile {REPO / 'editors' / 'neovim' / 'rapport.lua'}",
             "-c", f"edit {rule}", "-c", f"luafile {REPO / 'Tests' / 'LSPClient' / 'neovim_check.lua'}"],
            env={**os.environ, "RAPPORT_NVIM_OUT": str(out)}, timeout=60, check=True, capture_output=True,
        )
        assert out.read_text().splitlines() == ["filetype=rapport", "arrived=true", "3:9 type.unknown_field"]
