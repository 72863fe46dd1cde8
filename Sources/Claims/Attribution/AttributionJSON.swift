// The attribution claim's JSON contract: every field present, null where absent; spans as [start, end].

extension AttributionClaim {
    private enum Field: String, CodingKey {
        case id, kind, text, sentence, start, end, source, speaker, title, speakerKind, cue, cueLemma, cueClass
        case negated, content, direct, channel, when, sourceSpan, cueSpan, contentSpans, parent
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Field.self)
        try container.encode(id, forKey: .id)
        try container.encode("attribution", forKey: .kind)
        try container.encode(text, forKey: .text)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(start, forKey: .start)
        try container.encode(end, forKey: .end)
        // A passive "it was reported that" has no source phrase.
        try encodeOrNull(sourceSpan == nil && source.isEmpty ? nil : source, .source, &container)
        try encodeOrNull(speaker, .speaker, &container)
        try encodeOrNull(title, .title, &container)
        try container.encode(speakerKind, forKey: .speakerKind)
        try container.encode(cue, forKey: .cue)
        try container.encode(cueLemma, forKey: .cueLemma)
        try container.encode(cueClass, forKey: .cueClass)
        try container.encode(negated, forKey: .negated)
        try container.encode(content, forKey: .content)
        try container.encode(direct, forKey: .direct)
        try encodeOrNull(channel, .channel, &container)
        try encodeOrNull(when, .when, &container)
        try encodeOrNull(sourceSpan, .sourceSpan, &container)
        try encodeOrNull(cueSpan, .cueSpan, &container)
        try container.encode(contentSpans, forKey: .contentSpans)
        try encodeOrNull(parent, .parent, &container)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Field.self)
        self.init(
            id: try container.decode(String.self, forKey: .id),
            text: try container.decode(String.self, forKey: .text),
            sentence: try container.decode(String.self, forKey: .sentence),
            start: try container.decode(Int.self, forKey: .start),
            end: try container.decode(Int.self, forKey: .end),
            source: try container.decodeIfPresent(String.self, forKey: .source) ?? "",
            sourceSpan: try container.decodeIfPresent(Span.self, forKey: .sourceSpan),
            speaker: try container.decodeIfPresent(String.self, forKey: .speaker),
            title: try container.decodeIfPresent(String.self, forKey: .title),
            speakerKind: try container.decode(SpeakerKind.self, forKey: .speakerKind),
            cue: try container.decode(String.self, forKey: .cue),
            cueLemma: try container.decode(String.self, forKey: .cueLemma),
            cueSpan: try container.decodeIfPresent(Span.self, forKey: .cueSpan),
            cueClass: try container.decode(CueClass.self, forKey: .cueClass),
            negated: try container.decode(Bool.self, forKey: .negated),
            content: try container.decode(String.self, forKey: .content),
            contentSpans: try container.decode([Span].self, forKey: .contentSpans),
            direct: try container.decode(Directness.self, forKey: .direct),
            channel: try container.decodeIfPresent(String.self, forKey: .channel),
            when: try container.decodeIfPresent(Period.self, forKey: .when),
            parent: try container.decodeIfPresent(String.self, forKey: .parent))
    }

    private func encodeOrNull<Value: Encodable>(
        _ value: Value?, _ field: Field, _ container: inout KeyedEncodingContainer<Field>
    ) throws {
        if let value { try container.encode(value, forKey: field) } else { try container.encodeNil(forKey: field) }
    }
}
