import Foundation
import XCTest
@testable import RapportBase
@testable import RapportSyntax
@testable import RapportModel
@testable import RapportSemantics
@testable import RapportEngine
@testable import RapportReports
@testable import RapportREPL

/// The ``Schema`` is the one declaration of the portfolio; the hand-written paths that must stay
/// fast (the loader's field cases, the writer, the generator, the compiled field readers) are
/// checked against it here, field by field.
final class SchemaTests: XCTestCase {
    /// `stageSince` → `stage_since`.
    private func snakeCase(_ name: String) -> String {
        name.reduce(into: "") { out, character in
            if character.isUppercase { out += "_" + character.lowercased() } else { out.append(character) }
        }
    }

    private func caseNames<Field: CaseIterable>(_ type: Field.Type) -> [String] {
        Field.allCases.map { snakeCase(String(describing: $0)) }
    }

    /// Each of the loader's field enumerations names the declared keys, one to one and in order,
    /// so a case's position is its key's.
    func testLoaderCasesNameTheDeclaredKeys() {
        typealias K = PortfolioKeys
        let pairs: [([String], [FieldInfo], String)] = [
            (caseNames(K.TopField.self), Schema.document, "portfolio"), (caseNames(K.TeamField.self), Schema.stored(.team), "team"),
            (caseNames(K.RepField.self), Schema.stored(.rep), "rep"), (caseNames(K.AccountField.self), Schema.stored(.account), "account"),
            (caseNames(K.RevenueField.self), Schema.stored(.revenue), "revenue"),
            (caseNames(K.PlanField.self), Schema.stored(.growthPlan), "growth plan"),
            (caseNames(K.ActionField.self), Schema.stored(.action), "action"),
            (caseNames(K.ContactField.self), Schema.stored(.contact), "contact"),
            (caseNames(K.ActivityField.self), Schema.stored(.activity), "activity"),
            (caseNames(K.OpportunityField.self), Schema.stored(.opportunity), "opportunity"),
            (caseNames(K.ProposalField.self), Schema.stored(.proposal), "proposal"), (caseNames(K.LeadField.self), Schema.stored(.lead), "lead"),
        ]
        for (cases, declared, what) in pairs {
            XCTAssertEqual(cases, declared.map(\.name), what)
        }
        XCTAssertEqual(K.lead.names, Schema.stored(.lead).map(\.name))
        XCTAssertEqual(K.lead.required, 0b1110011, "id, name, owner, created, status")
    }

    /// Every entity the file nests is declared, and every nested object or list names one.
    func testEveryEntityIsDeclared() {
        XCTAssertEqual(Set(Schema.documentOrder), Set(EntityType.allCases))
        for entity in EntityType.allCases {
            XCTAssertFalse(Schema.declared(entity).isEmpty, entity.rawValue)
            XCTAssertEqual(Set(Schema.declared(entity).map(\.name)).count, Schema.declared(entity).count, "\(entity): a name twice")
        }
    }

    /// The keys found in a portfolio file, by entity, following the declaration's nesting.
    private func keysByEntity(_ bytes: [UInt8]) throws -> [String: Set<String>] {
        var found: [String: Set<String>] = [:]
        func walk(_ object: [String: Any], _ fields: [FieldInfo], _ what: String) {
            found[what, default: []].formUnion(object.keys)
            for field in fields {
                switch field.format {
                case .object(let entity)?:
                    if let nested = object[field.name] as? [String: Any] { walk(nested, Schema.stored(entity), entity.rawValue) }
                case .objects(let entity)?:
                    for nested in object[field.name] as? [[String: Any]] ?? [] { walk(nested, Schema.stored(entity), entity.rawValue) }
                default: break
                }
            }
        }
        let root = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        walk(root, Schema.document, "portfolio")
        return found
    }

    private func assertEveryStoredKey(_ found: [String: Set<String>], _ what: String, except: Set<String> = [],
                                      line: UInt = #line) {
        XCTAssertEqual(found["portfolio"], Set(Schema.document.map(\.name)), what, line: line)
        for entity in EntityType.allCases {
            let expected = Schema.stored(entity).map(\.name).filter { !except.contains("\(entity.rawValue).\($0)") }
            XCTAssertEqual(found[entity.rawValue] ?? [], Set(expected), "\(what): \(entity)", line: line)
        }
    }

    /// The generator writes every stored field of every entity (and nothing else), and so does
    /// the writer, on what was loaded from it and on the example team.
    func testGeneratorAndWriterWriteEveryStoredField() throws {
        // The generator leaves a deal's owner out, so that deals take their account's owner
        // (the default most CRM exports rely on).
        try assertEveryStoredKey(keysByEntity(generatedPortfolioJSON(400, seed: 3)), "generated", except: ["opportunity.owner"])
        try assertEveryStoredKey(keysByEntity(PortfolioWriter.json(try generatedPortfolio(400, seed: 3))), "written")
        var sources = SourceMap()
        let example = try XCTUnwrap(PortfolioLoader.load(path: Repo.path("Examples/northwind-team.json"), sources: &sources).portfolio)
        try assertEveryStoredKey(keysByEntity(PortfolioWriter.json(example)), "example team")
    }

    /// Every field rules can read has a compiled reader of its declared type, and what it reads
    /// from a generated portfolio has that type.
    func testEveryRuleFieldHasAReaderOfItsType() throws {
        let portfolio = try generatedPortfolio(200, seed: 5)
        let rules = RuleSetChecker.checkShipped().checked
        let runtime = Runtime(portfolio: portfolio, today: portfolio.asOf, params: [:], definitionCount: rules.definitions.count)
        defer { runtime.definitions.release() }
        let compiler = Compiler(runtime: runtime, checked: rules)
        for entity in EntityType.allCases {
            for field in Schema.fields(of: entity) {
                let name = "\(entity.rawValue).\(field.name)"
                guard let reader = compiler.fieldReader(entity, field.name) else {
                    XCTFail("\(name) has no reader")
                    continue
                }
                switch (field.type, reader) {
                case (.number, .number), (.text, .text), (.date, .date), (.boolean, .bool), (.list, .value), (.period, .value):
                    break
                case let (.enumeration(kind), .choice(values, _)):
                    XCTAssertEqual(values, kind.values, name)
                case let (.entity(declared), .entity(read, _)):
                    XCTAssertEqual(read, declared, name)
                case (.entity, .value):
                    break  // a proposal is its deal's, read whole
                default:
                    XCTFail("\(name) is \(field.type) but its reader is \(reader)")
                }
                // Read from the first entity that gives a value: the value has the declared type.
                let count = entity == .team ? 1 : entity == .proposal ? portfolio.opportunities.count : portfolio.count(of: entity)
                let value = (0..<count).lazy.map { reader.value(Int32($0)) }.first { !$0.isMissing }
                guard let value else {
                    XCTFail("\(name) is missing on every \(entity.rawValue)")
                    continue
                }
                XCTAssertTrue(fits(value, field.type), "\(name) read \(value), declared \(field.type)")
            }
        }
    }

    private func fits(_ value: Value, _ type: ValueType) -> Bool {
        switch (value, type) {
        case (.number, .number), (.bool, .boolean), (.date, .date), (.period, .period), (.text, .text), (.text, .enumeration):
            return true
        case let (.entity(read, _), .entity(declared)): return read == declared
        case let (.entities(read, _), .list(.entity(declared))): return read == declared
        case let (.list(values), .list(element)): return values.allSatisfy { fits($0, element) }
        default: return false
        }
    }

    /// A portfolio assembled from parts (streaming lint) keeps each text that rules read: every
    /// stored text of what an account holds has its flag in ``KeptTexts``.
    func testStreamingKeepsEveryDeclaredText() {
        let none = String(describing: KeptTexts(PassPlan.Needs(text: [], entities: [], customFields: false)))
        for entity: EntityType in [.account, .revenue, .growthPlan, .action, .contact, .activity, .opportunity, .proposal] {
            for field in Schema.stored(entity) where field.format == .text || field.format == .texts {
                let needs = PassPlan.Needs(text: [PassPlan.FieldKey(entity, field.name)], entities: [entity], customFields: false)
                XCTAssertNotEqual(String(describing: KeptTexts(needs)), none, "\(entity.rawValue).\(field.name) is never kept")
            }
        }
    }

    /// A CSV import maps onto the stored scalar fields, and what an account holds names its account.
    func testImportTargetsComeFromTheSchema() {
        let opportunity = ImportMapping.fields["opportunity"] ?? []
        XCTAssertEqual(opportunity.map(\.name), ["id", "name", "account", "kind", "owner", "stage", "stage_since", "amount", "slips",
                                                 "created", "close_date"])
        XCTAssertEqual(opportunity.filter(\.required).map(\.name), ["name", "account", "stage"])
        XCTAssertEqual(ImportMapping.fields["account"]?.filter(\.required).map(\.name), ["name"], "ids are made, owners found from deals")
        XCTAssertEqual(ImportMapping.fields["lead"]?.filter(\.required).map(\.name), ["name", "owner", "created", "status"])
    }

    /// `docs/fields.md` is the schema, generated.
    func testFieldReferenceIsCurrent() {
        assertGolden(Schema.markdown(), "docs/fields.md")
    }
}
