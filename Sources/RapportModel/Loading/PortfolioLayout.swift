import Foundation
import RapportBase
import RapportSyntax

/// Where the accounts of a JSON portfolio file are, found by one quick pass over its bytes that
/// follows only strings and brackets, so the file can then be read in parts of whole accounts.
///
/// The pass checks nothing else: a file it cannot follow (not an object, no `accounts` list,
/// unbalanced brackets, an unclosed string) gives no layout, and the caller reads the file
/// whole, which reports the problem precisely.
package struct PortfolioLayout: Sendable {
    /// Size of the file.
    package let byteCount: Int
    /// Offset of the `[` that opens the accounts list and of the `]` that closes it.
    package let accountsOpen: Int, accountsClose: Int

    /// Reads `path` in blocks and cuts the accounts list into parts of about `partBytes` bytes,
    /// handing each to `feed` as soon as it is found (so parts can be read while the pass goes on).
    package static func scan(path: String, partBytes: Int, feed: PartFeed) -> PortfolioLayout? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        #if os(Linux)
        // A file that is not in memory is read from disk at full speed, ahead of this pass and of
        // the parts' readers behind it, rather than block by block as each asks for it.
        _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_SEQUENTIAL)
        _ = posix_fadvise(descriptor, 0, 0, POSIX_FADV_WILLNEED)
        #endif
        var scanner = Scanner(partBytes: partBytes, feed: feed)
        let blockSize = 8 << 20
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize)
        defer { block.deallocate() }
        var offset = 0
        while true {
            let count = read(descriptor, block, blockSize)
            if count < 0 { return nil }
            if count == 0 { break }
            guard !feed.isCancelled, scanner.feed(UnsafeBufferPointer(start: block, count: count), at: offset) else { return nil }
            offset += count
        }
        return scanner.finish(byteCount: offset)
    }

    /// The state of the pass between blocks.
    private struct Scanner {
        package let partBytes: Int
        package let sink: PartFeed
        package var depth = 0
        package var inString = false
        package var escaped = false
        /// The last text at the top level of the document (a key, when a value follows).
        package var topText: [UInt8] = []
        package var inAccounts = false
        package var accountsOpen = -1, accountsClose = -1
        package var partStart = -1
        package var partCount = 0

        package init(partBytes: Int, feed: PartFeed) {
            self.partBytes = partBytes
            sink = feed
        }

        package mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, at base: Int) -> Bool {
            // The state lives in locals while the block is scanned (the struct's fields would be
            // loaded and stored at every byte) and is written back at the end.
            var depth = self.depth, inString = self.inString, escaped = self.escaped
            var inAccounts = self.inAccounts, commas = self.commas, seenAccount = self.seenAccount
            var lastAccountEnd = self.lastAccountEnd
            defer {
                self.depth = depth
                self.inString = inString
                self.escaped = escaped
                self.inAccounts = inAccounts
                self.commas = commas
                self.seenAccount = seenAccount
                self.lastAccountEnd = lastAccountEnd
            }
            let count = bytes.count
            var index = 0
            let pointer = bytes.baseAddress!
            // Inside an account (and any deeper), only brackets and strings matter: skimmed a
            // word at a time; the byte loop takes words with a backslash and the way back out.
            var slowUntil = 0
            while index < count {
                if depth >= 3, !escaped, index >= slowUntil, index + 8 <= count {
                    switch JSONSkim.skim(pointer, from: index, count: count, depth: &depth, inString: &inString, floor: 3) {
                    case .close(let at):
                        // The byte loop takes the bracket that leaves the account.
                        index = at
                        slowUntil = at + 1
                    case .slow(let at):
                        index = at
                        slowUntil = at + 8
                    }
                    continue
                }
                if inString {
                    if escaped {
                        escaped = false
                        index += 1
                        continue
                    }
                    if depth == 1 {
                        // A top-level key: keep its first bytes to recognise `accounts`.
                        let byte = pointer[index]
                        if byte == UInt8(ascii: "\\") {
                            escaped = true
                        } else if byte == UInt8(ascii: "\"") {
                            inString = false
                        } else if topText.count < 16 {
                            topText.append(byte)
                        }
                        index += 1
                        continue
                    }
                    // The bulk of a portfolio is text: skip to the next quote or backslash.
                    while index < count {
                        let byte = pointer[index]
                        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { break }
                        index += 1
                    }
                    if index == count { break }
                    if pointer[index] == UInt8(ascii: "\\") { escaped = true } else { inString = false }
                    index += 1
                    continue
                }
                let byte = pointer[index]
                switch byte {
                case UInt8(ascii: "\""):
                    // Only accounts (objects) may stand in the accounts list.
                    if inAccounts, depth == 2 { return false }
                    inString = true
                    if depth == 1 { topText.removeAll(keepingCapacity: true) }
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    if depth == 2, byte == UInt8(ascii: "["), topText.elementsEqual("accounts".utf8) {
                        guard accountsOpen < 0 else { return false }
                        accountsOpen = base + index
                        inAccounts = true
                        sink.open(at: accountsOpen)
                    } else if inAccounts, depth == 3 {
                        // Exactly one comma between accounts, none before the first.
                        guard byte == UInt8(ascii: "{"), commas == (seenAccount ? 1 : 0) else { return false }
                        seenAccount = true
                        commas = 0
                        if partStart < 0 { partStart = base + index }
                    }
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    // An account closes with `}` and the list with `]`: any other bracket there
                    // is a mismatch, which the whole read reports.
                    if inAccounts, depth == 3, byte != UInt8(ascii: "}") { return false }
                    if inAccounts, depth == 2, byte != UInt8(ascii: "]") { return false }
                    if inAccounts, depth == 3 {
                        partCount += 1
                        accountEnds.append(UInt32(truncatingIfNeeded: base + index - partStart))
                        if base + index + 1 - partStart >= partBytes { closePart(at: base + index + 1) }
                    }
                    depth -= 1
                    guard depth >= 0 else { return false }
                    if inAccounts, depth == 1 {
                        guard commas == 0 else { return false }
                        accountsClose = base + index
                        inAccounts = false
                        if partCount > 0 { closePart(at: lastAccountEnd) }
                    }
                case UInt8(ascii: ","):
                    if inAccounts, depth == 2 { commas += 1 }
                case 0x20, 0x0A, 0x0D, 0x09: break
                default:
                    if inAccounts, depth == 2 { return false }
                }
                if inAccounts, depth == 2, byte == UInt8(ascii: "}") { lastAccountEnd = base + index + 1 }
                index += 1
            }
            return true
        }

        package var lastAccountEnd = -1
        package var seenAccount = false
        package var commas = 0
        /// Where each account of the part being cut closes, from the part's start.
        package var accountEnds: [UInt32] = []

        package mutating func closePart(at end: Int) {
            // Offsets that do not fit 32 bits (a part of over 4 GB) are not handed on.
            let ends = end - partStart <= Int(UInt32.max) ? accountEnds : []
            sink.publish(partStart..<end, accounts: partCount, accountEnds: ends)
            accountEnds.removeAll(keepingCapacity: true)
            partStart = -1
            partCount = 0
        }

        package func finish(byteCount: Int) -> PortfolioLayout? {
            guard depth == 0, !inString, accountsOpen >= 0, accountsClose > accountsOpen else { return nil }
            return PortfolioLayout(byteCount: byteCount, accountsOpen: accountsOpen, accountsClose: accountsClose)
        }
    }
}

/// One part of the accounts list: whole accounts.
package struct Part: Sendable {
    /// Its bytes in the file, from the first account's `{` to the last one's `}`.
    package let range: Range<Int>
    /// The number of its first account in the whole file.
    package let firstAccount: Int
    /// Where each of its accounts closes (the offset of its `}` from the part's start), so a
    /// reader that needs only an account's first fields can go straight to its end; empty when
    /// not known.
    package let accountEnds: [UInt32]
}

/// The parts of a file as the layout pass finds them, for the threads that read them.
package final class PartFeed: @unchecked Sendable {
    private let condition = NSCondition()
    private var parts: [Part] = []
    private var accounts = 0
    private var accountsOpen: Int?
    private var layout: PortfolioLayout?
    private var done = false
    private var cancelled = false

    package func open(at offset: Int) {
        condition.lock()
        accountsOpen = offset
        condition.broadcast()
        condition.unlock()
    }

    package func publish(_ range: Range<Int>, accounts count: Int, accountEnds: [UInt32]) {
        condition.lock()
        parts.append(Part(range: range, firstAccount: accounts, accountEnds: accountEnds))
        accounts += count
        condition.broadcast()
        condition.unlock()
    }

    /// The pass is over; `layout` is nil when it could not follow the file.
    package func finish(_ layout: PortfolioLayout?) {
        condition.lock()
        self.layout = layout
        done = true
        condition.broadcast()
        condition.unlock()
    }

    /// Asks the pass to stop early (its result is no longer wanted).
    package func cancel() {
        condition.lock()
        cancelled = true
        condition.unlock()
    }

    package var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    /// Where the accounts list opens, once known; nil when the pass ended without finding it.
    package func waitForAccountsOpen() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while accountsOpen == nil && !done { condition.wait() }
        return accountsOpen
    }

    /// The whole layout, once the pass is over (nil when it failed).
    package func waitForLayout() -> PortfolioLayout? {
        condition.lock()
        defer { condition.unlock() }
        while !done { condition.wait() }
        return layout
    }

    /// Part `index` and the number of its first account in the whole file, waiting for the pass
    /// to reach it; nil when the file has no such part (or the pass failed).
    package func part(_ index: Int) -> Part? {
        condition.lock()
        defer { condition.unlock() }
        while index >= parts.count && !done { condition.wait() }
        guard index < parts.count, !(done && layout == nil) else { return nil }
        return parts[index]
    }

    /// Number of parts (final once the pass is over).
    package var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return parts.count
    }
}
