import Check
import Claims

// Evidence written directly, the same bytes `JSONEncoder` (.sortedKeys) makes of its synthesized Codable
// conformance: keys sorted, nil fields left out, dictionary keys sorted as Swift strings.

extension JSONBytes {
    mutating func write(_ evidence: Evidence) throws {
        beginObject()
        if let claimedLower = evidence.claimedLower { key("claimedLower"); try double(claimedLower) }
        if let claimedUpper = evidence.claimedUpper { key("claimedUpper"); try double(claimedUpper) }
        if let claimedValue = evidence.claimedValue { key("claimedValue"); try double(claimedValue) }
        if let comparison = evidence.comparison { key("comparison"); string(comparison) }
        if let dataset = evidence.dataset { key("dataset"); string(dataset) }
        key("otherVintages")
        beginObject()
        for (vintage, value) in evidence.otherVintages.sorted(by: { $0.key < $1.key }) {
            key(vintage)
            try double(value)
        }
        endObject()
        if let referenceValue = evidence.referenceValue { key("referenceValue"); try double(referenceValue) }
        key("rows")
        beginArray()
        for row in evidence.rows {
            element()
            write(row)
        }
        endArray()
        key("rule"); string(evidence.rule)
        if let vintage = evidence.vintage { key("vintage"); string(vintage) }
        endObject()
    }

    mutating func write(_ row: Evidence.Row) {
        beginObject()
        if let file = row.file { key("file"); string(file) }
        key("line"); int(row.line)
        key("values")
        beginObject()
        for (column, value) in row.sortedValues {
            key(column)
            string(value)
        }
        endObject()
        endObject()
    }
}
