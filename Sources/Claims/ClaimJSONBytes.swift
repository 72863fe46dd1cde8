// The claims' JSON written directly, the same bytes `JSONEncoder` (.sortedKeys) makes of the `encode(to:)`
// implementations in ClaimJSON.swift, NumericClaimJSON.swift and AttributionJSON.swift: keys sorted, explicit
// nulls. ReportTests compare the two on the bundled corpus and on edge cases.

extension JSONBytes {
    public mutating func write(_ claim: Claim) throws {
        switch claim {
        case .numeric(let claim): try write(claim)
        case .attribution(let claim): write(claim)
        }
    }

    /// A numeric claim with its `"kind": "numeric"`.
    public mutating func write(_ claim: NumericClaim) throws {
        beginObject()
        key("approximator"); string(claim.quantity.approximator)
        key("attribution"); string(claim.attribution)
        key("end"); int(claim.end)
        key("id"); string(claim.id)
        key("kind"); raw("\"numeric\"")
        key("measure"); string(claim.measure)
        key("period"); write(claim.period)
        key("quantity"); try write(claim.quantity)
        key("sentence"); string(claim.sentence)
        key("start"); int(claim.start)
        key("subject")
        beginArray()
        for word in claim.subject {
            element()
            string(word)
        }
        endArray()
        key("text"); string(claim.text)
        endObject()
    }

    public mutating func write(_ quantity: Quantity) throws {
        beginObject()
        key("approximator"); string(quantity.approximator)
        key("baseline"); string(quantity.baseline)
        key("bound"); string(quantity.bound.rawValue)
        key("comparative"); string(quantity.comparative)
        key("end"); int(quantity.end)
        key("kind"); string(quantity.kind.rawValue)
        key("lower"); try double(quantity.lower)
        key("period"); write(quantity.period)
        key("precision"); try double(quantity.precision)
        key("rate"); string(quantity.rate)
        key("start"); int(quantity.start)
        key("text"); string(quantity.text)
        key("unit"); string(quantity.unit)
        key("upper"); try double(quantity.upper)
        key("value"); try double(quantity.value)
        endObject()
    }

    public mutating func write(_ period: Period?) {
        guard let period else { return null() }
        beginObject()
        key("end"); int(period.end)
        key("from"); string(period.from)
        key("granularity"); string(period.granularity.rawValue)
        key("start"); int(period.start)
        key("text"); string(period.text)
        key("to"); string(period.to)
        endObject()
    }

    /// An attribution claim; a passive "it was reported that" has a null source.
    public mutating func write(_ claim: AttributionClaim) {
        beginObject()
        key("channel"); string(claim.channel)
        key("content"); string(claim.content)
        key("contentSpans")
        beginArray()
        for span in claim.contentSpans {
            element()
            write(span)
        }
        endArray()
        key("cue"); string(claim.cue)
        key("cueClass"); string(claim.cueClass.rawValue)
        key("cueLemma"); string(claim.cueLemma)
        key("cueSpan"); write(claim.cueSpan)
        key("direct")
        switch claim.direct {
        case .direct: bool(true)
        case .indirect: bool(false)
        case .mixed: raw("\"mixed\"")
        }
        key("end"); int(claim.end)
        key("id"); string(claim.id)
        key("kind"); raw("\"attribution\"")
        key("negated"); bool(claim.negated)
        key("parent"); string(claim.parent)
        key("sentence"); string(claim.sentence)
        key("source"); string(claim.sourceSpan == nil && claim.source.isEmpty ? nil : claim.source)
        key("sourceSpan"); write(claim.sourceSpan)
        key("speaker"); string(claim.speaker)
        key("speakerKind"); string(claim.speakerKind.rawValue)
        key("start"); int(claim.start)
        key("text"); string(claim.text)
        key("title"); string(claim.title)
        key("when"); write(claim.when)
        endObject()
    }

    /// `[start,end]`.
    public mutating func write(_ span: Span?) {
        guard let span else { return null() }
        beginArray()
        int(span.start)
        element()
        int(span.end)
        endArray()
    }

    public mutating func double(_ value: Double?) throws {
        if let value { try double(value) } else { null() }
    }
}
