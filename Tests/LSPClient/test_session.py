"""End-to-end: the shipped rules and the spec's examples, opened in a real client."""
import pathlib
import shutil
import subprocess
import tempfile

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import RAPPORT, REPO

RULES = REPO / "Rules"
SPEC = REPO.parent / "shared" / "spec" / "examples"


def open_file(client: LanguageClient, path: pathlib.Path, text: str | None = None) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="rapport", version=1, text=path.read_text() if text is None else text
            )
        )
    )
    return uri


async def diagnostics_for(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    while uri not in client.diagnostics:
        await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return list(client.diagnostics[uri])


def position_of(text: str, needle: str, nth: int = 1, offset: int = 0) -> types.Position:
    index = -1
    for _ in range(nth):
        index = text.index(needle, index + 1)
    before = text[:index]
    line = before.count("\n")
    column = len(before[before.rfind("\n") + 1 :].encode("utf-16-le")) // 2
    return types.Position(line=line, character=column + offset)


def formatted(path: pathlib.Path) -> str:
    """The file as `rapport fmt` writes it (on a copy)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = pathlib.Path(folder) / path.name
        shutil.copy(path, copy)
        subprocess.run([RAPPORT, "fmt", str(copy)], check=True, capture_output=True)
        return copy.read_text()


def doc(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


async def test_every_shipped_rule_file_and_spec_example_is_clean(client: LanguageClient):
    paths = sorted(RULES.glob("*.rapport")) + sorted(SPEC.glob("*.rapport"))
    assert len(paths) >= 5
    for path in paths:
        uri = open_file(client, path)
        assert await diagnostics_for(client, uri) == [], path.name
        edits = await client.text_document_formatting_async(
            types.DocumentFormattingParams(text_document=doc(uri), options=types.FormattingOptions(tab_size=2, insert_spaces=True))
        )
        assert (edits[0].new_text if edits else path.read_text()) == formatted(path), f"{path.name}: formatting is rapport fmt"
        symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=doc(uri)))
        assert symbols, f"{path.name} declares something"
        rules = [symbol for symbol in symbols if symbol.detail.startswith("rule")]
        if rules:
            hover = await client.text_document_hover_async(
                types.HoverParams(text_document=doc(uri), position=rules[0].selection_range.start)
            )
            assert f"rule {rules[0].name}" in hover.contents.value, path.name


async def test_typing_a_mistake_gives_a_coded_diagnostic_and_a_quick_fix(client: LanguageClient):
    path = RULES / "key_accounts.rapport"
    text = path.read_text()
    uri = open_file(client, path)
    assert await diagnostics_for(client, uri) == []
    start = position_of(text, "growth_plan is missing")
    client.diagnostics.pop(uri)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[
                types.TextDocumentContentChangePartial(
                    range=types.Range(start=start, end=types.Position(line=start.line, character=start.character + len("growth_plan"))),
                    text="growth_plna",
                )
            ],
        )
    )
    found = await diagnostics_for(client, uri)
    assert [d.code for d in found] == ["type.unknown_field"]
    assert found[0].range.start == start
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(text_document=doc(uri), range=found[0].range, context=types.CodeActionContext(diagnostics=found))
    )
    assert actions and actions[0].title == "Change `growth_plna` to `growth_plan`"
    edit = actions[0].edit.changes[uri][0]
    assert edit.new_text == "growth_plan" and edit.range == found[0].range


async def test_hover_completion_and_navigation_on_the_shipped_pack(client: LanguageClient):
    path = RULES / "key_accounts.rapport"
    text = path.read_text()
    uri = open_file(client, path)
    await diagnostics_for(client, uri)

    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=doc(uri), position=position_of(text, "growth_plan is missing", offset=2))
    )
    assert "account.growth_plan" in hover.contents.value

    use = position_of(text, ".is_key", offset=2)
    definition = await client.text_document_definition_async(types.DefinitionParams(text_document=doc(uri), position=use))
    target = definition if isinstance(definition, types.Location) else definition[0]
    assert target.uri.endswith(".rapport")
    defined_in = pathlib.Path(target.uri.removeprefix("file://")).read_text()
    assert "define account.is_key" in defined_in

    references = await client.text_document_references_async(
        types.ReferenceParams(text_document=doc(uri), position=use, context=types.ReferenceContext(include_declaration=True))
    )
    assert len(references) >= 3 and any(r.uri == target.uri for r in references)

    rename = await client.text_document_rename_async(types.RenameParams(text_document=doc(uri), position=use, new_name="is_key_account"))
    assert sum(len(edits) for edits in rename.changes.values()) == len(references)

    # Completion after `a.` in a rule: the account's fields, by the static type of `a`.
    line = position_of(text, "  when", 1)
    typed = text.replace("  when", "  let probe = a.\n  when", 1)
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=typed)],
        )
    )
    items = await client.text_document_completion_async(
        types.CompletionParams(text_document=doc(uri), position=types.Position(line=line.line, character=len("  let probe = a.")))
    )
    labels = {item.label for item in (items.items if hasattr(items, "items") else items)}
    assert {"tier", "growth_plan", "potential", "is_key"} <= labels


async def test_workspace_symbols_and_protocol_errors(client: LanguageClient):
    symbols = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="key_account_without"))
    assert "key_account_without_growth_plan" in {s.name for s in symbols}
    try:
        await client.protocol.send_request_async("rapport/nothing", {})
        raise AssertionError("an unknown request is answered with an error")
    except Exception as error:
        assert "unknown method rapport/nothing" in str(error)
    try:
        await client.text_document_hover_async(
            types.HoverParams(text_document=doc((REPO / "nowhere.rapport").as_uri()), position=types.Position(line=0, character=0))
        )
        raise AssertionError("a file neither open nor on disk is refused")
    except Exception as error:  # pygls raises the server's JSON-RPC error
        assert "neither open nor a readable rule file" in str(error)
