// JSON shapes of numeric claims (command-line contract): every field is present, absent values
// are an explicit `null`, and fields come in the documented order.

private struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ name: String) { stringValue = name }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

extension KeyedEncodingContainer where Key == JSONKey {
    /// Encodes `value`, or `null` when it is nil.
    fileprivate mutating func field<Value: Encodable>(_ name: String, _ value: Value?) throws {
        if let value { try encode(value, forKey: JSONKey(name)) } else { try encodeNil(forKey: JSONKey(name)) }
    }
}

extension Period {
    /// `{"text", "start", "end", "from", "to", "granularity"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.field("text", text)
        try container.field("start", start)
        try container.field("end", end)
        try container.field("from", from)
        try container.field("to", to)
        try container.field("granularity", granularity.rawValue)
    }
}

extension Quantity {
    /// `{"text", "start", "end", "value", "lower", "upper", "kind", "unit", "approximator", "bound",
    /// "precision", "rate", "comparative", "baseline", "period"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.field("text", text)
        try container.field("start", start)
        try container.field("end", end)
        try container.field("value", value)
        try container.field("lower", lower)
        try container.field("upper", upper)
        try container.field("kind", kind.rawValue)
        try container.field("unit", unit)
        try container.field("approximator", approximator)
        try container.field("bound", bound.rawValue)
        try container.field("precision", precision)
        try container.field("rate", rate)
        try container.field("comparative", comparative)
        try container.field("baseline", baseline)
        try container.field("period", period)
    }
}

extension NumericClaim {
    /// `{"id", "text", "sentence", "start", "end", "quantity", "measure", "subject", "period",
    /// "approximator", "attribution"}`; `Claim` adds `"kind": "numeric"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.field("id", id)
        try container.field("text", text)
        try container.field("sentence", sentence)
        try container.field("start", start)
        try container.field("end", end)
        try container.field("quantity", quantity)
        try container.field("measure", measure)
        try container.field("subject", subject)
        try container.field("period", period)
        try container.field("approximator", quantity.approximator)
        try container.field("attribution", attribution)
    }
}
