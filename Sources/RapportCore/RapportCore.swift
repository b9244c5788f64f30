// The library as one import: every layer of Rapport, from the base (sources, diagnostics,
// dates) to the REPL core. The layers are separate modules so that the compiler rejects a
// backward dependency; see docs/architecture.md.
@_exported import RapportBase
@_exported import RapportSyntax
@_exported import RapportModel
@_exported import RapportSemantics
@_exported import RapportEngine
@_exported import RapportReports
@_exported import RapportHistory
@_exported import RapportREPL
@_exported import RapportLSP
@_exported import RapportSQL
