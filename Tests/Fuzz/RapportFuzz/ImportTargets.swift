import RapportCore

/// CRM exports: the CSV reader and the import with each preset's mapping.
enum ImportTargets {
    static let presets: [ImportMapping] = ImportPresets.names.compactMap(ImportPresets.mapping(named:))

    static func csv(_ bytes: [UInt8]) {
        let table: CSVTable
        do throws(CSVError) { table = try CSVReader.read(bytes, path: "fuzz.csv").table } catch { return }
        for mapping in presets {
            guard let entry = ImportPresets.entry(for: table.header, in: mapping) else { continue }
            let result = Importer.run([(table, entry)], mapping: mapping)
            _ = result.problemsCSV()
            guard let json = result.json else { continue }
            // What the import writes loads as a portfolio.
            var sources = SourceMap()
            let load = PortfolioLoader.load(bytes: Array(json.utf8), path: "imported.json", syntax: .json, sources: &sources)
            FuzzTargets.require(load.portfolio != nil, "the import wrote a portfolio that does not load: \(load.diagnostics.map(\.message))")
        }
    }
}
