import RapportBase
import RapportSyntax
import RapportModel
import RapportSemantics

/// One piece of coaching advice: a rule that fired for a subject.
public struct Finding: Sendable, Equatable {
    /// The entity the finding is about.
    public struct Subject: Sendable, Equatable, Hashable {
        public let type: EntityType
        public let id: String
        public let name: String
        /// Position in the portfolio's array of that type (for ordering and `explain`).
        public internal(set) var index: Int32

        package init(type: EntityType, id: String, name: String, index: Int32) {
            self.type = type
            self.id = id
            self.name = name
            self.index = index
        }
    }

    /// The rep being coached.
    public struct Rep: Sendable, Equatable, Hashable {
        public let id: String
        public let name: String
        public let index: Int32
    }

    /// Where the rule is written.
    public struct Location: Sendable, Equatable {
        public let file: String
        public let line: Int
        public let column: Int

        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        /// Where `rule` is written (line 0 when its file is not in `sources`).
        package init(of rule: CheckedRule, in sources: SourceMap) {
            guard rule.location.file.index < sources.files.count else {
                self.init(file: rule.path, line: 0, column: 0)
                return
            }
            let position = sources.location(of: rule.location)
            self.init(file: sources[rule.location.file].path, line: position.line, column: position.column)
        }
    }

    /// What every finding of one rule shares (kept once, not per finding).
    package final class Origin: Sendable {
        package let rule: String
        package let severity: Severity
        /// The title when it does not depend on the subject.
        package let title: String
        package let tags: [String]
        /// The rationale when it does not depend on the subject.
        package let rationale: String?
        package let location: Location
        /// The names of the evidence, in order.
        package let evidenceNames: [String]

        package init(rule: String, severity: Severity, title: String, tags: [String], rationale: String?, location: Location,
             evidenceNames: [String]) {
            self.rule = rule
            self.severity = severity
            self.title = title
            self.tags = tags
            self.rationale = rationale
            self.location = location
            self.evidenceNames = evidenceNames
        }
    }

    // A finding is one small object: what its rule's findings share, by reference, and its own
    // texts in one buffer. A large run holds millions (two allocations each instead of eight,
    // about half the memory), and copies them often (one reference count each).
    private final class Storage: @unchecked Sendable {
        package let origin: Origin
        /// Length-prefixed UTF-8: flags, message, [title], [rationale], subject id, subject name,
        /// evidence values. See ``FindingTexts``.
        package let texts: [UInt8]
        package var subjectType: EntityType
        package var subjectIndex: Int32
        package let rep: Rep?
        package let priority: Double

        package init(origin: Origin, texts: [UInt8], subjectType: EntityType, subjectIndex: Int32, rep: Rep?, priority: Double) {
            self.origin = origin
            self.texts = texts
            self.subjectType = subjectType
            self.subjectIndex = subjectIndex
            self.rep = rep
            self.priority = priority
        }

        package func copy() -> Storage {
            Storage(origin: origin, texts: texts, subjectType: subjectType, subjectIndex: subjectIndex, rep: rep, priority: priority)
        }

        package var decoded: FindingTexts { FindingTexts(decoding: texts, evidence: origin.evidenceNames.count) }

        /// The `position`-th text of ``texts`` (0: the message), decoding only that one: each
        /// accessor reads one field, and reports read every field of millions of findings.
        package func text(_ position: Int) -> String {
            var offset = 1
            var skipped = 0
            while true {
                let length = FindingTexts.length(in: texts, at: &offset)
                if skipped == position { return String(decoding: texts[offset..<offset + length], as: UTF8.self) }
                offset += length
                skipped += 1
            }
        }

        package var flags: UInt8 { texts[0] }
        /// Position of the subject's id among the texts (after the message and any own title
        /// and rationale).
        package var subjectPosition: Int { 1 + Int(flags & 1) + Int((flags >> 1) & 1) }
    }

    private var storage: Storage

    /// A finding of `rule` on `subject`.
    public init(rule: String, severity: Severity, title: String, tags: [String], message: String, rationale: String?,
                subject: Subject, rep: Rep?, location: Location, evidence: [(name: String, value: String)], priority: Double) {
        let origin = Origin(rule: rule, severity: severity, title: title, tags: tags, rationale: rationale, location: location,
                            evidenceNames: evidence.map(\.name))
        self.init(origin: origin, title: title, message: message, rationale: rationale, subject: subject,
                  rep: rep, evidence: evidence.map(\.value), priority: priority)
    }

    /// A finding of the rule `origin` describes; `title` and `rationale` are kept only where
    /// they differ from the rule's.
    package init(origin: Origin, title: String, message: String, rationale: String?, subject: Subject, rep: Rep?,
         evidence: [String], priority: Double) {
        var texts = FindingTexts.Encoder()
        texts.encode(message: message, title: title == origin.title ? nil : title,
                     rationale: rationale == origin.rationale ? .none : .some(rationale),
                     subjectID: subject.id, subjectName: subject.name, evidence: evidence)
        storage = Storage(origin: origin, texts: texts.bytes, subjectType: subject.type, subjectIndex: subject.index,
                          rep: rep, priority: priority)
    }

    /// Appends this finding, without what its rule's findings share, to `bytes` (read back by
    /// ``init(unspooling:at:origin:reps:)``), its subject's index moved by `indexOffset`.
    package func spool(into bytes: inout [UInt8], indexOffset: Int32 = 0) {
        withUnsafeBytes(of: (storage.subjectIndex + indexOffset).littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: (storage.rep?.index ?? -1).littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: storage.priority.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(storage.texts.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(EntityType.ordered.firstIndex(of: storage.subjectType)!))
        bytes.append(contentsOf: storage.texts)
    }

    /// The finding spooled at `offset` of `bytes`; `offset` moves past it. `reps` are the reps
    /// of the run, by index.
    package init(unspooling bytes: UnsafeRawBufferPointer, at offset: inout Int, origin: Origin, reps: [Rep]) {
        func read<T: FixedWidthInteger>(_: T.Type) -> T {
            defer { offset += MemoryLayout<T>.size }
            return T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
        }
        let subjectIndex = read(Int32.self)
        let rep = read(Int32.self)
        let priority = Double(bitPattern: read(UInt64.self))
        let length = Int(read(UInt32.self))
        let type = EntityType.ordered[Int(read(UInt8.self))]
        let texts = Array(bytes[offset..<offset + length])
        offset += length
        storage = Storage(origin: origin, texts: texts, subjectType: type, subjectIndex: subjectIndex,
                          rep: rep >= 0 ? reps[Int(rep)] : nil, priority: priority)
    }

    /// Calls `body` with the finding's own texts as UTF-8 bytes, for writers that copy them
    /// without making strings (millions of findings in a report).
    package func withUTF8Texts<R>(_ body: (FindingTexts.Bytes) -> R) -> R {
        storage.texts.withUnsafeBufferPointer { body(FindingTexts.Bytes($0, evidence: storage.origin.evidenceNames.count)) }
    }

    package var subjectType: EntityType { storage.subjectType }
    /// What this finding shares with the other findings of its rule.
    package var origin: Origin { storage.origin }

    public var rule: String { storage.origin.rule }
    public var severity: Severity { storage.origin.severity }
    public var title: String { storage.flags & 1 != 0 ? storage.text(1) : storage.origin.title }
    public var tags: [String] { storage.origin.tags }
    /// The rendered advice.
    public var message: String { storage.text(0) }
    /// The rendered `because`, if any.
    public var rationale: String? {
        let flags = storage.flags
        if flags & 4 != 0 { return nil }
        return flags & 2 != 0 ? storage.text(1 + Int(flags & 1)) : storage.origin.rationale
    }
    public internal(set) var subject: Subject {
        get {
            let position = storage.subjectPosition
            return Subject(type: storage.subjectType, id: storage.text(position), name: storage.text(position + 1),
                           index: storage.subjectIndex)
        }
        set {
            let texts = storage.decoded
            if newValue.id != texts.subjectID || newValue.name != texts.subjectName {
                self = Finding(origin: storage.origin, title: title, message: texts.message, rationale: rationale, subject: newValue,
                               rep: rep, evidence: texts.evidence, priority: priority)
                return
            }
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            storage.subjectType = newValue.type
            storage.subjectIndex = newValue.index
        }
    }
    /// Nil for team-level findings (coached in the team meeting).
    public var rep: Rep? { storage.rep }
    public var location: Location { storage.origin.location }
    /// The `let` values, in order, as shown to people.
    public var evidence: [(name: String, value: String)] {
        Array(zip(storage.origin.evidenceNames, storage.decoded.evidence))
    }
    /// Ranks findings of equal severity (higher first).
    public var priority: Double { storage.priority }

    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        if lhs.storage === rhs.storage { return true }
        if lhs.storage.origin === rhs.storage.origin {
            return lhs.storage.texts == rhs.storage.texts && lhs.storage.subjectType == rhs.storage.subjectType
                && lhs.storage.subjectIndex == rhs.storage.subjectIndex && lhs.rep == rhs.rep && lhs.priority == rhs.priority
        }
        return lhs.rule == rhs.rule && lhs.subject == rhs.subject && lhs.message == rhs.message && lhs.rep == rhs.rep
            && lhs.severity == rhs.severity && lhs.priority == rhs.priority && lhs.title == rhs.title
            && lhs.rationale == rhs.rationale && lhs.evidence.map(\.name) == rhs.evidence.map(\.name)
            && lhs.evidence.map(\.value) == rhs.evidence.map(\.value)
    }
}

/// What to run and how.
public struct LintOptions: Sendable {
    /// Replaces the portfolio's `as_of` as `today`.
    public var asOf: CalendarDate?
    /// Parameter values given on the command line, already checked.
    public var params: [String: Value] = [:]
    /// Rule ids or tags to keep (empty: all).
    public var select: [String] = []
    /// Rule ids or tags to leave out.
    public var ignore: [String] = []
    /// Findings below this severity are dropped.
    public var minSeverity: Severity = .praise
    /// Evaluate on several threads when the portfolio is large.
    public var parallel = true
    /// Use the evaluator's typed paths; off only in tests and fuzzing, to compare them with the
    /// general path (the findings must be the same).
    public var typedEvaluation = true
    /// Run every rule even where the portfolio lacks the data it reads (`--judge-without-data`);
    /// by default such a rule does not run and is listed as not applicable.
    public var judgeWithoutData = false
    /// Only the subjects whose finding would coach this rep (an index into the portfolio's
    /// reps): what one rep's agenda needs, without evaluating everyone else's subjects.
    public var onlyRep: Int32?

    public init() {}

    /// True when `rule` passes `select` and `ignore`.
    public func includes(_ rule: CheckedRule) -> Bool {
        let names = [rule.id] + rule.tags
        if !select.isEmpty && !names.contains(where: select.contains) { return false }
        return !names.contains(where: ignore.contains)
    }
}

/// The texts of one finding, packed: a flags byte (bit 0: own title, bit 1: own rationale,
/// bit 2: no rationale), then each text as a variable-length byte count and its UTF-8 bytes.
package struct FindingTexts {
    package var message = ""
    package var title: String?
    /// `.none`: the rule's own; `.some(nil)`: no rationale.
    package var rationale: String??
    package var subjectID = ""
    package var subjectName = ""
    package var evidence: [String] = []

    package init(decoding bytes: [UInt8], evidence count: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            let texts = Bytes(buffer, evidence: count)
            func string(_ text: UnsafeBufferPointer<UInt8>) -> String { String(decoding: text, as: UTF8.self) }
            message = string(texts.message)
            title = texts.title.map(string)
            rationale = texts.rationale.map { $0.map(string) }
            subjectID = string(texts.subjectID)
            subjectName = string(texts.subjectName)
            evidence = texts.evidence.map(string)
        }
    }

    /// The packed texts as UTF-8 bytes, in place.
    package struct Bytes {
        package let message: UnsafeBufferPointer<UInt8>
        /// The finding's own title, when it differs from the rule's.
        package let title: UnsafeBufferPointer<UInt8>?
        /// `.none`: the rule's own; `.some(nil)`: no rationale.
        package let rationale: UnsafeBufferPointer<UInt8>??
        package let subjectID: UnsafeBufferPointer<UInt8>
        package let subjectName: UnsafeBufferPointer<UInt8>
        package let evidence: [UnsafeBufferPointer<UInt8>]

        package init(_ bytes: UnsafeBufferPointer<UInt8>, evidence count: Int) {
            var position = 1
            func next() -> UnsafeBufferPointer<UInt8> {
                let length = FindingTexts.length(in: bytes, at: &position)
                defer { position += length }
                return UnsafeBufferPointer(rebasing: bytes[position..<position + length])
            }
            let flags = bytes[0]
            message = next()
            title = flags & 1 != 0 ? next() : nil
            rationale = flags & 4 != 0 ? .some(nil) : flags & 2 != 0 ? .some(next()) : .none
            subjectID = next()
            subjectName = next()
            evidence = (0..<count).map { _ in next() }
        }
    }

    /// The byte count written at `offset` (seven bits a byte, low first); `offset` moves past it.
    package static func length<Buffer: RandomAccessCollection<UInt8>>(in bytes: Buffer, at offset: inout Int) -> Int
        where Buffer.Index == Int {
        var length = 0, shift = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            length |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return length }
            shift += 7
        }
    }

    package struct Encoder {
        package var bytes: [UInt8] = []

        package mutating func encode(message: String, title: String?, rationale: String??, subjectID: String, subjectName: String,
                             evidence: [String]) {
            var flags: UInt8 = 0
            if title != nil { flags |= 1 }
            if case .some(let own) = rationale { flags |= own == nil ? 4 : 2 }
            var total = 1 + message.utf8.count + subjectID.utf8.count + subjectName.utf8.count + 15
            total += (title?.utf8.count ?? 0) + evidence.reduce(0) { $0 + $1.utf8.count + 3 }
            if case .some(.some(let own)) = rationale { total += own.utf8.count + 3 }
            bytes.reserveCapacity(total)
            bytes.append(flags)
            append(message)
            if let title { append(title) }
            if case .some(.some(let own)) = rationale { append(own) }
            append(subjectID)
            append(subjectName)
            evidence.forEach { append($0) }
        }

        private mutating func append(_ text: String) {
            var length = text.utf8.count
            while length >= 0x80 {
                bytes.append(UInt8(length & 0x7F) | 0x80)
                length >>= 7
            }
            bytes.append(UInt8(length))
            bytes.append(contentsOf: text.utf8)
        }
    }
}

extension EntityType {
    /// Every entity type, in a fixed order (spooled findings name their subject's type by position).
    package static let ordered = EntityType.allCases
}
