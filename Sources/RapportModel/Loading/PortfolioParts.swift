import Foundation
import RapportBase
import RapportSyntax

/// A JSON portfolio file read in parts of whole accounts, so memory does not grow with the file.
///
/// A layout pass (``PortfolioLayout``) runs on its own thread and hands out parts as it finds
/// them. The document without its accounts (format, dates, team, reps, leads) is the *outline*.
/// Parts are read against the reps of the document's head (what comes before the accounts) as
/// soon as the head is known, so reading overlaps the layout pass; when the reps come after the
/// accounts, reading waits for the whole outline. A part holds its accounts with their
/// contacts, activities, opportunities and plans, every index local to the part. Any problem (a
/// file the layout pass cannot follow, an error in the outline or a part, a head that disagrees
/// with the whole outline) gives nil: the caller then reads the file whole, which reports
/// exactly what is wrong.
package struct PortfolioParts: Sendable {
    package let path: String
    package let feed: PartFeed
    /// The outline as far as parts need it (dates, team, currency, reps): read from the head of
    /// the file when it holds them, else from the whole outline.
    package let head: Portfolio
    /// The texts a part needs from the outline (team, currency, reps), copied once.
    private let arena: [UInt8]
    private let team: Team
    private let currency: TextRef?
    private let reps: [Rep]
    private let repIDs: IDTable
    /// The outline as read from the file, once.
    private let outline: CompletedOutline

    /// Starts the layout pass over the JSON file at `path` and reads the outline's head.
    package init?(path: String, partBytes: Int) {
        let feed = PartFeed()
        let outline = CompletedOutline()
        Thread.detachNewThread {
            let layout = PortfolioLayout.scan(path: path, partBytes: partBytes, feed: feed)
            feed.finish(layout)
            // What follows the accounts (the leads: tens of megabytes in a large export) is read
            // here while the parts are, not after them.
            if layout != nil, !feed.isCancelled { outline.value { PortfolioParts.outline(path: path, feed: feed) } }
        }
        self.outline = outline
        guard let open = feed.waitForAccountsOpen(), let headBytes = PortfolioParts.read(path, 0..<open + 1) else {
            feed.cancel()
            return nil
        }
        var context = PortfolioParts.load(headBytes + Array("]}".utf8), path: path)
        if context?.reps.isEmpty ?? true {
            // The reps (or a required field) come after the accounts: wait for the whole outline.
            context = outline.value { PortfolioParts.outline(path: path, feed: feed) }
        }
        guard let context else {
            feed.cancel()
            return nil
        }
        self.path = path
        self.feed = feed
        head = context
        var arena = TextStore(source: [], extra: [])
        func copy(_ ref: TextRef) -> TextRef { arena.append(context.text.bytes(ref)) }
        team = Team(name: copy(context.team.name), manager: context.team.manager.map(copy))
        currency = context.currency.map(copy)
        reps = context.reps.map { rep in
            Rep(id: copy(rep.id), name: copy(rep.name), email: rep.email.map(copy), region: rep.region.map(copy),
                quota: rep.quota, hired: rep.hired)
        }
        var ids = IDTable(capacity: reps.count)
        for (index, rep) in reps.enumerated() { _ = ids.insert(rep.id, index: Int32(index), store: arena) }
        repIDs = ids
        self.arena = arena.extra
    }

    /// The whole outline, once the layout pass is over; nil when the file cannot be read in
    /// parts after all (the pass failed, the outline has an error, or it disagrees with the head
    /// the parts were read against: a `currency` after the accounts, say).
    package func completeOutline() -> Portfolio? {
        // Read once; the comparison with the head is a few texts, made at each call.
        guard let outline = outline.value({ PortfolioParts.outline(path: path, feed: feed) }) else { return nil }
        let agrees = outline.asOf == head.asOf && outline.fiscalYearStart == head.fiscalYearStart
            && outline.string(outline.currency) == head.string(head.currency)
            && outline.string(outline.team.name) == head.string(head.team.name)
            && outline.string(outline.team.manager) == head.string(head.team.manager)
            && outline.reps.count == head.reps.count
            && zip(outline.reps, head.reps).allSatisfy { outline.string($0.id) == head.string($1.id) }
        return agrees ? outline : nil
    }

    /// The head and the rest after the accounts, read by the normal loader.
    private static func outline(path: String, feed: PartFeed) -> Portfolio? {
        guard let open = feed.waitForAccountsOpen(), let head = read(path, 0..<open + 1), let layout = feed.waitForLayout(),
              let tail = read(path, layout.accountsClose..<layout.byteCount) else { return nil }
        return load(head + tail, path: path)
    }

    private static func load(_ bytes: [UInt8], path: String) -> Portfolio? {
        var sources = SourceMap()
        return PortfolioLoader.load(bytes: bytes, path: path, syntax: .json, sources: &sources).portfolio
    }

    /// How many times the size of the first part the file is; nil when unknown.
    package var scale: Double? {
        guard let first = feed.part(0), !first.range.isEmpty,
              let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int else { return nil }
        return Double(size) / Double(first.range.count)
    }

    /// Part `index` (waiting for the layout pass to find it), with the id hashes of its
    /// accounts, contacts, activities and opportunities (to find ids that repeat across parts).
    package func read(part index: Int, skips: AccountFields = []) -> PartRead {
        guard let part = feed.part(index) else { return .end }
        let range = part.range
        // A list of the part's accounts, as the builder reads lists: the part read in place
        // between brackets.
        guard let bytes = PortfolioParts.read(path, range, between: (UInt8(ascii: "["), UInt8(ascii: "]"))) else { return .failed }
        var sources = SourceMap()
        let file = sources.add(path: path, bytes: [])
        return bytes.withUnsafeBufferPointer { buffer -> PartRead in
            var builder = PortfolioBuilder(reader: JSONReader(bytes: buffer, file: file), store: TextStore(source: bytes, extra: arena),
                                           file: file)
            // No reserving by size here: parts come and go, and memory reserved for each one
            // would be reused (and so resident) rather than given back.
            builder.asOf = head.asOf
            builder.currency = currency
            builder.fiscalYearStart = head.fiscalYearStart
            builder.team = team
            builder.reps = reps
            builder.repIDs = repIDs
            builder.repsRead = true
            builder.skips = skips
            if !skips.isEmpty, !part.accountEnds.isEmpty {
                // `bytes` starts with the `[` put before the part.
                builder.accountEnds = AccountEnds(firstAccount: part.firstAccount, offsets: part.accountEnds, partStart: 1)
            }
            do throws(DocumentSyntaxError) {
                try builder.readAccountList(firstIndex: part.firstAccount)
                try builder.reader.expectEnd()
            } catch {
                return .failed
            }
            guard let portfolio = builder.finish() else { return .failed }
            let kinds: [EntityKind] = [.account, .contact, .activity, .opportunity]
            return .part(portfolio, idHashes: kinds.map { builder.idCollectors[$0.ordinal].hashValues })
        }
    }

    /// What reading one part gave.
    package enum PartRead {
        case part(Portfolio, idHashes: [[UInt64]])
        /// The part has an error (or could not be read).
        case failed
        /// There is no such part: the file has fewer.
        case end
    }

    /// The bytes of `range` of the file at `path`, after `between.0` and before `between.1` when given.
    package static func read(_ path: String, _ range: Range<Int>, between: (UInt8, UInt8)? = nil) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var failed = false
        let margin = between == nil ? 0 : 1
        let bytes = [UInt8](unsafeUninitializedCapacity: range.count + 2 * margin) { buffer, count in
            var done = 0
            while done < range.count {
                let n = pread(descriptor, buffer.baseAddress! + margin + done, range.count - done, off_t(range.lowerBound + done))
                if n <= 0 { failed = true; break }
                done += n
            }
            if let (first, last) = between, !failed {
                buffer[0] = first
                buffer[range.count + 1] = last
            }
            count = failed ? 0 : range.count + 2 * margin
        }
        return failed ? nil : bytes
    }
}

/// The whole outline, read once.
private final class CompletedOutline: @unchecked Sendable {
    private let lock = NSLock()
    private var outline: Portfolio??

    @discardableResult
    package func value(_ read: () -> Portfolio?) -> Portfolio? {
        lock.lock()
        defer { lock.unlock() }
        if let outline { return outline }
        let read = read()
        outline = .some(read)
        return read
    }
}

extension PortfolioBuilder {
    /// Reads a list of accounts that are accounts `firstIndex`… of the whole document.
    package mutating func readAccountList(firstIndex: Int) throws(DocumentSyntaxError) {
        path = [.field("accounts")]
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
