import Foundation

/// A JSON portfolio file read in parts of whole accounts, so memory does not grow with the file.
///
/// The document without its accounts (format, dates, team, reps, leads) is read once as the
/// *outline*; each part is a run of accounts read on its own against the outline's reps. A
/// part holds its accounts with their contacts, activities, opportunities and plans, every
/// index local to the part. Any problem (a file the layout pass cannot follow, an error in the
/// outline or in a part) gives nil: the caller then reads the file whole, which reports exactly
/// what is wrong.
struct PortfolioParts: Sendable {
    let path: String
    let layout: PortfolioLayout
    /// The portfolio without accounts; its text is read from the outline's own bytes.
    let outline: Portfolio
    /// The texts a part needs from the outline (team, currency, reps), copied once.
    private let arena: [UInt8]
    private let team: Team
    private let currency: TextRef?
    private let reps: [Rep]
    private let repIDs: IDTable

    /// Lays out and reads the outline of the JSON file at `path`.
    init?(path: String, partBytes: Int) {
        guard let layout = PortfolioLayout.scan(path: path, partBytes: partBytes),
              let head = PortfolioParts.read(path, 0..<layout.accountsOpen + 1),
              let tail = PortfolioParts.read(path, layout.accountsClose..<layout.byteCount) else { return nil }
        var sources = SourceMap()
        guard let outline = PortfolioLoader.load(bytes: head + tail, path: path, syntax: .json, sources: &sources).portfolio else {
            return nil
        }
        self.path = path
        self.layout = layout
        self.outline = outline
        var arena = TextStore(source: [], extra: [])
        func copy(_ ref: TextRef) -> TextRef { arena.append(outline.text.bytes(ref)) }
        team = Team(name: copy(outline.team.name), manager: outline.team.manager.map(copy))
        currency = outline.currency.map(copy)
        reps = outline.reps.map { rep in
            Rep(id: copy(rep.id), name: copy(rep.name), email: rep.email.map(copy), region: rep.region.map(copy),
                quota: rep.quota, hired: rep.hired)
        }
        var ids = IDTable(capacity: reps.count)
        for (index, rep) in reps.enumerated() { _ = ids.insert(rep.id, index: Int32(index), store: arena) }
        repIDs = ids
        self.arena = arena.extra
    }

    /// Number of parts.
    var count: Int { layout.parts.count }

    /// Part `index`, whose first account is account `firstAccount` of the whole portfolio, with
    /// the id hashes of its accounts, contacts, activities and opportunities (to find ids that
    /// repeat across parts). Nil when the part has an error.
    /// `skips` are lists passed over unread (and unchecked).
    func read(part index: Int, firstAccount: Int, skips: AccountLists = []) -> (portfolio: Portfolio, idHashes: [[UInt64]])? {
        let range = layout.parts[index]
        guard let body = PortfolioParts.read(path, range) else { return nil }
        // A list of the part's accounts, as the builder reads lists.
        var bytes = [UInt8]()
        bytes.reserveCapacity(body.count + 2)
        bytes.append(UInt8(ascii: "["))
        bytes += body
        bytes.append(UInt8(ascii: "]"))
        var sources = SourceMap()
        let file = sources.add(path: path, bytes: [])
        return bytes.withUnsafeBufferPointer { buffer -> (Portfolio, [[UInt64]])? in
            var builder = PortfolioBuilder(reader: JSONReader(bytes: buffer, file: file), store: TextStore(source: bytes, extra: arena),
                                           file: file)
            // No reserving by size here: parts come and go, and memory reserved for each one
            // would be reused (and so resident) rather than given back.
            builder.asOf = outline.asOf
            builder.currency = currency
            builder.fiscalYearStart = outline.fiscalYearStart
            builder.team = team
            builder.reps = reps
            builder.repIDs = repIDs
            builder.repsRead = true
            builder.skips = skips
            do throws(DocumentSyntaxError) {
                try builder.readAccountList(firstIndex: firstAccount)
                try builder.reader.expectEnd()
            } catch {
                return nil
            }
            guard let portfolio = builder.finish() else { return nil }
            let kinds: [EntityKind] = [.account, .contact, .activity, .opportunity]
            return (portfolio, kinds.map { builder.idCollectors[$0.ordinal].hashValues })
        }
    }

    /// The bytes of `range` of the file at `path`.
    static func read(_ path: String, _ range: Range<Int>) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
            var done = 0
            while done < range.count {
                let n = pread(descriptor, buffer.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
                if n <= 0 { failed = true; break }
                done += n
            }
            count = done
        }
        return failed ? nil : bytes
    }
}

extension PortfolioBuilder {
    /// Reads a list of accounts that are accounts `firstIndex`… of the whole document.
    mutating func readAccountList(firstIndex: Int) throws(DocumentSyntaxError) {
        path = [.key("accounts")]
        try reader.beginArray()
        var index = firstIndex
        while try reader.nextElement() {
            path.append(.index(index))
            try readAccount(index)
            path.removeLast()
            index += 1
        }
    }
}
