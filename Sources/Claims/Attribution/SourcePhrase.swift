/// What a source phrase says about its speaker: "Homeland Security Secretary Alejandro Mayorkas" is a
/// person named "Alejandro Mayorkas" titled "Homeland Security Secretary"; "her office" is the office of
/// whoever "her" is; "a person familiar with the talks" is anonymous.
struct SourcePhrase {
    enum Gender { case male, female }

    /// The tokens as written, fillers ("But", "meanwhile") left out.
    var range: Range<Int>
    var kind: AttributionClaim.SpeakerKind
    /// The person's name tokens, honorifics left out.
    var name: Range<Int>?
    var title: Range<Int>?
    /// "he", "she", "they", "it" standing alone.
    var pronoun: UInt64?
    /// The possessor of a role: "her" in "her office", "Trump" in "Trump's lawyer".
    var possessor: Range<Int>?
    /// The phrase naming a group, organization or document, determiners left out ("Biden administration").
    var label: Range<Int>?
    var gender: Gender?
}

/// Reads source phrases. Works on tokens and lexicon hashes only.
struct SourcePhraseReader {
    let tokens: [AttributionToken]
    let bytes: [UInt8]
    /// Whether each token can be part of a name: the readers ask it of the same words again and again,
    /// so it is decided once per token.
    private let nameWords: [Bool]

    init(tokens: [AttributionToken], bytes: [UInt8]) {
        self.tokens = tokens
        self.bytes = bytes
        nameWords = tokens.map(Self.isNameWord)
    }

    private typealias Lexicon = AttributionLexicon

    func key(_ index: Int) -> UInt64 { tokens[index].key }
    func isWord(_ index: Int) -> Bool { tokens[index].kind == .word }

    /// Whether a word ends in a possessive "'s" / "’s" / "s'".
    func isPossessive(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.end - token.start >= 3 else { return false }
        let end = token.end
        if bytes[end - 2] == 0x27, bytes[end - 1] | 0x20 == 0x73 { return true }
        if bytes[end - 1] == 0x27 { return true }
        if end - token.start >= 5, bytes[end - 4] == 0xE2, bytes[end - 3] == 0x80, bytes[end - 2] == 0x99, bytes[end - 1] | 0x20 == 0x73 { return true }
        return bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 && bytes[end - 1] == 0x99
    }

    /// A capitalized word that can be part of a name; acronyms always are ("WHO", "CBP").
    func isNameWord(_ index: Int) -> Bool { nameWords[index] }

    private static func isNameWord(_ token: AttributionToken) -> Bool {
        guard token.kind == .word, token.isCapitalized else { return false }
        if token.isAllCaps, !Lexicon.titleHeads.contains(token.key) { return true }
        return !nonNameWords.contains(token.key)
    }

    /// Words that are never part of a name written in capitals: titles, determiners, fillers, clause
    /// openers, pronouns, group roles, documents, cues, title modifiers and the prepositions that end a head.
    private static let nonNameWords = WordKeySet(
        [
            Lexicon.titleHeads, Lexicon.determiners, Lexicon.leadingFillers, Lexicon.clauseBoundaries, Lexicon.personalPronouns,
            Lexicon.groupRoles, Lexicon.documents, Lexicon.titleModifiers, Lexicon.headEnders,
        ].flatMap(\.keys) + Lexicon.cues.keys)

    /// Lower-case particles inside names: "Charles de Gaulle".
    static let nameParticles = AttributionLexicon.keys(["de", "van", "von", "der", "bin", "al", "da", "di", "del", "la", "le", "du", "dos", "das", "ibn"])

    /// The run of name words ending just before `end`, particles allowed inside.
    func nameRun(endingBefore end: Int, from start: Int) -> Range<Int>? {
        var first = end
        while first > start {
            let previous = first - 1
            if isNameWord(previous) && !isPossessive(previous) {
                first = previous
            } else if Self.nameParticles.contains(key(previous)) || key(previous) == Lexicon.and, previous > start,
                isNameWord(previous - 1), first < end
            {
                // "Charles de Gaulle", "Centers for Disease Control and Prevention".
                first = previous
            } else {
                break
            }
        }
        return first < end ? first..<end : nil
    }

    func isOrganizationWord(_ index: Int) -> Bool {
        tokens[index].isAllCaps || Lexicon.organizations.contains(key(index))
    }

    /// Words that end a group's or document's label: relative clauses and participles, not prepositions
    /// ("representatives of Epstein's family" keeps its "of", "the letter signed by …" loses "signed by …").
    static let labelEnders = AttributionLexicon.keys([
        "who", "which", "that", "whose", "whom", "familiar", "close", "signed", "released", "published", "issued",
        "obtained", "seen", "filed", "posted", "sent", "written", "representing", "speaking", "working", "based",
        "involved", "like", "including", "such",
    ])

    /// Analyses the tokens of a source phrase; nil when they do not name a speaker. Agent nouns
    /// ("a blogger") are read only where the phrase stands before its cue, as subjects do.
    func read(_ written: Range<Int>, agentNouns: Bool = true) -> SourcePhrase? {
        var start = written.lowerBound
        var end = written.upperBound
        while start < end, !isWord(start) || Lexicon.leadingFillers.contains(key(start)) { start += 1 }
        while end > start, !isWord(end - 1) { end -= 1 }
        guard start < end, end - start <= 28 else { return nil }
        let range = start..<end

        // An appositive after the first comma: "Hugh Hill, a doctor".
        var coreEnd = end
        var appositive: Range<Int>?
        if let comma = range.first(where: { tokens[$0].kind == .comma }) {
            coreEnd = comma
            var appositiveStart = comma + 1
            while appositiveStart < end, Lexicon.determiners.contains(key(appositiveStart)) { appositiveStart += 1 }
            var appositiveEnd = end
            if let next = (appositiveStart..<end).first(where: { tokens[$0].kind == .comma }) { appositiveEnd = next }
            let isAge = appositiveStart < end && bytes[tokens[appositiveStart].start] >= 0x30 && bytes[tokens[appositiveStart].start] <= 0x39
            if appositiveStart < appositiveEnd, !Self.labelEnders.contains(key(comma + 1)), !isParticiple(comma + 1), !isAge {
                appositive = appositiveStart..<appositiveEnd
            }
        }
        guard coreEnd > start else { return nil }

        // The head ends at a preposition or relative clause, except inside capitalized names
        // ("Secretary of State Antony Blinken", "Department of Homeland Security").
        var headEnd = coreEnd
        var index = start
        while index < coreEnd {
            let current = key(index)
            if Lexicon.headEnders.contains(current), index > start, !tokens[index].isAllCaps {
                let joinsCapitals = (current == Lexicon.of || current == Lexicon.for)
                    && tokens[index - 1].isCapitalized && index + 1 < coreEnd && tokens[index + 1].isCapitalized
                if !joinsCapitals {
                    headEnd = index
                    break
                }
            }
            index += 1
        }
        guard headEnd > start else { return nil }
        // A label runs on through prepositional phrases to a relative clause or participle.
        var labelEnd = headEnd
        while labelEnd < coreEnd, !Self.labelEnders.contains(key(labelEnd)) || tokens[labelEnd].isAllCaps, isWord(labelEnd) { labelEnd += 1 }

        let markers = range.contains { Lexicon.anonymityMarkers.contains(key($0)) }
            || (range.contains { Lexicon.namingWords.contains(key($0)) } && range.contains { Lexicon.negations.contains(key($0)) })

        // A pronoun alone.
        if headEnd - start == 1, Lexicon.personalPronouns.contains(key(start)) {
            let pronoun = key(start)
            let kind: AttributionClaim.SpeakerKind = pronoun == Lexicon.they ? .group : pronoun == Lexicon.it ? .organization : .person
            return SourcePhrase(range: range, kind: kind, pronoun: pronoun, gender: gender(ofPronoun: pronoun))
        }

        // Coordinated names: "Ana Lopez and Mark Webb".
        if let and = (start..<headEnd).first(where: { key($0) == Lexicon.and }), and > start,
            nameRun(endingBefore: and, from: start) == start..<and, nameRun(endingBefore: headEnd, from: and + 1) == (and + 1)..<headEnd
        {
            return SourcePhrase(range: range, kind: markers ? .anonymous : .group, label: start..<headEnd)
        }

        // A possessor: "her office", "the company's chief executive", "Trump's lawyer Rudy Giuliani".
        var headStart = start
        var possessor: Range<Int>?
        for position in start..<headEnd where position + 1 < headEnd {
            if Lexicon.possessivePronouns.contains(key(position)) {
                possessor = position..<(position + 1)
                headStart = position + 1
            } else if isPossessive(position) {
                var possessorStart = start
                while possessorStart < position, Lexicon.determiners.contains(key(possessorStart)) { possessorStart += 1 }
                possessor = possessorStart..<(position + 1)
                headStart = position + 1
            }
        }

        let last = headEnd - 1
        let lastKey = key(last)
        let roleLexiconHead = Lexicon.groupRoles.contains(lastKey) || Lexicon.personRoles.contains(lastKey)
            || Lexicon.documents.contains(lastKey) || Lexicon.anonymousHeads.contains(lastKey)
            || (Lexicon.organizations.contains(lastKey) && !tokens[last].isCapitalized)

        if !roleLexiconHead, var run = nameRun(endingBefore: headEnd, from: headStart) {
            // "Secretary of State Antony Blinken": the words after "of" belong to the title but the last two.
            if run.lowerBound >= headStart + 2, key(run.lowerBound - 1) == Lexicon.of,
                Lexicon.titleHeads.contains(key(run.lowerBound - 2)), run.count > 2
            {
                let nameLength = run.count > 3 && tokens[run.upperBound - 2].end - tokens[run.upperBound - 2].start == 2 ? 3 : 2
                run = (run.upperBound - nameLength)..<run.upperBound
            }
            // A proper name: an organization when it says so ("Office of Emergency Services"), a person otherwise.
            let ofOrganization = run.lowerBound >= headStart + 2 && (key(run.lowerBound - 1) == Lexicon.of || key(run.lowerBound - 1) == Lexicon.for)
                && isOrganizationWord(run.lowerBound - 2)
            if ofOrganization || run.contains(where: { isOrganizationWord($0) }) {
                var labelStart = headStart
                while labelStart < headEnd, Lexicon.determiners.contains(key(labelStart)) { labelStart += 1 }
                return SourcePhrase(range: range, kind: markers ? .anonymous : .organization, possessor: possessor, label: labelStart..<labelEnd)
            }
            var nameStart = run.lowerBound
            var gender: SourcePhrase.Gender?
            while nameStart < run.upperBound - 1, Lexicon.maleHonorifics.contains(key(nameStart)) || Lexicon.femaleHonorifics.contains(key(nameStart)) {
                gender = Lexicon.maleHonorifics.contains(key(nameStart)) ? .male : .female
                nameStart += 1
            }
            if gender == nil, run.count > 1 {
                if Lexicon.maleFirstNames.contains(key(nameStart)) { gender = .male }
                if Lexicon.femaleFirstNames.contains(key(nameStart)) { gender = .female }
            }
            var titleStart = headStart
            while titleStart < run.lowerBound, Lexicon.determiners.contains(key(titleStart)) { titleStart += 1 }
            var title: Range<Int>? = titleStart < run.lowerBound ? titleStart..<run.lowerBound : nil
            if let titleRange = title {
                // A title holds a title word or ends in a common noun ("Caravan leader", "Corn grower"), not just
                // capitalized words.
                let hasRole = titleRange.contains { Lexicon.titleHeads.contains(key($0)) || Lexicon.personRoles.contains(key($0)) }
                let endsInNoun = titleRange.count >= 2 && !tokens[titleRange.upperBound - 1].isCapitalized && isWord(titleRange.upperBound - 1)
                    && !titleRange.contains(where: { isAdverb($0) || Lexicon.groupRoles.contains(key($0)) })
                    && !Lexicon.nonClauseStarts.contains(key(titleRange.upperBound - 1))
                    && !Lexicon.clauseBoundaries.contains(key(titleRange.upperBound - 1))
                    && !Lexicon.headEnders.contains(key(titleRange.upperBound - 1)) && !Lexicon.timeWords.contains(key(titleRange.upperBound - 1))
                    && !Lexicon.auxiliaries.contains(key(titleRange.upperBound - 1)) && !isAdverb(titleRange.upperBound - 1)
                    && !(titleRange.contains { Lexicon.headEnders.contains(key($0)) || Lexicon.determiners.contains(key($0)) })
                    && !(titleRange.contains { Lexicon.cues[key($0)] != nil || Lexicon.personalPronouns.contains(key($0)) })
                if !hasRole && !endsInNoun && possessor == nil { return nil }
            }
            if title == nil, let appositive { title = appositive }
            if let possessor, let titleRange = title, titleRange.lowerBound == headStart { title = possessor.lowerBound..<titleRange.upperBound }
            if let titleRange = title {
                if titleRange.contains(where: { Lexicon.maleRoles.contains(key($0)) }) { gender = gender ?? .male }
                if titleRange.contains(where: { Lexicon.femaleRoles.contains(key($0)) }) { gender = gender ?? .female }
            }
            return SourcePhrase(range: range, kind: markers ? .anonymous : .person, name: nameStart..<run.upperBound, title: title, gender: gender)
        }

        // A role before the name: "Carlineo's attorney, Sonya Zoghlin", "its director, the Rev. Tomás Garza".
        if let appositive, let run = nameRun(endingBefore: appositive.upperBound, from: appositive.lowerBound),
            run.upperBound == appositive.upperBound,
            (appositive.lowerBound..<run.lowerBound).allSatisfy({ Lexicon.titleHeads.contains(key($0)) || Lexicon.titleModifiers.contains(key($0)) }),
            Lexicon.personRoles.contains(lastKey) || Lexicon.titleHeads.contains(lastKey)
        {
            var titleStart = start
            while titleStart < headEnd, Lexicon.determiners.contains(key(titleStart)) || Lexicon.possessivePronouns.contains(key(titleStart)) {
                titleStart += 1
            }
            let title = run.lowerBound > appositive.lowerBound ? appositive.lowerBound..<run.lowerBound : titleStart..<headEnd
            return SourcePhrase(range: range, kind: markers ? .anonymous : .person, name: run, title: title)
        }

        // A role, group, organization or document named by a common noun.
        var labelStart = headStart
        while labelStart < headEnd, Lexicon.determiners.contains(key(labelStart)) { labelStart += 1 }
        guard labelStart < headEnd else { return nil }
        // Every word before the head must be a modifier, not a verb: no function words, no clause.
        let hasClauseWord = (labelStart..<last).contains {
            Lexicon.clauseBoundaries.contains(key($0)) || Lexicon.nonClauseStarts.contains(key($0))
                || Lexicon.personalPronouns.contains(key($0)) || !isWord($0)
        }
        if hasClauseWord { return nil }
        var kind: AttributionClaim.SpeakerKind
        if Lexicon.anonymousHeads.contains(lastKey) {
            kind = .anonymous
        } else if Lexicon.documents.contains(lastKey) {
            kind = .document
        } else if Lexicon.organizations.contains(lastKey) && (tokens[last].isCapitalized || !Lexicon.groupRoles.contains(lastKey)) {
            kind = .organization
        } else if Lexicon.groupRoles.contains(lastKey) {
            kind = .group
        } else if Lexicon.personRoles.contains(lastKey) || Lexicon.titleHeads.contains(lastKey) {
            kind = .person
        } else if agentNouns, let agent = agentNoun(last) {
            kind = agent
        } else {
            return nil
        }
        if markers { kind = .anonymous }
        var gender: SourcePhrase.Gender?
        if Lexicon.maleRoles.contains(lastKey) { gender = .male }
        if Lexicon.femaleRoles.contains(lastKey) { gender = .female }
        let title: Range<Int>? = Lexicon.personRoles.contains(lastKey) && kind != .group ? labelStart..<headEnd : nil
        return SourcePhrase(range: range, kind: kind, title: title, possessor: possessor, label: labelStart..<labelEnd, gender: gender)
    }

    func isAdverb(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .word && !token.isCapitalized && token.end - token.start > 4
            && bytes[token.end - 2] == 0x6C && bytes[token.end - 1] == 0x79
    }

    /// Words that end like agent nouns but name no speaker.
    static let notAgents = AttributionLexicon.keys([
        "other", "others", "number", "numbers", "order", "orders", "matter", "matters", "water", "border", "borders",
        "center", "percent", "government", "statement", "comment", "comments", "moment", "event", "events", "winter",
        "summer", "quarter", "quarters", "paper", "papers", "letter", "letters", "error", "errors", "factor", "factors",
        "sector", "sectors", "record", "records", "content", "extent", "amount", "payment", "payments", "element",
        "answer", "answers", "power", "tower", "river", "cancer", "member", "meter", "chapter", "minister", "plant",
        "plants", "grant", "grants", "debt", "event", "counter", "consent", "accent", "talent", "tenant", "point",
        "disorder", "disorders", "weather", "computer", "computers", "offer", "offers", "shelter", "character",
        "earlier", "later", "ever", "never", "over", "under", "after", "rather", "together", "whether", "either",
        "neither", "however", "further", "higher", "lower", "greater", "larger", "smaller", "better", "faster",
        "slower", "stronger", "weaker", "harder", "older", "younger", "longer", "sooner", "cheaper", "deeper",
        "present", "recent", "current", "different", "significant", "important", "relevant", "constant", "giant",
        "instant", "pregnant", "incident", "incidents", "accident", "accidents", "percent", "moment", "treatment",
    ])

    /// A common noun naming someone by what they do, read from its ending: "commenter", "blogger",
    /// "columnists", "historian"; plural endings name a group.
    func agentNoun(_ index: Int) -> AttributionClaim.SpeakerKind? {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.end - token.start >= 6,
            !Self.notAgents.contains(token.key), !Lexicon.nonClauseStarts.contains(token.key)
        else { return nil }
        let word = bytes[token.start..<token.end]
        func ends(_ suffix: String) -> Bool { word.count > suffix.utf8.count && word.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
        for suffix in ["er", "or", "ist", "ian", "ant", "ent"] {
            if ends(suffix) { return .person }
            if ends(suffix + "s") { return .group }
        }
        return nil
    }

    /// A lower-case word ending in "-ing" or "-ed": "speaking on condition …", "signed by …".
    func isParticiple(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, !token.isCapitalized, token.end - token.start > 4 else { return false }
        let end = token.end
        return (bytes[end - 3] == 0x69 && bytes[end - 2] == 0x6E && bytes[end - 1] == 0x67)
            || (bytes[end - 2] == 0x65 && bytes[end - 1] == 0x64)
    }

    func gender(ofPronoun pronoun: UInt64) -> SourcePhrase.Gender? {
        if Lexicon.malePronouns.contains(pronoun) { return .male }
        if Lexicon.femalePronouns.contains(pronoun) { return .female }
        return nil
    }
}
