// JSON shapes that are part of the command-line contract (see the claims issues):
// spans are `[start, end]`, `direct` is true, false or "mixed", and every claim carries its `kind`.

extension Span {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        try container.encode(start)
        try container.encode(end)
    }

    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.init(start: try container.decode(Int.self), end: try container.decode(Int.self))
    }
}

extension AttributionClaim.Directness {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .direct: try container.encode(true)
        case .indirect: try container.encode(false)
        case .mixed: try container.encode("mixed")
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = flag ? .direct : .indirect
        } else if try container.decode(String.self) == "mixed" {
            self = .mixed
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected true, false or \"mixed\"")
        }
    }
}

extension Claim: Encodable {
    private enum KindKey: String, CodingKey { case kind }

    /// The claim's own fields plus `"kind": "numeric"` or `"attribution"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: KindKey.self)
        switch self {
        case .numeric(let claim):
            try container.encode("numeric", forKey: .kind)
            try claim.encode(to: encoder)
        case .attribution(let claim):
            try container.encode("attribution", forKey: .kind)
            try claim.encode(to: encoder)
        }
    }
}
