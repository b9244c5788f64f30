"""A real LSP client (pytest-lsp, on pygls) talking to `rapport lsp` over stdio.

The server is the built binary: RAPPORT_BIN, else the debug build of this checkout. Each
test gets a fresh server, initialised as VS Code, Neovim (latest and 0.7, Debian 12's) and
Emacs (eglot) would: their capability profiles ship with pytest-lsp, which checks every
answer against the capabilities the client announced.
"""
import os
import pathlib

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

REPO = pathlib.Path(__file__).resolve().parents[2]
RAPPORT = os.environ.get("RAPPORT_BIN", str(REPO / ".build" / "debug" / "rapport"))


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[RAPPORT, "lsp"]),
    params=["visual-studio-code", "neovim", "neovim@v0.7.0", "emacs"],
)
async def client(request, lsp_client: LanguageClient):
    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(request.param),
            root_uri=REPO.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=REPO.as_uri(), name="rapport")],
        )
    )
    yield
    await lsp_client.shutdown_session()
