import Foundation

/// The SARIF 2.1.0 schema's rules for every object Rapport writes, transcribed from the
/// standard (OASIS SARIF 2.1.0, section 3 and its JSON schema): each object's closed set of
/// properties (the schema sets `additionalProperties: false`), its required ones, the enums and
/// minimums. `check` walks a document and lists every violation; an object kind it does not
/// know is itself a violation, so the check cannot pass by not looking.
enum SARIFSchema {
    indirect enum Kind: Sendable {
        case object(String)
        case array(of: Kind)
        case map(of: Kind)
        case string, integer(minimum: Int?), boolean, number, any
        case enumeration([String])
        case uriReference
    }

    struct ObjectRule: Sendable {
        let properties: [String: Kind]
        let required: [String]
        /// At least one of these must be present (the schema's `anyOf` of `required`).
        var anyOf: [String] = []
    }

    static let level = Kind.enumeration(["none", "note", "warning", "error"])

    static let objects: [String: ObjectRule] = [
        "sarifLog": ObjectRule(properties: ["$schema": .uriReference, "version": .enumeration(["2.1.0"]), "runs": .array(of: .object("run")),
                                            "inlineExternalProperties": .array(of: .any), "properties": .object("propertyBag")],
                               required: ["version", "runs"]),
        "run": ObjectRule(properties: ["tool": .object("tool"), "invocations": .array(of: .object("invocation")), "results": .array(of: .object("result")),
                                       "originalUriBaseIds": .map(of: .object("artifactLocation")), "properties": .object("propertyBag"),
                                       "automationDetails": .any, "artifacts": .array(of: .any), "columnKind": .enumeration(["utf16CodeUnits", "unicodeCodePoints"])],
                          required: ["tool"]),
        "tool": ObjectRule(properties: ["driver": .object("toolComponent"), "extensions": .array(of: .object("toolComponent")),
                                        "properties": .object("propertyBag")], required: ["driver"]),
        "toolComponent": ObjectRule(properties: ["name": .string, "version": .string, "semanticVersion": .string, "fullName": .string,
                                                 "informationUri": .uriReference, "organization": .string,
                                                 "rules": .array(of: .object("reportingDescriptor")), "properties": .object("propertyBag")],
                                    required: ["name"]),
        "reportingDescriptor": ObjectRule(properties: ["id": .string, "name": .string, "shortDescription": .object("multiformatMessageString"),
                                                       "fullDescription": .object("multiformatMessageString"), "help": .object("multiformatMessageString"),
                                                       "helpUri": .uriReference, "defaultConfiguration": .object("reportingConfiguration"),
                                                       "properties": .object("propertyBag")], required: ["id"]),
        "multiformatMessageString": ObjectRule(properties: ["text": .string, "markdown": .string, "properties": .object("propertyBag")], required: ["text"]),
        "reportingConfiguration": ObjectRule(properties: ["enabled": .boolean, "level": level, "rank": .number, "parameters": .object("propertyBag"),
                                                          "properties": .object("propertyBag")], required: []),
        "invocation": ObjectRule(properties: ["executionSuccessful": .boolean, "toolExecutionNotifications": .array(of: .object("notification")),
                                              "exitCode": .integer(minimum: nil), "commandLine": .string, "properties": .object("propertyBag")],
                                 required: ["executionSuccessful"]),
        "notification": ObjectRule(properties: ["message": .object("message"), "level": level, "locations": .array(of: .object("location")),
                                                "associatedRule": .object("reportingDescriptorReference"),
                                                "properties": .object("propertyBag")], required: ["message"]),
        // §3.53: at least one of id, index and guid.
        "reportingDescriptorReference": ObjectRule(properties: ["id": .string, "index": .integer(minimum: -1), "guid": .string,
                                                                "properties": .object("propertyBag")], required: [], anyOf: ["id", "index", "guid"]),
        "message": ObjectRule(properties: ["text": .string, "markdown": .string, "id": .string, "arguments": .array(of: .string),
                                           "properties": .object("propertyBag")], required: [], anyOf: ["text", "id"]),
        "result": ObjectRule(properties: ["ruleId": .string, "ruleIndex": .integer(minimum: -1), "kind": .enumeration(["notApplicable", "pass", "fail", "review", "open", "informational"]),
                                          "level": level, "message": .object("message"), "locations": .array(of: .object("location")),
                                          "partialFingerprints": .map(of: .string), "fingerprints": .map(of: .string),
                                          "suppressions": .array(of: .object("suppression")), "properties": .object("propertyBag")],
                             required: ["message"]),
        "suppression": ObjectRule(properties: ["kind": .enumeration(["inSource", "external"]), "status": .enumeration(["accepted", "underReview", "rejected"]),
                                               "guid": .string, "justification": .string, "location": .object("location"),
                                               "properties": .object("propertyBag")], required: ["kind"]),
        "location": ObjectRule(properties: ["id": .integer(minimum: -1), "physicalLocation": .object("physicalLocation"),
                                            "logicalLocations": .array(of: .object("logicalLocation")), "message": .object("message"),
                                            "properties": .object("propertyBag")], required: []),
        "physicalLocation": ObjectRule(properties: ["artifactLocation": .object("artifactLocation"), "region": .object("region"),
                                                    "contextRegion": .object("region"), "address": .any, "properties": .object("propertyBag")],
                                       required: [], anyOf: ["address", "artifactLocation"]),
        "artifactLocation": ObjectRule(properties: ["uri": .uriReference, "uriBaseId": .string, "index": .integer(minimum: -1),
                                                    "description": .object("message"), "properties": .object("propertyBag")], required: []),
        "region": ObjectRule(properties: ["startLine": .integer(minimum: 1), "startColumn": .integer(minimum: 1), "endLine": .integer(minimum: 1),
                                          "endColumn": .integer(minimum: 1), "charOffset": .integer(minimum: -1), "charLength": .integer(minimum: 0),
                                          "byteOffset": .integer(minimum: -1), "byteLength": .integer(minimum: 0), "message": .object("message"),
                                          "properties": .object("propertyBag")], required: []),
        "logicalLocation": ObjectRule(properties: ["name": .string, "index": .integer(minimum: -1), "fullyQualifiedName": .string,
                                                   "decoratedName": .string, "parentIndex": .integer(minimum: -1), "kind": .string,
                                                   "properties": .object("propertyBag")], required: []),
    ]

    /// Every violation in `document`, as `path: problem`.
    static func check(_ document: Any) -> [String] {
        var problems: [String] = []
        check(document, as: .object("sarifLog"), at: "$", into: &problems)
        // Cross-references the schema cannot express but the standard requires (§3.27.6, §3.27.9/10).
        if let log = document as? [String: Any], let runs = log["runs"] as? [[String: Any]] {
            for (r, run) in runs.enumerated() {
                let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]] ?? []
                for (i, result) in ((run["results"] as? [[String: Any]]) ?? []).enumerated() {
                    if let index = result["ruleIndex"] as? Int, index >= 0 {
                        if index >= rules.count || rules[index]["id"] as? String != result["ruleId"] as? String {
                            problems.append("$.runs[\(r)].results[\(i)]: ruleIndex \(index) does not name ruleId \(result["ruleId"] ?? "nil")")
                        }
                    }
                    if let kind = result["kind"] as? String, kind != "fail", let level = result["level"] as? String, level != "none" {
                        problems.append("$.runs[\(r)].results[\(i)]: kind \(kind) requires level none, not \(level)")
                    }
                }
            }
        }
        return problems
    }

    static func check(_ value: Any, as kind: Kind, at path: String, into problems: inout [String]) {
        switch kind {
        case .any: return
        case .string:
            if !(value is String) { problems.append("\(path): expected a string") }
        case .uriReference:
            guard let text = value as? String else { return problems.append("\(path): expected a URI reference") }
            if text.contains(where: { " <>\"{}|\\^`".contains($0) }) || text.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value > 0x7E })
                || URL(string: text) == nil {
                problems.append("\(path): \"\(text)\" is not a valid URI reference")
            }
        case .boolean:
            if !isBoolean(value) { problems.append("\(path): expected true or false") }
        case .number:
            if !isNumber(value) { problems.append("\(path): expected a number") }
        case .integer(let minimum):
            guard isNumber(value), let number = (value as? NSNumber)?.doubleValue, number == number.rounded() else {
                return problems.append("\(path): expected an integer")
            }
            if let minimum, number < Double(minimum) { problems.append("\(path): \(Int(number)) is below the minimum \(minimum)") }
        case .enumeration(let allowed):
            if !allowed.contains(value as? String ?? "\u{0}") { problems.append("\(path): \(value) is not one of \(allowed)") }
        case .array(let element):
            guard let items = value as? [Any] else { return problems.append("\(path): expected an array") }
            for (index, item) in items.enumerated() { check(item, as: element, at: "\(path)[\(index)]", into: &problems) }
        case .map(let element):
            guard let object = value as? [String: Any] else { return problems.append("\(path): expected an object") }
            for (key, item) in object { check(item, as: element, at: "\(path).\(key)", into: &problems) }
        case .object("propertyBag"):
            guard let bag = value as? [String: Any] else { return problems.append("\(path): expected a property bag") }
            if let tags = bag["tags"] {
                guard let list = tags as? [Any], list.allSatisfy({ $0 is String }), Set(list.compactMap { $0 as? String }).count == list.count else {
                    return problems.append("\(path).tags: expected unique strings")
                }
            }
        case .object(let name):
            guard let rule = objects[name] else { return problems.append("\(path): the check does not know SARIF's \(name)") }
            guard let object = value as? [String: Any] else { return problems.append("\(path): expected a \(name) object") }
            for key in rule.required where object[key] == nil { problems.append("\(path): \(name) requires \(key)") }
            if !rule.anyOf.isEmpty && !rule.anyOf.contains(where: { object[$0] != nil }) {
                problems.append("\(path): \(name) needs one of \(rule.anyOf)")
            }
            for (key, item) in object {
                guard let property = rule.properties[key] else {
                    problems.append("\(path): \(name) has no property \(key)")
                    continue
                }
                check(item, as: property, at: "\(path).\(key)", into: &problems)
            }
        }
    }

    /// JSONSerialization gives NSNumber for numbers and booleans alike; booleans are of its
    /// private boolean class, and bridge to Bool for any number too, so the class tells them apart.
    static func isBoolean(_ value: Any) -> Bool { String(describing: type(of: value)).contains("Boolean") }
    static func isNumber(_ value: Any) -> Bool { value is NSNumber && !isBoolean(value) }
}
