// Starts `rapport lsp` for .rapport files (the Language Server Protocol over stdio).
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration("rapport").get("path") || "rapport";
  const server = { command, args: ["lsp"], transport: TransportKind.stdio };
  client = new LanguageClient(
    "rapport",
    "Rapport",
    { run: server, debug: server },
    { documentSelector: [{ scheme: "file", language: "rapport" }] }
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
