import Sentences

/// Lines that are page furniture rather than reporting: promos and bylines are never claims.
enum SentenceFilter {
    private static let promoOpenings = [
        "click here", "read more", "watch:", "watch here", "sign up", "subscribe", "follow us", "download the",
        "related:", "listen:", "get the", "photo:", "image:", "credit:", "copyright", "©", "(reporting by",
    ].map { Array($0.utf8) }

    /// Whether the sentence (`bytes` are its UTF-8) is a promo or a byline.
    static func isPromoOrByline(_ sentence: String, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var letters = 0
        var upper = 0
        for (offset, byte) in bytes.enumerated() {
            let isLetter = (byte | 0x20) &- 0x61 < 26
            letters &+= isLetter ? 1 : 0
            upper &+= isLetter && byte < 0x61 ? 1 : 0
            // Stop once even capitals in every byte left could not make four capitals a lower-case letter.
            if 4 * (letters - upper) > upper + bytes.count - offset - 1 { break }
        }
        // Headlines of other stories and calls to action are set in capitals.
        if letters >= 8, upper * 10 >= letters * 8 { return true }
        // The opening in lower case (ASCII capitals only) against each promo.
        func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
        let first = bytes.first.map(lowered)
        for promo in promoOpenings where promo.first == first && promo.count <= bytes.count {
            if zip(promo, bytes).allSatisfy({ expected, byte in lowered(byte) == expected }) { return true }
        }
        return isByline(sentence, bytes: bytes)
    }

    private static let contributed = Array("contributed to this report.".utf8)

    /// "By Jane Doe, Fox News", "Fox News' Adam Shaw contributed to this report."
    private static func isByline(_ sentence: String, bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.count >= contributed.count, bytes[(bytes.count - contributed.count)...].elementsEqual(contributed) { return true }
        guard bytes.starts(with: "By ".utf8) else { return false }
        let words = sentence.split(separator: " ")
        guard words.count <= 10 else { return false }
        let named = words.dropFirst().filter { $0.first?.isUppercase == true || $0 == "and" || $0 == "|" }
        return named.count == words.count - 1
    }
}

/// Context words the check rules match on: locative phrases ("along the border") and names
/// ("Border Patrol", "CBP", "U.S.").
enum SubjectReader {
    static func subjects(in sentence: String, casing: CasingEvidence = CasingEvidence()) -> [String] {
        var sentence = sentence
        return sentence.withUTF8 { bytes in subjects(in: bytes, tokens: Tokenizer.tokens(bytes), casing: casing) }
    }

    /// The subjects of an already tokenized sentence.
    static func subjects(in bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], casing: CasingEvidence) -> [String] {
        func text(_ first: Int, _ last: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[first].start..<tokens[last].end]), as: UTF8.self)
        }
        // Each subject once, in order of first mention; a sentence names few, so a linear check is cheapest.
        var subjects: [String] = []
        func add(_ first: Int, _ last: Int) {
            let subject = text(first, last)
            if !subjects.contains(subject) { subjects.append(subject) }
        }
        var index = 0
        while index < tokens.count {
            if let last = locativeEnd(tokens, at: index) {
                add(index, last)
                index = last + 1
            } else if let last = nameEnd(tokens, at: index, bytes, casing: casing) {
                add(index, last)
                index = last + 1
            } else {
                index += 1
            }
        }
        return subjects
    }

    /// Whether subject words (possibly carried) are a locative phrase rather than a name.
    static func isLocative(_ subject: String) -> Bool {
        let words = subject.hasPrefix(RateTopicMemory.carriedMarker) ? subject.dropFirst(RateTopicMemory.carriedMarker.count) : Substring(subject)
        return ["along the ", "at the ", "across the ", "near the "].contains { words.hasPrefix($0) }
    }

    /// "along the border", "at the southern border", "across the U.S.-Mexico border".
    private static func locativeEnd(_ tokens: [Token], at index: Int) -> Int? {
        guard let word = tokens[index].word, word == .along || word == .at || word == .across || word == .near,
            index + 2 < tokens.count, tokens[index + 1].word == .the
        else { return nil }
        var position = index + 2
        var last: Int?
        var words = 0
        while position < tokens.count, words < 4 {
            let token = tokens[position]
            if token.kind == .word, token.word?.endsNounPhrase != true, token.word?.cardinal == nil {
                last = position
                words += 1
                position += 1
            } else if (token.isDash || token.isSymbol(".")) && !token.spaceBefore && last != nil {
                position += 1
            } else {
                break
            }
        }
        return last
    }

    /// A run of capitalized words ("Border Patrol", "Homeland Security Secretary Alejandro Mayorkas"),
    /// with abbreviations ("U.S.") and "of" inside ("Department of Homeland Security"). A single
    /// capitalized word opening the sentence is just the sentence's first word.
    private static func nameEnd(_ tokens: [Token], at index: Int, _ bytes: UnsafeBufferPointer<UInt8>, casing: CasingEvidence) -> Int? {
        guard isNameWord(tokens[index]) else { return nil }
        // A lone letter is a name only as an abbreviation ("U.S.").
        if tokens[index].length == 1, index + 1 >= tokens.count || !tokens[index + 1].isSymbol(".") || tokens[index + 1].spaceBefore {
            return nil
        }
        var last = index
        var position = index + 1
        var words = 1
        while position < tokens.count {
            let token = tokens[position]
            if isNameWord(token) {
                last = position
                words += 1
                position += 1
            } else if token.isPlainInteger, token.spaceBefore, tokens[position - 1].word?.namesWhatFollows == true {
                // "Title 42", "Title 8": the number is part of the name.
                last = position
                position += 1
            } else if token.isSymbol("."), !token.spaceBefore, tokens[position - 1].length == 1 {
                // "U.S.": a dot after a single capital letter.
                last = position
                position += 1
            } else if token.isDash, !token.spaceBefore, position + 1 < tokens.count, !tokens[position + 1].spaceBefore,
                isNameWord(tokens[position + 1])
            {
                position += 1
            } else if token.word == .of, position + 1 < tokens.count, isNameWord(tokens[position + 1]), words > 0 {
                position += 1
            } else {
                break
            }
        }
        // A lone capitalized word opening the sentence is a name when the article writes it capitalized
        // mid-sentence and never in lower case ("Texas"), and not when it is the reverse ("Inflation").
        // Without such evidence it is a name only when it cannot be an ordinary word put first: an
        // acronym ("CBP") or a singular word that is neither a verb form nor one of the known words
        // ("More than", "Earlier") — "Mexico".
        if index == 0, words == 1, last == index {
            let token = tokens[index]
            guard token.length >= 2 else { return nil }
            if !token.allCaps, let isName = casing.isName(token) { return isName ? last : nil }
            guard token.allCaps || token.word == nil && !token.pluralLike && !endsLikeInflection(token, bytes) else { return nil }
        }
        return last
    }

    /// "-ly", "-ed", "-ing" endings: adverbs and verb forms ("Earlier", "Asked", "Speaking").
    private static func endsLikeInflection(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.length > 3 else { return false }
        let last = bytes[token.end - 1] | 0x20
        let beforeLast = bytes[token.end - 2] | 0x20
        return (beforeLast == 0x6C && last == 0x79) || (beforeLast == 0x65 && last == 0x64)
            || (bytes[token.end - 3] | 0x20 == 0x69 && beforeLast == 0x6E && last == 0x67)
    }

    private static func isNameWord(_ token: Token) -> Bool {
        guard token.kind == .word, token.capitalized else { return false }
        guard let word = token.word else { return true }
        if word.cardinal != nil || word.ordinal != nil || word.scaleExponent != nil || word == .am || word == .pm || word == .et {
            return false
        }
        // Months, weekdays, function words and plurals like "Police" are not names (nor is "I").
        return !word.endsNounPhrase && !word.isIrregularPlural && word.month == nil && word.weekday == nil && word != .i
    }
}

/// How an article writes its words where position does not force a capital: a sentence's first word is
/// capitalized whatever it is, so whether it is a name shows in how the article writes it elsewhere.
struct CasingEvidence {
    private var lowercase: WordKeySet
    private var capitalized: WordKeySet

    /// No evidence until sentences are recorded: every sentence-initial word is judged on its own.
    /// The sets are sized for a text of `textLength` bytes (about one distinct word in sixteen bytes).
    init(textLength: Int = 0) {
        lowercase = WordKeySet(capacity: textLength / 16)
        capitalized = WordKeySet(capacity: textLength / 64)
    }

    /// Adds how one sentence writes its words.
    mutating func record(_ tokens: [Token]) {
        for index in tokens.indices.dropFirst() {
            let token = tokens[index]
            // After a quote, a colon or a dash a capital may open a quotation; acronyms and capitals
            // in headlines say nothing of the word's case.
            let previous = tokens[index - 1]
            guard token.kind == .word, !token.allCaps, previous.kind != .symbol || previous.isSymbol(",") else { continue }
            if token.capitalized {
                capitalized.insert(token.hash)
            } else {
                lowercase.insert(token.hash)
            }
        }
    }

    /// True when the article writes the word only capitalized mid-sentence, false when only in lower case,
    /// nil when it does neither or both.
    func isName(_ token: Token) -> Bool? {
        switch (capitalized.contains(token.hash), lowercase.contains(token.hash)) {
        case (true, false): return true
        case (false, true): return false
        default: return nil
        }
    }
}
