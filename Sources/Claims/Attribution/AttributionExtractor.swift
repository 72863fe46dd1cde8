import Sentences

/// Finds attributions — who said what, to whom, when — in an article's text with byte-level rules.
public enum AttributionExtractor {
    /// The attributions of `text` in text order, with ids "a1", "a2"…; offsets are code points into `text`.
    public static func attributions(text: String, sentences: [Sentence], date: Day?) -> [AttributionClaim] {
        var scanner = AttributionScanner(text: text, sentences: sentences)
        scanner.scan()
        return scanner.claims(date: date)
    }

    /// The attributions, then a title claim for every formally titled name ("Vice President Kamala Harris")
    /// no attribution names as its source: a title stated in passing is as checkable as a speaker's.
    public static func attributionsAndTitles(text: String, sentences: [Sentence], date: Day?) -> [AttributionClaim] {
        var scanner = AttributionScanner(text: text, sentences: sentences)
        scanner.scan()
        return scanner.claims(date: date) + scanner.titleClaims()
    }
}

extension AttributionClaim {
    /// A titled name stated in passing ("under President Ronald Reagan"): a title claim, with no cue or content.
    public var isTitleMention: Bool { cue.isEmpty }
}

/// An attribution found but not yet written out: token ranges into the scanner's tokens.
struct AttributionDraft {
    var unit: Range<Int>
    var source: Range<Int>?
    var phrase: SourcePhrase?
    var cue: Range<Int>
    var lemma: String
    var cueClass: AttributionClaim.CueClass
    var negated: Bool
    var content: [Range<Int>]
    var channel: Range<Int>?
    /// Where the time of the statement may be written ("said last month that").
    var frame: [Range<Int>]
    var parent: Int?
    var speaker: String?
    var title: String?
    var kind: AttributionClaim.SpeakerKind = .anonymous

    var end: Int {
        var end = cue.upperBound
        if let source { end = max(end, source.upperBound) }
        if let channel { end = max(end, channel.upperBound) }
        for piece in content { end = max(end, piece.upperBound) }
        return end
    }

    var start: Int {
        var start = cue.lowerBound
        if let source { start = min(start, source.lowerBound) }
        for piece in content { start = min(start, piece.lowerBound) }
        return start
    }
}

struct AttributionScanner {
    typealias Lexicon = AttributionLexicon

    let bytes: [UInt8]
    var tokens: [AttributionToken]
    var quotations: [Quotation] = []
    let sentences: [Sentence]
    let reader: SourcePhraseReader
    var memory = SpeakerMemory()
    var drafts: [AttributionDraft] = []
    /// Every name written after its formal title, in text order.
    var titledMentions: [TitledMention] = []
    /// The sentences attributions are read in, as token ranges.
    var scannedUnits: [Range<Int>] = []

    /// A name after its title: "Labor Secretary | Marty Walsh".
    struct TitledMention {
        var title: Range<Int>
        var name: Range<Int>
        /// The name's last word carries a possessive ending: "President Donald Trump's".
        var possessive: Bool
    }

    init(text: String, sentences: [Sentence]) {
        bytes = Array(text.utf8)
        var tokens = AttributionTokenizer.tokens(bytes)
        quotations = QuotationScanner.scan(&tokens)
        self.tokens = tokens
        self.sentences = sentences
        reader = SourcePhraseReader(tokens: tokens, bytes: bytes)
    }

    // MARK: - Driving

    mutating func scan() {
        registerNamedPeople()
        let units = units()
        scannedUnits = units
        var lastUnitWithAttribution = -1
        for (number, unit) in units.enumerated() {
            let before = drafts.count
            extract(in: unit, unit: unit, parent: nil, depth: 0)
            if drafts.count > before {
                lastUnitWithAttribution = number
            } else if lastUnitWithAttribution == number - 1, continueQuotation(unit) {
                lastUnitWithAttribution = number
            }
        }
    }

    /// Sentences as token ranges, re-joined where a quotation, an abbreviation or a lower-case start
    /// shows the boundary is not one.
    func units() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        if sentences.isEmpty {
            var start = 0
            while index < tokens.count {
                if index + 1 == tokens.count || tokens[index + 1].paragraph != tokens[index].paragraph {
                    ranges.append(contentsOf: splitAtMissedEnds(start..<(index + 1)))
                    start = index + 1
                }
                index += 1
            }
        } else {
            for sentence in sentences {
                while index < tokens.count, tokens[index].scalarStart < sentence.start { index += 1 }
                let start = index
                while index < tokens.count, tokens[index].scalarStart < sentence.end { index += 1 }
                if start < index { ranges.append(contentsOf: splitAtMissedEnds(start..<index)) }
            }
        }
        var merged: [Range<Int>] = []
        for range in ranges {
            if let previous = merged.last, joins(previous, range) {
                merged[merged.count - 1] = previous.lowerBound..<range.upperBound
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    /// Splits after a sentence end the splitter left inside a sentence: ". But", "?\" He", unless only
    /// a short attribution follows a quotation (`"Is it over?" Smith asked.`).
    private func splitAtMissedEnds(_ range: Range<Int>) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        for position in range.dropLast() {
            let token = tokens[position]
            let closesSentence = (token.kind == .period || token.kind == .terminal) && token.quote < 0
            let closesQuotedSentence = closesQuotation(position) && position > 0
                && (tokens[position - 1].kind == .period || tokens[position - 1].kind == .terminal)
            guard closesSentence || closesQuotedSentence else { continue }
            var last = position
            // A stray mark after the period: `full." Aid groups …`.
            if closesSentence, last + 2 < range.upperBound, tokens[last + 1].isQuoteMark, tokens[last + 1].quote < 0 { last += 1 }
            guard last + 1 < range.upperBound else { continue }
            let next = tokens[last + 1]
            guard next.paragraph == token.paragraph, next.kind == .word && next.isCapitalized || opensQuotation(last + 1) else { continue }
            if closesQuotedSentence, isTrailingAttribution(from: last + 1) { continue }
            pieces.append(start..<(last + 1))
            start = last + 1
        }
        pieces.append(start..<range.upperBound)
        return pieces
    }

    /// A few words holding a cue and ending the sentence: "Smith asked." / "he told NBC News."
    private func isTrailingAttribution(from start: Int) -> Bool {
        var position = start
        var hasCue = false
        while position < tokens.count, isWord(position), tokens[position].quote < 0, position - start < 9 {
            if let cue = Lexicon.cues[key(position)], cue.inverts || cue.lemma == "tell" { hasCue = true }
            position += 1
        }
        let ends = position >= tokens.count || [.period, .terminal, .comma].contains(tokens[position].kind)
        return hasCue && ends
    }

    private func joins(_ previous: Range<Int>, _ next: Range<Int>) -> Bool {
        let last = tokens[previous.upperBound - 1]
        let first = tokens[next.lowerBound]
        if last.quote >= 0, last.quote == first.quote { return true }
        guard last.paragraph == first.paragraph else { return false }
        if closesQuotation(previous.upperBound - 1), isTrailingAttribution(from: next.lowerBound) { return true }
        if first.kind == .word, !first.isCapitalized, first.key != 0, bytes[first.start] >= 0x61, bytes[first.start] <= 0x7A { return true }
        if last.kind == .word, bytes[last.end - 1] == 0x2E {
            let withoutPeriod = WordKey.of(String(decoding: bytes[last.start..<(last.end - 1)], as: UTF8.self))
            if Lexicon.abbreviations.contains(withoutPeriod) || last.end - last.start == 2 { return true }
            // "U.S. Rep. Ilhan Omar", "6:30 p.m. Aug. 9": an abbreviation before a title or another abbreviation.
            let innerPeriod = bytes[last.start..<(last.end - 1)].contains(0x2E)
            let nextIsAbbreviation = first.kind == .word && bytes[first.end - 1] == 0x2E
            let opensSentence = Lexicon.determiners.contains(first.key) || Lexicon.leadingFillers.contains(first.key)
                || Lexicon.personalPronouns.contains(first.key) || Lexicon.clauseBoundaries.contains(first.key)
            return innerPeriod && (nextIsAbbreviation || Lexicon.titleHeads.contains(first.key) || first.isCapitalized && !opensSentence)
        }
        return false
    }

    /// A unit that is only a quotation continues the attribution of the unit before, in the same paragraph:
    /// `"A," he said. "B."`.
    private mutating func continueQuotation(_ unit: Range<Int>) -> Bool {
        let first = tokens[unit.lowerBound]
        guard first.quote >= 0, tokens[unit.lowerBound].isQuoteMark,
            let topIndex = drafts.lastIndex(where: { $0.parent == nil })
        else { return false }
        // The quotation goes on with whoever was quoted last, not with the report that cites them
        // (`"A," one commenter said, per Feng. "B."`).
        let tokens = tokens
        func quotes(_ draft: AttributionDraft) -> Bool { draft.content.contains { range in range.contains { tokens[$0].quote >= 0 } } }
        let draftIndex = drafts.lastIndex(where: {
            $0.unit == drafts[topIndex].unit && $0.lemma != "according to" && $0.lemma != "per" && quotes($0)
        }) ?? topIndex
        let quotation = quotations[first.quote]
        let afterQuote = quotation.last + 1
        guard afterQuote >= unit.upperBound || (afterQuote..<unit.upperBound).allSatisfy({ !tokens[$0].isWord }) else { return false }
        let draft = drafts[draftIndex]
        let contentFirst = draft.content.first.map { $0.upperBound <= draft.cue.lowerBound } ?? false
        guard tokens[draft.unit.lowerBound].paragraph == first.paragraph || quotation.pieces.count > 1 && tokens[draft.unit.upperBound - 1].paragraph == first.paragraph,
            contentFirst || quotes(draft)
        else { return false }
        drafts[draftIndex].content.append(quotation.open..<(quotation.last + 1))
        return true
    }

    // MARK: - Rules

    private mutating func extract(in range: Range<Int>, unit: Range<Int>, parent: Int?, depth: Int) {
        // A sentence that ends in its attribution ("…, the office said.") is attributed whole first;
        // cues inside it are nested.
        if var draft = trailingAttribution(in: range) {
            draft.unit = unit
            draft.parent = parent
            let number = drafts.count
            drafts.append(draft)
            resolveSpeaker(number)
            if depth < 3, let first = draft.content.first, directness([first]) != .direct {
                extract(in: first, unit: unit, parent: number, depth: depth + 1)
            }
            return
        }
        var index = range.lowerBound
        var floor = range.lowerBound
        // The lexicon entries every word is tested against, read once rather than per word.
        let (according, to, per, cues, participles) = (Lexicon.according, Lexicon.to, Lexicon.per, Lexicon.cues, Lexicon.participles)
        while index < range.upperBound {
            let token = tokens[index]
            if token.quote >= 0, token.kind != .dash, token.kind != .colon {
                let quotation = quotations[token.quote]
                index = max(index + 1, min(quotation.last + 1, range.upperBound))
                continue
            }
            var found: AttributionDraft?
            if token.kind == .word {
                if token.key == according && index + 1 < range.upperBound && tokens[index + 1].key == to || token.key == per {
                    found = matchAccording(index, range: range, floor: floor)
                } else if let cue = cues[token.key], !token.isCapitalized, !isThinkTank(index) {
                    found = matchCue(index, cue: cue, range: range, floor: floor)
                } else if let cue = participles[token.key] {
                    found = matchParticiple(index, cue: cue, range: range, unit: unit)
                }
            } else if token.kind == .colon || token.kind == .dash {
                found = matchPunctuation(index, range: range, floor: floor)
            }
            guard var draft = found else {
                index += 1
                continue
            }
            draft.unit = unit
            draft.parent = parent
            let number = drafts.count
            drafts.append(draft)
            resolveSpeaker(number)
            if depth < 3, directness(draft.content) != .direct {
                for piece in draft.content where piece.lowerBound > index || piece.upperBound <= draft.cue.lowerBound {
                    extract(in: piece, unit: unit, parent: number, depth: depth + 1)
                }
            }
            let end = draft.end
            floor = max(floor, end)
            index = max(index + 1, end)
        }
    }

    private func key(_ index: Int) -> UInt64 { tokens[index].key }

    /// The attribution that closes the range and takes everything before it as content, if any.
    private func trailingAttribution(in range: Range<Int>) -> AttributionDraft? {
        var index = range.upperBound - 1
        let (according, to, per, cues) = (Lexicon.according, Lexicon.to, Lexicon.per, Lexicon.cues)
        while index > range.lowerBound, range.upperBound - index < 40 {
            let token = tokens[index]
            if token.quote >= 0 {
                index = min(index, quotations[token.quote].open) - 1
                continue
            }
            if token.kind == .word {
                var draft: AttributionDraft?
                if token.key == according && index + 1 < range.upperBound && key(index + 1) == to || token.key == per {
                    draft = matchAccording(index, range: range, floor: range.lowerBound)
                } else if let cue = cues[token.key], !token.isCapitalized, !isThinkTank(index) {
                    draft = matchCue(index, cue: cue, range: range, floor: range.lowerBound)
                }
                if let draft {
                    let contentFirst = draft.content.first.map { $0.lowerBound == range.lowerBound && $0.upperBound <= draft.cue.lowerBound } ?? false
                    let reachesEnd = draft.end >= range.upperBound || isOnlyPunctuation(draft.end..<range.upperBound)
                    let frontContent = draft.content.first.map { contentHasWords($0) && index > $0.lowerBound + 3 } ?? false
                    return contentFirst && reachesEnd && frontContent && draft.content.count <= 2 ? draft : nil
                }
            }
            index -= 1
        }
        return nil
    }

    /// "think tank" names an institution, not a belief.
    private func isThinkTank(_ index: Int) -> Bool {
        index + 1 < tokens.count && Lexicon.tanks.contains(key(index + 1))
    }

    private func isWord(_ index: Int) -> Bool { tokens[index].kind == .word }

    private func opensQuotation(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.quote >= 0 && quotations[token.quote].open == index
    }

    private func closesQuotation(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.quote >= 0 && quotations[token.quote].close == index
    }

    /// Punctuation dropped from the edges of content: commas, periods, colons, dashes, stray marks.
    private func isTrimmable(_ index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .comma, .period, .colon, .semicolon, .dash: return true
        case .openQuote, .closeQuote, .straightQuote: return !closesQuotation(index) && !opensQuotation(index)
        case .other: return !isSingleQuoteMark(index) && bytes[token.start] != 0x25 && bytes[token.start] != 0x24
        default: return false
        }
    }

    /// Lower-case words ending in "-ly" read as adverbs between a source and its cue.
    private func isAdverb(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && !token.isCapitalized && token.end - token.start > 4
            && bytes[token.end - 2] == 0x6C && bytes[token.end - 1] == 0x79
    }

    /// "'" or "’" standing alone: the closing mark of a quotation inside a quotation.
    private func isSingleQuoteMark(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .other else { return false }
        return bytes[token.start] == 0x27 || (token.end - token.start == 3 && bytes[token.start + 2] == 0x99)
    }

    private func isOnlyPunctuation(_ range: Range<Int>) -> Bool {
        range.allSatisfy { !isWord($0) && !opensQuotation($0) }
    }

    // A cue verb: "X said (that) …", "…, X said.", "…, said X.", "they are said to …".
    private func matchCue(_ index: Int, cue: Lexicon.Cue, range: Range<Int>, floor: Int) -> AttributionDraft? {
        if index > floor, key(index - 1) == Lexicon.to { return nil }
        var cueEnd = index + 1
        if cue.lemma == "point out" {
            guard cueEnd < range.upperBound, key(cueEnd) == Lexicon.out else { return nil }
            cueEnd += 1
        }
        let upper = range.upperBound

        // Auxiliaries and adverbs before the cue; "be" makes it passive.
        var before = index - 1
        var negated = cue.negates
        while before >= floor, isWord(before), tokens[before].quote < 0,
            Lexicon.auxiliaries.contains(key(before)) || isAdverb(before) || Lexicon.beForms.contains(key(before))
        {
            if Lexicon.beForms.contains(key(before)) {
                return matchPassive(index, cueEnd: cueEnd, be: before, cue: cue, range: range, floor: floor)
            }
            // "did not say" negates; "did not deny" undoes the denial.
            if Lexicon.negations.contains(key(before)) { negated = !cue.negates }
            before -= 1
        }

        let after = readAfterCue(cueEnd, lemma: cue.lemma, upper: upper)
        let rest = after.contentStart..<upper
        let trailing = endsStatement(rest)

        if let left = leftSource(endingAt: before + 1, floor: floor) {
            // "…, X said, a faster pace than …": what follows the comma elaborates, the content came first.
            let elaborationFollows = after.contentStart + 1 < upper && tokens[after.contentStart].kind == .comma
                && isWord(after.contentStart + 1) && !continuesPredicate(after.contentStart + 1)
                && !isAdverb(after.contentStart + 1)
            if let boundary = left.boundary, boundary > floor, trailing.ends || elaborationFollows,
                tokens[boundary].kind == .comma || closesQuotation(boundary) || tokens[boundary].kind == .dash
            {
                // "…, X said." The content comes first, its closing mark included.
                var content = [afterDateline(floor, upper: boundary)..<(closesQuotation(boundary) ? boundary + 1 : boundary)]
                let quoteBefore = content[0].contains { tokens[$0].quote >= 0 }
                if let split = trailing.splitQuote, quoteBefore { content.append(split) }
                let reportsSomething = content[0].contains { isWord($0) && !Lexicon.leadingFillers.contains(key($0)) && !Lexicon.timeWords.contains(key($0)) }
                if reportsSomething, trailing.splitQuote == nil || quoteBefore {
                    let frame = [left.range.lowerBound..<max(left.range.upperBound, after.adjunctEnd)]
                    return AttributionDraft(
                        unit: range, source: left.range, phrase: left.phrase, cue: index..<cueEnd, lemma: cue.lemma,
                        cueClass: cue.cueClass, negated: negated, content: content, channel: after.channel, frame: frame)
                }
            }
            // "A, she said, B": the source interrupts the content.
            if let boundary = left.boundary, boundary > floor, tokens[boundary].kind == .comma, after.contentStart < upper,
                tokens[after.contentStart].kind == .comma, after.contentStart + 1 < upper, isWord(after.contentStart + 1),
                continuesPredicate(after.contentStart + 1) || isAdverb(after.contentStart + 1),
                (floor..<boundary).contains(where: { isWord($0) && !Lexicon.leadingFillers.contains(key($0)) && !Lexicon.timeWords.contains(key($0)) })
            {
                return AttributionDraft(
                    unit: range, source: left.range, phrase: left.phrase, cue: index..<cueEnd, lemma: cue.lemma,
                    cueClass: cue.cueClass, negated: negated, content: [floor..<boundary, (after.contentStart + 1)..<upper],
                    channel: after.channel, frame: [left.range.lowerBound..<after.contentStart])
            }
            // "X said (that) …". The content follows.
            var after = after
            if trailing.ends, trailing.splitQuote == nil, after.adjunctEnd > after.adjunctStart, !after.hasThat {
                after.contentStart = after.adjunctStart
                after.adjunctEnd = after.adjunctStart
                if after.channel.map({ $0.lowerBound >= after.adjunctStart }) ?? false { after.channel = nil }
            } else if trailing.ends, trailing.splitQuote == nil {
                return nil
            }
            var contentStart = after.contentStart
            while contentStart < upper, tokens[contentStart].kind == .comma || tokens[contentStart].kind == .colon || tokens[contentStart].kind == .dash { contentStart += 1 }
            guard contentStart < upper else { return nil }
            let startsQuote = opensQuotation(contentStart)
            if !startsQuote {
                guard isWord(contentStart), !Lexicon.nonClauseStarts.contains(key(contentStart)) else { return nil }
                if !after.hasThat, !Lexicon.questionWords.contains(key(contentStart)) {
                    guard cue.takesBareClause else { return nil }
                    if cue.cueClass == .finding, left.phrase.kind != .document { return nil }
                }
            }
            let contentEnd = siblingBoundary(contentStart..<upper) ?? upper
            // Content that is only a time ("announced earlier this year") reports nothing.
            guard (contentStart..<contentEnd).contains(where: { isWord($0) && !Lexicon.timeWords.contains(key($0)) }) else { return nil }
            var frame = [left.range.lowerBound..<contentStart]
            if let boundary = left.boundary, boundary > floor, tokens[boundary].kind == .comma,
                (floor..<boundary).allSatisfy({ isWord($0) && (Lexicon.timeWords.contains(key($0)) || Lexicon.leadingFillers.contains(key($0))) })
            {
                frame.append(floor..<boundary)
            }
            return AttributionDraft(
                unit: range, source: left.range, phrase: left.phrase, cue: index..<cueEnd, lemma: cue.lemma,
                cueClass: cue.cueClass, negated: negated, content: [contentStart..<contentEnd], channel: after.channel,
                frame: frame)
        }

        // "…, said X." The source follows the cue.
        guard cue.inverts, index > floor, before == index - 1,
            tokens[index - 1].kind == .comma || closesQuotation(index - 1),
            let right = rightSource(from: cueEnd, upper: upper)
        else { return nil }
        var content = [floor..<(tokens[index - 1].kind == .comma ? index - 1 : index)]
        guard contentHasWords(content[0]) else { return nil }
        let afterSource = endsStatement(right.end..<upper)
        guard afterSource.ends else { return nil }
        if let split = afterSource.splitQuote { content.append(split) }
        return AttributionDraft(
            unit: range, source: right.range, phrase: right.phrase, cue: index..<cueEnd, lemma: cue.lemma,
            cueClass: cue.cueClass, negated: negated, content: content, channel: right.channel ?? after.channel,
            frame: [index..<right.end])
    }

    private func contentHasWords(_ range: Range<Int>) -> Bool { range.contains { isWord($0) } }

    // "…, adding that …", "…, telling lawmakers that …": the subject of the clause before speaks again.
    private func matchParticiple(_ index: Int, cue: Lexicon.Cue, range: Range<Int>, unit: Range<Int>) -> AttributionDraft? {
        // "adding to a mounting series of problems" adds no speech.
        guard index > range.lowerBound, tokens[index - 1].kind == .comma, index + 1 < range.upperBound,
            !Lexicon.nonClauseStarts.contains(key(index + 1)) || opensQuotation(index + 1)
        else { return nil }
        let upper = range.upperBound
        var source: Range<Int>
        var phrase: SourcePhrase
        if let previous = drafts.last(where: { $0.unit == unit && $0.cue.upperBound < index }), let previousSource = previous.source,
            let previousPhrase = previous.phrase
        {
            source = previousSource
            phrase = previousPhrase
        } else {
            // The subject that opens the sentence: "Hawk Sawyer acknowledged …, telling …".
            var end = unit.lowerBound
            while end < index, end - unit.lowerBound < 8, isWord(end), tokens[end].quote < 0,
                reader.isNameWord(end) || Lexicon.determiners.contains(key(end)) || Lexicon.titleHeads.contains(key(end))
                    || Lexicon.groupRoles.contains(key(end)) || Lexicon.personRoles.contains(key(end))
                    || Lexicon.organizations.contains(key(end)) || Lexicon.titleModifiers.contains(key(end))
            {
                end += 1
            }
            // One word is too little to tell a subject from the start of a longer noun phrase ("Health care providers").
            guard end - unit.lowerBound >= 2, let subject = reader.read(unit.lowerBound..<end) else { return nil }
            source = subject.range
            phrase = subject
        }
        let after = readAfterCue(index + 1, lemma: cue.lemma, upper: upper)
        var contentStart = after.contentStart
        while contentStart < upper, tokens[contentStart].kind == .comma || tokens[contentStart].kind == .colon { contentStart += 1 }
        guard contentStart < upper, opensQuotation(contentStart) || after.hasThat
            || isWord(contentStart) && !Lexicon.nonClauseStarts.contains(key(contentStart)) && Lexicon.cues[key(contentStart)] == nil
        else { return nil }
        let contentEnd = siblingBoundary(contentStart..<upper) ?? upper
        guard (contentStart..<contentEnd).contains(where: { isWord($0) && !Lexicon.timeWords.contains(key($0)) }) else { return nil }
        return AttributionDraft(
            unit: range, source: source, phrase: phrase, cue: index..<(index + 1), lemma: cue.lemma,
            cueClass: cue.cueClass, negated: cue.negates, content: [contentStart..<contentEnd], channel: after.channel,
            frame: [index..<contentStart])
    }

    /// Whether nothing but an adjunct, a relative clause on the source, or a split quotation follows:
    /// `…, he said.` / `…, he said, "B."` / `…, said Tom Bonier of X, which follows …`.
    private func endsStatement(_ rest: Range<Int>) -> (ends: Bool, splitQuote: Range<Int>?) {
        var position = rest.lowerBound
        while position < rest.upperBound, !isWord(position), !opensQuotation(position), tokens[position].kind != .comma { position += 1 }
        if position >= rest.upperBound { return (true, nil) }
        guard tokens[position].kind == .comma else { return (false, nil) }
        let next = position + 1
        guard next < rest.upperBound else { return (true, nil) }
        if opensQuotation(next) {
            let quotation = quotations[tokens[next].quote]
            return (true, next..<min(quotation.last + 1, rest.upperBound))
        }
        if isWord(next) {
            var next = next
            while next + 1 < rest.upperBound, isAdverb(next) { next += 1 }
            let word = tokens[next]
            let isParticiple = !word.isCapitalized && word.end - word.start > 4 && bytes[word.end - 3] == 0x69
                && bytes[word.end - 2] == 0x6E && bytes[word.end - 1] == 0x67
            if isParticiple || Lexicon.clauseBoundaries.contains(word.key) || word.key == Lexicon.according || word.key == Lexicon.per {
                return (true, nil)
            }
        }
        return (false, nil)
    }

    struct AfterCue {
        var channel: Range<Int>?
        var adjunctStart: Int
        var adjunctEnd: Int
        var contentStart: Int
        var hasThat: Bool
    }

    /// The addressee of "told", adjuncts ("last month", "in a statement emailed to NBC News") and "that".
    private func readAfterCue(_ cueEnd: Int, lemma: String, upper: Int) -> AfterCue {
        var position = cueEnd
        var channel: Range<Int>?
        var that = position
        while that < upper, that - position < 14, isWord(that), tokens[that].quote < 0, key(that) != Lexicon.that { that += 1 }
        if Lexicon.addressedCues.contains(lemma), position < upper, isWord(position), tokens[position].quote < 0 {
            if that > position, that < upper, key(that) == Lexicon.that {
                channel = position..<that
                position = that
            } else if Lexicon.objectPronouns.contains(key(position)) {
                channel = position..<(position + 1)
                position += 1
            } else {
                var end = position
                while end < upper, end - position < 6, isWord(end), tokens[end].quote < 0, key(end) != Lexicon.that,
                    Lexicon.cues[key(end)] == nil || end == position
                {
                    if end > position, !tokens[end].isCapitalized, !Lexicon.determiners.contains(key(end - 1)),
                        !(Lexicon.media.contains(key(end)) || Lexicon.groupRoles.contains(key(end)) || Lexicon.organizations.contains(key(end)) || Lexicon.personRoles.contains(key(end)))
                    {
                        break
                    }
                    end += 1
                }
                if end > position {
                    channel = position..<end
                    position = end
                }
            }
        }
        let adjunctStart = position
        var scan = position
        while scan < upper, scan - position < 14, isWord(scan), tokens[scan].quote < 0, key(scan) != Lexicon.that { scan += 1 }
        let opensAdjunct = position < upper && isWord(position)
            && (!Lexicon.determiners.contains(key(position)) || position + 1 < upper && Lexicon.timeWords.contains(key(position + 1)) && !Lexicon.determiners.contains(key(position + 1)))
            && (Lexicon.timeWords.contains(key(position)) || Lexicon.channelPrepositions.contains(key(position)))
        if scan < upper, key(scan) == Lexicon.that, tokens[scan].quote < 0, scan == position || opensAdjunct {
            if channel == nil, scan > position { channel = channelIn(position..<scan) }
            return AfterCue(channel: channel, adjunctStart: adjunctStart, adjunctEnd: scan, contentStart: scan + 1, hasThat: true)
        }
        // An adjunct that runs to the end of the statement: "…, the agency said in a statement."
        if opensAdjunct {
            var end = position
            while end < upper, end - position < 10, isWord(end), tokens[end].quote < 0 { end += 1 }
            if end >= upper || !isWord(end) && !opensQuotation(end) {
                if channel == nil { channel = channelIn(position..<end) }
                return AfterCue(channel: channel, adjunctStart: adjunctStart, adjunctEnd: end, contentStart: end, hasThat: false)
            }
        }
        return AfterCue(channel: channel, adjunctStart: adjunctStart, adjunctEnd: position, contentStart: position, hasThat: false)
    }

    /// The channel inside an adjunct: a capitalized name after "to"/"with"/"on", else the medium ("statement").
    private func channelIn(_ range: Range<Int>) -> Range<Int>? {
        var position = range.lowerBound
        while position < range.upperBound {
            if Lexicon.channelPrepositions.contains(key(position)) {
                var start = position + 1
                while start < range.upperBound, Lexicon.determiners.contains(key(start)) { start += 1 }
                var end = start
                while end < range.upperBound, tokens[end].isCapitalized, !Lexicon.timeWords.contains(key(end)) { end += 1 }
                if end > start, key(position) != Lexicon.in || end == range.upperBound { return start..<end }
            }
            position += 1
        }
        if let medium = range.first(where: { Lexicon.media.contains(key($0)) }) {
            var start = medium
            while start > range.lowerBound, isWord(start - 1), !Lexicon.determiners.contains(key(start - 1)),
                !Lexicon.channelPrepositions.contains(key(start - 1)), !Lexicon.timeWords.contains(key(start - 1))
            {
                start -= 1
            }
            return start..<(medium + 1)
        }
        return nil
    }

    struct LeftSource {
        var range: Range<Int>
        var phrase: SourcePhrase
        /// The token just before the source (a comma, a closing quote, "that"), nil at the start.
        var boundary: Int?
        var crossedAnd = false
    }

    /// The source phrase ending at `end`, read back to a clause boundary; appositives and
    /// relative clauses extend it: "Hugh Hill, a doctor," / "A spokesperson who did not wish to be named".
    private func leftSource(endingAt end: Int, floor: Int) -> LeftSource? {
        let plain = leftSource(endingAt: end, floor: floor, crossingAnd: false)
        // "Dr. Luz Contreras Arroyo, a member of the group and signatory to the letter, told": an "and"
        // inside an appositive, read through when the clause reading finds no source or only the part after "and".
        let stoppedAtAnd = plain?.boundary.map { key($0) == Lexicon.and } ?? false
        if plain == nil || stoppedAtAnd,
            let crossing = leftSource(endingAt: end, floor: floor, crossingAnd: true), crossing.crossedAnd,
            plain == nil || crossing.phrase.name != nil
        {
            return crossing
        }
        return plain
    }

    private func leftSource(endingAt end: Int, floor: Int, crossingAnd: Bool) -> LeftSource? {
        guard end > floor else { return nil }
        var position = end - 1
        var crossedAnd = false
        while position >= floor {
            let token = tokens[position]
            if token.quote >= 0 || token.kind != .word { break }
            if Lexicon.clauseBoundaries.contains(token.key), !token.isAllCaps {
                let and = token.key == Lexicon.and
                let internalConjunction = and && position > floor && position + 1 < end
                    && tokens[position - 1].isCapitalized && tokens[position + 1].isCapitalized
                if and && crossingAnd && !internalConjunction { crossedAnd = true }
                if !internalConjunction && !(and && crossingAnd) { break }
            }
            if end - position > 16 { return nil }
            position -= 1
        }
        if position >= floor, key(position) == Lexicon.that, position == floor || !isWord(position - 1),
            position + 1 < end, !Lexicon.personalPronouns.contains(key(position + 1))
        {
            position -= 1
        }
        let start = position + 1
        let boundary = position >= floor ? position : nil
        guard start < end else {
            // "Montell Figgins, who represents Thomas, said": the source ends in a clause set off by commas.
            if let boundary, tokens[boundary].kind == .comma { return leftSource(endingAt: boundary, floor: floor) }
            return nil
        }
        let isPartyTag = end - start == 1 && tokens[start].end - tokens[start].start >= 3
            && [0x52, 0x44, 0x49].contains(bytes[tokens[start].start]) && bytes[tokens[start].start + 1] == 0x2D
        let afterRelative = boundary.map { Lexicon.relativeWords.contains(key($0)) && key($0) != Lexicon.that } ?? false
        var phrase = isPartyTag ? nil : reader.read(start..<end)
        // After "who"/"which" only a subject reads as the source ("in which he said"), not the rest of
        // the clause ("Sara Kim, who led the investigation, said").
        if afterRelative, let read = phrase, read.pronoun == nil, read.name == nil || read.title != nil, !Lexicon.determiners.contains(key(start)) {
            phrase = nil
        }
        // An aside set off by commas belongs to the source before it: "Hugh Hill, a doctor, said",
        // "Harris, meanwhile, said", "Two officials, speaking on condition of anonymity, said".
        if let boundary, tokens[boundary].kind == .comma, phrase?.name == nil, phrase?.pronoun == nil,
            Lexicon.determiners.contains(key(start)) || reader.isParticiple(start) || phrase == nil
                || phrase?.kind == .person && phrase?.possessor == nil,
            let previous = leftSource(endingAt: boundary, floor: floor), previous.phrase.pronoun == nil,
            previous.phrase.name != nil || phrase == nil
        {
            let aside = (start..<end).allSatisfy { Lexicon.leadingFillers.contains(key($0)) || isAdverb($0) }
            if aside { return previous }
            if let combined = reader.read(previous.range.lowerBound..<end) {
                return LeftSource(range: previous.range.lowerBound..<end, phrase: combined, boundary: previous.boundary, crossedAnd: crossedAnd)
            }
        }
        if let phrase {
            // A role before the name: "Carlineo's attorney, Sonya Zoghlin, said".
            if phrase.name != nil, let boundary, tokens[boundary].kind == .comma,
                phrase.range.upperBound == end || !phrase.range.contains(where: { tokens[$0].kind == .comma }),
                let role = leftSource(endingAt: boundary, floor: floor), role.phrase.name == nil, role.phrase.kind == .person,
                let combined = reader.read(role.range.lowerBound..<end), combined.name != nil
            {
                return LeftSource(range: role.range.lowerBound..<end, phrase: combined, boundary: role.boundary)
            }
            return LeftSource(range: phrase.range, phrase: phrase, boundary: boundary, crossedAnd: crossedAnd)
        }
        // A relative clause inside the source: "A spokesperson who did not wish to be named … said".
        var search = boundary ?? floor
        while search >= floor, end - search <= 24 {
            if tokens[search].quote >= 0 { break }
            if tokens[search].kind == .comma, search + 1 < end, Lexicon.relativeWords.contains(key(search + 1)) {
                search -= 1
                continue
            }
            if !isWord(search) { break }
            if Lexicon.relativeWords.contains(key(search)) || key(search) == Lexicon.where, key(search) != Lexicon.that, !tokens[search].isAllCaps {
                let headEnd = search > floor && tokens[search - 1].kind == .comma ? search - 1 : search
                if let head = leftSource(endingAt: headEnd, floor: floor), head.phrase.pronoun == nil,
                    let whole = reader.read(head.range.lowerBound..<end)
                {
                    var wholeEnd = end
                    while wholeEnd < tokens.count, isAdverb(wholeEnd) { wholeEnd += 1 }
                    return LeftSource(range: head.range.lowerBound..<wholeEnd, phrase: whole, boundary: head.boundary, crossedAnd: crossedAnd)
                }
            }
            search -= 1
        }
        return nil
    }

    struct RightSource {
        var range: Range<Int>
        var phrase: SourcePhrase
        var end: Int
        var channel: Range<Int>?
    }

    /// The source after an inverted cue: "said Tom Bonier of the …", "says the letter signed by …",
    /// with an appositive ("said John Thrasher, the chairman of …") and a trailing adjunct.
    private func rightSource(from start: Int, upper: Int) -> RightSource? {
        var end = start
        while end < upper, end - start < 20, isWord(end), tokens[end].quote < 0 {
            // The source ends where a time, a place or a clause begins: "said Smith on Tuesday", "… when contacted".
            if end > start, Lexicon.timeWords.contains(key(end)) && !Lexicon.determiners.contains(key(end)) && !isAdverb(end)
                || (key(end) == Lexicon.in || key(end) == Lexicon.on || key(end) == Lexicon.during)
                || key(end) == Lexicon.that || Lexicon.adjunctClauseOpeners.contains(key(end)) && !tokens[end].isAllCaps
            {
                break
            }
            end += 1
        }
        guard end > start else { return nil }
        var sourceEnd = end
        var afterSource = end
        // Skip a trailing adjunct to the punctuation.
        var adjunctChannel: Range<Int>?
        if end < upper, isWord(end), key(end) != Lexicon.that {
            var adjunctEnd = end
            while adjunctEnd < upper, isWord(adjunctEnd), tokens[adjunctEnd].quote < 0 { adjunctEnd += 1 }
            adjunctChannel = channelIn(end..<adjunctEnd)
            afterSource = adjunctEnd
        }
        // Asides that run to the end of the sentence: ", the chairman of the Florida Republican Party.",
        // ", who represents Noel.", ", local president of the union.", ", 24, from Punjab's Bhatinda."
        if afterSource == end, end + 1 < upper, tokens[end].kind == .comma, isWord(end + 1) {
            var asideEnd = end
            while asideEnd < upper, asideEnd - end < 24, isWord(asideEnd) || tokens[asideEnd].kind == .comma,
                tokens[asideEnd].quote < 0, Lexicon.participles[key(asideEnd)] == nil,
                Lexicon.cues[key(asideEnd)] == nil || asideEnd > end + 1 && Lexicon.relativeWords.contains(key(end + 1))
            {
                asideEnd += 1
            }
            while asideEnd > end + 1, !isWord(asideEnd - 1) { asideEnd -= 1 }
            if isOnlyPunctuation(asideEnd..<upper) {
                sourceEnd = asideEnd
                afterSource = asideEnd
            } else if Lexicon.determiners.contains(key(end + 1)) {
                // ", the county sheriff. \"We need help.\"" — one appositive, then more follows.
                var appositiveEnd = end + 1
                while appositiveEnd < upper, isWord(appositiveEnd), tokens[appositiveEnd].quote < 0, appositiveEnd - end < 16 { appositiveEnd += 1 }
                sourceEnd = appositiveEnd
                afterSource = appositiveEnd
            }
        }
        guard let phrase = reader.read(start..<sourceEnd, agentNouns: false) else { return nil }
        return RightSource(range: phrase.range, phrase: phrase, end: afterSource, channel: adjunctChannel)
    }

    /// Where a second, coordinated attribution starts inside content: "X said A, while Y said B".
    private func siblingBoundary(_ range: Range<Int>) -> Int? {
        var position = range.lowerBound
        while position < range.upperBound {
            let token = tokens[position]
            if token.quote >= 0 {
                position = max(position + 1, quotations[token.quote].last + 1)
                continue
            }
            let commaBeforeSubject = token.kind == .comma && position + 1 < range.upperBound
                && (Lexicon.personalPronouns.contains(key(position + 1)) || reader.isNameWord(position + 1))
            let coordinated = token.kind == .semicolon || commaBeforeSubject
                || (token.kind == .word && Lexicon.coordinators.contains(token.key) && position > range.lowerBound
                    && (tokens[position - 1].kind == .comma || token.key != Lexicon.and))
            if coordinated {
                var cueAt = position + 1
                while cueAt < range.upperBound, cueAt - position < 12, isWord(cueAt), tokens[cueAt].quote < 0, Lexicon.cues[key(cueAt)] == nil { cueAt += 1 }
                if cueAt < range.upperBound, Lexicon.cues[key(cueAt)] != nil, cueAt > position + 1 {
                    var sourceEnd = cueAt
                    while sourceEnd > position + 1, Lexicon.auxiliaries.contains(key(sourceEnd - 1)) { sourceEnd -= 1 }
                    if sourceEnd > position + 1, reader.read((position + 1)..<sourceEnd) != nil {
                        return token.kind != .comma && tokens[position - 1].kind == .comma ? position - 1 : position
                    }
                }
            }
            position += 1
        }
        return nil
    }

    // "they are said to have …", "it was reported that …".
    private func matchPassive(_ index: Int, cueEnd: Int, be: Int, cue: Lexicon.Cue, range: Range<Int>, floor: Int) -> AttributionDraft? {
        let passiveLemmas: Set<String> = ["say", "report", "believe", "think", "allege", "claim"]
        guard passiveLemmas.contains(cue.lemma), cueEnd < range.upperBound else { return nil }
        let upper = range.upperBound
        var position = cueEnd
        var agent: RightSource?
        if key(position) == Lexicon.by, let found = rightSource(from: position + 1, upper: upper) {
            agent = found
            position = found.end
        }
        guard position < upper else { return nil }
        if key(position) == Lexicon.that, be > floor, key(be - 1) == Lexicon.it {
            let contentEnd = siblingBoundary((position + 1)..<upper) ?? upper
            guard position + 1 < contentEnd else { return nil }
            return AttributionDraft(
                unit: range, source: agent?.range, phrase: agent?.phrase, cue: index..<cueEnd, lemma: cue.lemma,
                cueClass: cue.cueClass, negated: false, content: [(position + 1)..<contentEnd], channel: nil,
                frame: [(be - 1)..<position])
        }
        if key(position) == Lexicon.to, agent == nil {
            var subjectEnd = be
            while subjectEnd > floor, Lexicon.auxiliaries.contains(key(subjectEnd - 1)) { subjectEnd -= 1 }
            guard let subject = leftSource(endingAt: subjectEnd, floor: floor)?.range
                ?? nounPhrase(endingAt: subjectEnd, floor: floor)
            else { return nil }
            return AttributionDraft(
                unit: range, source: nil, phrase: nil, cue: index..<cueEnd, lemma: cue.lemma, cueClass: cue.cueClass,
                negated: false, content: [subject, (position + 1)..<upper], channel: nil, frame: [be..<cueEnd])
        }
        return nil
    }

    /// Any short phrase of words ending at `end` back to a boundary: the subject of a passive.
    private func nounPhrase(endingAt end: Int, floor: Int) -> Range<Int>? {
        var start = end
        while start > floor, end - start < 8, isWord(start - 1), tokens[start - 1].quote < 0,
            !Lexicon.clauseBoundaries.contains(key(start - 1))
        {
            start -= 1
        }
        return start < end ? start..<end : nil
    }

    // "According to X, …" and "…, according to X."
    // "According to X, …", "…, according to X." and "…, per X."
    private func matchAccording(_ index: Int, range: Range<Int>, floor: Int) -> AttributionDraft? {
        let upper = range.upperBound
        let isPer = key(index) == Lexicon.per
        let cueEnd = isPer ? index + 1 : index + 2
        // "per" also makes rates ("$3 per day"): as a cue it follows a comma and names a source.
        if isPer {
            guard index > floor, tokens[index - 1].kind == .comma, cueEnd < upper, isWord(cueEnd),
                tokens[cueEnd].isCapitalized || key(cueEnd) == Lexicon.the
            else { return nil }
        }
        let start = cueEnd
        var end = start
        while end < upper, isWord(end), tokens[end].quote < 0, end - start < 20 { end += 1 }
        // An appositive: "according to Jane Doe, a spokeswoman,"
        if end + 1 < upper, tokens[end].kind == .comma, Lexicon.indefiniteDeterminers.contains(key(end + 1)) || key(end + 1) == Lexicon.the {
            var appositiveEnd = end + 1
            while appositiveEnd < upper, isWord(appositiveEnd), appositiveEnd - end < 12 { appositiveEnd += 1 }
            if appositiveEnd < upper, tokens[appositiveEnd].kind == .comma, let name = reader.read(start..<end), name.name != nil {
                end = appositiveEnd
            }
        }
        guard end > start, let phrase = reader.read(start..<end, agentNouns: false) else { return nil }
        var content: [Range<Int>] = []
        var beforeEnd = index
        while beforeEnd > floor, !isWord(beforeEnd - 1), !closesQuotation(beforeEnd - 1) { beforeEnd -= 1 }
        let beforeStart = afterDateline(floor, upper: beforeEnd)
        if beforeStart < beforeEnd, (beforeStart..<beforeEnd).contains(where: { isWord($0) && !Lexicon.leadingFillers.contains(key($0)) }) {
            content.append(beforeStart..<beforeEnd)
        }
        // After the source: the rest of the sentence, or with content before only a predicate that the
        // source interrupts ("The bridge, according to engineers, is safe").
        if end < upper, tokens[end].kind == .comma || tokens[end].kind == .dash, end + 1 < upper,
            contentHasWords((end + 1)..<upper),
            content.isEmpty || continuesPredicate(end + 1)
        {
            content.append((end + 1)..<upper)
        }
        guard !content.isEmpty else { return nil }
        let cueClass: AttributionClaim.CueClass = phrase.kind == .document ? .finding : .assertion
        return AttributionDraft(
            unit: range, source: phrase.range, phrase: phrase, cue: index..<cueEnd, lemma: isPer ? "per" : "according to",
            cueClass: cueClass, negated: false, content: content, channel: nil, frame: [index..<end])
    }

    /// A lower-case verb that carries on the sentence an aside interrupted: "is", "killed", "reportedly".
    private func continuesPredicate(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && !token.isCapitalized && Lexicon.participles[token.key] == nil
            && !Lexicon.determiners.contains(token.key) && !Lexicon.clauseBoundaries.contains(token.key)
            && (!Lexicon.headEnders.contains(token.key) || Lexicon.nonClauseStarts.contains(token.key) && !Lexicon.channelPrepositions.contains(token.key))
            && !Lexicon.personalPronouns.contains(token.key)
    }

    /// The first token after a dateline that opens an article: "(Reuters) —", "WASHINGTON –".
    private func afterDateline(_ start: Int, upper: Int) -> Int {
        var position = start
        if position < upper, tokens[position].kind == .openParen {
            while position < upper, tokens[position].kind != .closeParen { position += 1 }
            position += 1
        } else {
            while position < upper, tokens[position].isAllCaps || tokens[position].kind == .comma { position += 1 }
        }
        guard position > start, position < upper, tokens[position].kind == .dash else { return start }
        return position + 1
    }

    // "X: "…"" and "X — "…"", and the signed quotation "…" — Thomas Jefferson.
    private func matchPunctuation(_ index: Int, range: Range<Int>, floor: Int) -> AttributionDraft? {
        let upper = range.upperBound
        let lemma = tokens[index].kind == .colon ? "colon" : "dash"
        if index + 1 < upper, opensQuotation(index + 1), let left = leftSource(endingAt: index, floor: floor),
            left.phrase.kind != .document || lemma == "colon"
        {
            let quotation = quotations[tokens[index + 1].quote]
            return AttributionDraft(
                unit: range, source: left.range, phrase: left.phrase, cue: index..<(index + 1), lemma: lemma,
                cueClass: .assertion, negated: false, content: [(index + 1)..<min(quotation.last + 1, upper)],
                channel: nil, frame: [left.range])
        }
        if lemma == "dash", index > floor, closesQuotation(index - 1), let right = rightSource(from: index + 1, upper: upper),
            right.phrase.name != nil, isOnlyPunctuation(right.end..<upper)
        {
            let quotation = quotations[tokens[index - 1].quote]
            guard quotation.open >= floor else { return nil }
            return AttributionDraft(
                unit: range, source: right.range, phrase: right.phrase, cue: index..<(index + 1), lemma: lemma,
                cueClass: .assertion, negated: false, content: [quotation.open..<index], channel: nil, frame: [])
        }
        return nil
    }

    // MARK: - Speakers

    /// People named with evidence that they are people (a title, an honorific, a known first name, an
    /// appositive role), so that a later "she" finds them even when they were not quoted.
    private mutating func registerNamedPeople() {
        var index = 0
        while index < tokens.count {
            guard tokens[index].quote < 0, reader.isNameWord(index), index == 0 || !reader.isNameWord(index - 1) else {
                index += 1
                continue
            }
            var end = index
            while end < tokens.count, reader.isNameWord(end), tokens[end].quote < 0, !reader.isPossessive(end) { end += 1 }
            defer { index = max(end, index + 1) }
            guard end > index else { continue }
            var nameStart = index
            var titleEnd = index
            // "Secretary of State Antony Blinken": the name is the last two words.
            if index > 1, key(index - 1) == Lexicon.of, Lexicon.titleHeads.contains(key(index - 2)), end - index > 2 {
                nameStart = end - 2
                titleEnd = nameStart
            }
            // Named organizations, for a later "the agency" or "it": "CBP", "Acme Corp".
            if (nameStart..<end).contains(where: { reader.isOrganizationWord($0) }) {
                let headline = end - index > 3 && (index..<end).allSatisfy { tokens[$0].isAllCaps }
                var nameEnd = end
                while nameEnd < tokens.count, tokens[nameEnd].isCapitalized, tokens[nameEnd].quote < 0,
                    Lexicon.organizations.contains(key(nameEnd)) || Lexicon.groupRoles.contains(key(nameEnd))
                {
                    nameEnd += 1
                }
                if !headline {
                    memory.note(collective: text(index..<nameEnd), kind: .organization, at: index)
                }
                continue
            }
            var gender: SourcePhrase.Gender?
            if Lexicon.maleHonorifics.contains(key(nameStart)) {
                gender = .male
                nameStart += 1
            } else if Lexicon.femaleHonorifics.contains(key(nameStart)) {
                gender = .female
                nameStart += 1
            }
            guard nameStart < end else { continue }
            var title: Range<Int>?
            var titleBeforeName = false
            var titleHead: Int?
            if titleEnd > index {
                titleHead = index - 2
            } else if index > 0, isWord(index - 1), tokens[index - 1].quote < 0 {
                if Lexicon.titleHeads.contains(key(index - 1)) {
                    titleHead = index - 1
                } else if index > 2, tokens[index - 1].isCapitalized, key(index - 2) == Lexicon.of, Lexicon.titleHeads.contains(key(index - 3)) {
                    // "Chief of Staff Ron Klain": "Staff" is no name word, so the name run starts after the title.
                    titleHead = index - 3
                }
            }
            if let titleHead {
                var titleStart = titleHead
                while titleStart > 0, isWord(titleStart - 1), tokens[titleStart - 1].quote < 0,
                    tokens[titleStart - 1].paragraph == tokens[index].paragraph,
                    tokens[titleStart - 1].isCapitalized && !Lexicon.determiners.contains(key(titleStart - 1))
                        && !Lexicon.leadingFillers.contains(key(titleStart - 1)) && !reader.isPossessive(titleStart - 1)
                        || Lexicon.titleModifiers.contains(key(titleStart - 1)) || Lexicon.titleHeads.contains(key(titleStart - 1))
                {
                    titleStart -= 1
                }
                title = titleStart..<titleEnd
                titleBeforeName = true
            }
            let firstNameGender: SourcePhrase.Gender? = end - nameStart < 2 ? nil
                : Lexicon.maleFirstNames.contains(key(nameStart)) ? .male
                : Lexicon.femaleFirstNames.contains(key(nameStart)) ? .female : nil
            var appositive = false
            if end + 2 < tokens.count, tokens[end].kind == .comma, isWord(end + 1) {
                let determiner = Lexicon.determiners.contains(key(end + 1))
                var look = determiner ? end + 2 : end + 1
                while look < tokens.count, look - end < 10, isWord(look) {
                    if Lexicon.personRoles.contains(key(look)) || Lexicon.titleHeads.contains(key(look)) { appositive = true }
                    look += 1
                }
                if appositive, title == nil { title = (determiner ? end + 2 : end + 1)..<look }
            }
            var cueAfter = end
            while cueAfter < tokens.count, isWord(cueAfter), Lexicon.auxiliaries.contains(key(cueAfter)) { cueAfter += 1 }
            let speaks = end - nameStart >= 2 && cueAfter < tokens.count && Lexicon.cues[key(cueAfter)] != nil
            guard title != nil || gender != nil || firstNameGender != nil || appositive || speaks else { continue }
            gender = gender ?? firstNameGender
            if let title {
                if title.contains(where: { Lexicon.maleRoles.contains(key($0)) }) { gender = gender ?? .male }
                if title.contains(where: { Lexicon.femaleRoles.contains(key($0)) }) { gender = gender ?? .female }
            }
            memory.mention(
                nameKeys: (nameStart..<end).map { key($0) }, name: text(nameStart..<end), title: title.map { text($0) },
                titleKeys: title.map { $0.map { key($0) } } ?? [], gender: gender, at: index)
            if titleBeforeName, let title, isOfficeTitle(title) {
                // The name run stops before a possessive ("Trump's"), which still ends the name.
                let possessive = end < tokens.count && tokens[end].quote < 0 && reader.isNameWord(end) && reader.isPossessive(end)
                titledMentions.append(TitledMention(title: title, name: nameStart..<(possessive ? end + 1 : end), possessive: possessive))
            }
        }
    }

    /// A capitalized title naming a public office: "Commerce Secretary", "Vice President", "Chief of Staff";
    /// "Caravan leader" and "Home Depot president" are not offices.
    private func isOfficeTitle(_ title: Range<Int>) -> Bool {
        guard let head = title.last, tokens[head].isCapitalized else { return false }
        return title.contains { Lexicon.officeWords.contains(key($0)) }
    }

    private mutating func resolveSpeaker(_ number: Int) {
        guard let phrase = drafts[number].phrase else {
            drafts[number].kind = .anonymous
            return
        }
        let at = phrase.range.lowerBound
        var speaker: String?
        var title = phrase.title.map { text($0) }
        var kind = phrase.kind
        if let pronoun = phrase.pronoun {
            if pronoun == Lexicon.they || pronoun == Lexicon.it {
                let kinds: Set<AttributionClaim.SpeakerKind> = pronoun == Lexicon.they ? [.group, .organization] : [.organization, .document]
                if let collective = memory.collective(before: at, kinds: kinds) {
                    speaker = collective.label
                    kind = collective.kind
                }
            } else if let gender = reader.gender(ofPronoun: pronoun), let person = memory.resolvePronoun(gender: gender, before: at) {
                speaker = memory.people[person].name
                title = memory.people[person].title
                memory.mention(nameKeys: memory.people[person].keys, name: speaker!, title: nil, titleKeys: [], gender: gender, at: at)
            }
        } else if let name = phrase.name {
            let person = memory.mention(
                nameKeys: name.map { key($0) }, name: text(name), title: title, titleKeys: phrase.title.map { $0.map { key($0) } } ?? [],
                gender: phrase.gender, at: at)
            speaker = memory.people[person].name
            title = title ?? memory.people[person].title
        } else if let label = phrase.label {
            let labelText = text(label)
            if let possessor = phrase.possessor {
                var owner = text(possessor)
                if possessor.count == 1, Lexicon.possessivePronouns.contains(key(possessor.lowerBound)) {
                    let gender = reader.gender(ofPronoun: key(possessor.lowerBound))
                    if gender != nil, let person = memory.resolvePronoun(gender: gender, before: at) {
                        owner = memory.people[person].name + "'s"
                    } else if gender == nil,
                        let collective = memory.collective(before: at, kinds: key(possessor.lowerBound) == Lexicon.its ? [.organization] : [.group, .organization])
                    {
                        owner = collective.label + (collective.label.hasSuffix("s") ? "'" : "'s")
                    } else {
                        owner = ""
                    }
                }
                speaker = owner.isEmpty ? nil : owner + " " + labelText
            } else if kind == .person || kind == .anonymous {
                let definite = key(phrase.range.lowerBound) == Lexicon.the
                if definite, let person = memory.person(withTitleWord: key(label.upperBound - 1), before: at) {
                    speaker = memory.people[person].name
                    title = memory.people[person].title
                    kind = .person
                }
            } else if key(phrase.range.lowerBound) == Lexicon.the, label.count == 1, kind == .organization, !tokens[label.lowerBound].isCapitalized,
                let named = memory.collective(before: at, kinds: [.organization]), named.label.first?.isUppercase == true
            {
                speaker = named.label
            } else {
                speaker = labelText
            }
            if kind != .person, kind != .anonymous, let speaker { memory.note(collective: speaker, kind: kind, at: at) }
        }
        drafts[number].speaker = speaker
        drafts[number].title = title
        drafts[number].kind = kind
    }

    // MARK: - Output

    func text(_ range: Range<Int>) -> String {
        guard let first = range.first else { return "" }
        return String(decoding: bytes[tokens[first].start..<tokens[range.upperBound - 1].end], as: UTF8.self)
    }

    func span(_ range: Range<Int>) -> Span {
        Span(start: tokens[range.lowerBound].scalarStart, end: tokens[range.upperBound - 1].scalarEnd)
    }

    /// Content tokens without the punctuation around them; a whole quotation gives its quoted pieces.
    func contentPieces(_ range: Range<Int>) -> [Range<Int>] {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, isTrimmable(start) { start += 1 }
        while end > start, isTrimmable(end - 1) { end -= 1 }
        guard start < end else { return [] }
        // `… her skull,"` ends the reported speech at "skull": the comma and mark close the quotation.
        if end - start > 2, closesQuotation(end - 1), tokens[end - 2].kind == .comma, !opensQuotation(start) || quotations[tokens[start].quote].last != end - 1 {
            end -= 2
        }
        if opensQuotation(start) {
            let quotation = quotations[tokens[start].quote]
            if quotation.last == end - 1 || (quotation.close == nil && end - 1 <= quotation.last) {
                return quotation.pieces.compactMap { piece in
                    var pieceStart = max(piece.lowerBound, start)
                    var pieceEnd = min(piece.upperBound, end)
                    while pieceStart < pieceEnd, isTrimmable(pieceStart) { pieceStart += 1 }
                    while pieceEnd > pieceStart, isTrimmable(pieceEnd - 1) { pieceEnd -= 1 }
                    return pieceStart < pieceEnd ? pieceStart..<pieceEnd : nil
                }
            }
        }
        return [start..<end]
    }

    /// Direct when every content word is quoted, indirect when none is, mixed otherwise.
    func directness(_ content: [Range<Int>]) -> AttributionClaim.Directness {
        var quoted = false
        var reported = false
        for range in content {
            for index in range where isWord(index) {
                if tokens[index].quote >= 0 { quoted = true } else { reported = true }
            }
        }
        return reported ? (quoted ? .mixed : .indirect) : .direct
    }

    func claims(date: Day?) -> [AttributionClaim] {
        let order = drafts.indices.sorted { (drafts[$0].start, $0) < (drafts[$1].start, $1) }
        var ids = [Int](repeating: 0, count: drafts.count)
        for (position, index) in order.enumerated() { ids[index] = position + 1 }
        return order.map { index in
            let draft = drafts[index]
            let pieces = draft.content.flatMap { contentPieces($0) }
            var start = draft.start
            var end = draft.end
            while start < end - 1, isTrimmable(start) { start += 1 }
            while end > start + 1, isTrimmable(end - 1) { end -= 1 }
            let period = when(draft.frame, date: date)
            // The statement's time belongs to its text: "…," said Mayor Tom Reed on Tuesday.
            if let period {
                while start > draft.unit.lowerBound, tokens[start].scalarStart > period.start { start -= 1 }
                while end < draft.unit.upperBound, tokens[end - 1].scalarEnd < period.end { end += 1 }
            }
            return AttributionClaim(
                id: "a\(ids[index])", text: text(start..<end), sentence: text(draft.unit),
                start: tokens[start].scalarStart, end: tokens[end - 1].scalarEnd,
                source: draft.source.map { text($0) } ?? "", sourceSpan: draft.source.map { span($0) }, speaker: draft.speaker,
                title: draft.title, speakerKind: draft.kind, cue: text(draft.cue), cueLemma: draft.lemma,
                cueSpan: span(draft.cue), cueClass: draft.cueClass, negated: draft.negated,
                content: pieces.map { text($0) }.joined(separator: " … "), contentSpans: pieces.map { span($0) },
                direct: directness(draft.content), channel: draft.channel.map { text($0) }, when: period,
                parent: draft.parent.map { "a\(ids[$0])" })
        }
    }

    /// Title claims "t1", "t2"… for titled names that are no attribution's source; the claim's text is the title
    /// and name, and it has no cue or content.
    func titleClaims() -> [AttributionClaim] {
        let sources = drafts.compactMap(\.source)
        var claims: [AttributionClaim] = []
        var unit = 0
        for mention in titledMentions where !sources.contains(where: { $0.overlaps(mention.name) }) {
            let whole = mention.title.lowerBound..<mention.name.upperBound
            while unit < scannedUnits.count, scannedUnits[unit].upperBound <= whole.lowerBound { unit += 1 }
            guard unit < scannedUnits.count, scannedUnits[unit].contains(whole.lowerBound) else { continue }
            var span = span(whole)
            var written = text(whole)
            if mention.possessive {
                let ending = possessiveEnding(written)
                written.removeLast(ending)
                span.end -= ending
            }
            // The name as written: what the text claims, whoever a fuller mention elsewhere may be.
            let speaker = String(written.unicodeScalars.suffix(span.end - tokens[mention.name.lowerBound].scalarStart))
            claims.append(AttributionClaim(
                id: "t\(claims.count + 1)", text: written, sentence: text(scannedUnits[unit]), start: span.start, end: span.end,
                source: written, sourceSpan: span, speaker: speaker, title: text(mention.title),
                speakerKind: .person, cue: "", cueLemma: "", cueSpan: nil, cueClass: .assertion, negated: false,
                content: "", contentSpans: [], direct: .indirect, channel: nil, when: nil))
        }
        return claims
    }

    /// How many characters (each one code point) of a possessive ending close `word`: "'s", "’s", "'" or "’".
    private func possessiveEnding(_ word: String) -> Int {
        word.hasSuffix("'s") || word.hasSuffix("’s") || word.hasSuffix("'S") || word.hasSuffix("’S") ? 2 : 1
    }

    /// The first time expression in the frame around the cue, outside quotations.
    private func when(_ frame: [Range<Int>], date: Day?) -> Period? {
        for range in frame {
            var start = range.lowerBound
            while start < range.upperBound {
                while start < range.upperBound, tokens[start].quote >= 0 { start += 1 }
                var end = start
                while end < range.upperBound, tokens[end].quote < 0 { end += 1 }
                if start < end, (start..<end).contains(where: { Lexicon.timeWords.contains(key($0)) && key($0) != Lexicon.the }) {
                    let segment = start..<end
                    if let period = TimeExpressions.periods(in: text(segment), offset: tokens[start].scalarStart, date: date).first {
                        return period
                    }
                }
                start = end
            }
        }
        return nil
    }
}
