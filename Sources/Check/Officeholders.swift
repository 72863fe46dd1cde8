import Claims

/// Checks "Homeland Security Secretary Alejandro Mayorkas": did the speaker hold that office on the day?
extension Verifier {
    /// One term of office, from one dataset row.
    struct Term: Sendable {
        var row: Dataset.Row
        var name: String
        var start: Day
        var end: Day?
        var nameParts: [String]

        init(row: Dataset.Row, name: String, start: Day, end: Day?) {
            self.row = row
            self.name = name
            self.start = start
            self.end = end
            nameParts = Verifier.nameParts(name)
        }
    }

    static let titleStopWords: Set<String> = ["of", "the", "us", "and", "for"]
    static let pastQualifiers: Set<String> = ["former", "ex", "then"]

    /// Order-free key of a title's words: "Homeland Security Secretary" and "Secretary of Homeland Security"
    /// give the same key. Qualifiers are returned apart ("former", "acting").
    static func titleKey(_ title: String) -> (key: String, qualifiers: Set<String>) {
        var qualifiers: Set<String> = []
        var words: [String] = []
        for stem in Words(title).stems {
            if pastQualifiers.contains(stem) || stem == "acting" { qualifiers.insert(stem) } else if !titleStopWords.contains(stem) { words.append(stem) }
        }
        return (words.sorted().joined(separator: " "), qualifiers)
    }

    /// A name's words without initials and suffixes.
    static func nameParts(_ name: String) -> [String] {
        Words(name).stems.filter { $0.count > 1 && !["jr", "sr", "ii", "iii", "iv"].contains($0) }
    }

    /// The office a title key names in the rule's dataset.
    func role(forKey key: String, rule: Rule) -> String? {
        rolesByRule[rule.id]?[key]
    }

    /// How a written name compares with a listed one.
    enum NameMatch { case same, sameLastName, different }

    /// Short forms reporters use for the first names in the officeholder data.
    static let nicknames: [String: String] = [
        "joe": "joseph", "bob": "robert", "bill": "william", "jim": "james", "jimmy": "james", "mike": "michael",
        "tom": "thomas", "dick": "richard", "rick": "richard", "chuck": "charles", "pete": "peter", "tony": "anthony",
        "dan": "daniel", "dave": "david", "steve": "steven", "ken": "kenneth", "liz": "elizabeth", "kate": "katherine",
        "chris": "christopher", "matt": "matthew", "andy": "andrew", "ed": "edward", "jeff": "jeffrey", "jerry": "gerald",
        "larry": "lawrence", "nick": "nicholas", "tim": "timothy", "ron": "ronald", "don": "donald", "deb": "debra",
    ]

    /// Same person: same last name, and the same first name, its short form ("Joe" for "Joseph") or one a prefix
    /// of the other; middle initials and suffixes are ignored. A written last name alone counts as the same.
    static func match(_ written: [String], _ listed: [String]) -> NameMatch {
        guard let lastWritten = written.last, let lastListed = listed.last, lastWritten == lastListed else { return .different }
        guard written.count > 1, listed.count > 1 else { return .same }
        let first = nicknames[written[0]] ?? written[0], other = nicknames[listed[0]] ?? listed[0]
        return first.hasPrefix(other) || other.hasPrefix(first) ? .same : .sameLastName
    }

    /// `titleKey` is `Verifier.titleKey` of the claim's title.
    func evaluateOfficeholder(
        _ rule: Rule, _ claim: AttributionClaim, title titleKey: (key: String, qualifiers: Set<String>), dataset: Dataset, articleDate: Day?
    ) -> Outcome {
        let title = claim.title ?? ""
        let role = self.role(forKey: titleKey.key, rule: rule) ?? title
        let qualifiers = titleKey.qualifiers
        var evidence = Evidence(rule: rule.id, dataset: dataset.name)
        let who = [title, claim.speaker].compactMap { $0 }.joined(separator: " ")
        func outcome(_ verdict: Verdict, _ reason: String) -> Outcome {
            Outcome(verdict: verdict, evidence: evidence, explanation: "\(who): \(reason): \(Format.verdict(verdict)).")
        }
        guard !qualifiers.contains("acting") else {
            return outcome(.unverifiable, "\(dataset.name) does not list acting officials")
        }
        guard let speaker = claim.speaker, !speaker.isEmpty else {
            return outcome(.needsReview, "the speaker's name is not given, so the \(role) cannot be checked")
        }
        guard let day = articleDate else {
            return outcome(.needsReview, "the article has no date to check the title on")
        }
        let dayText = day.description
        // After the data's last day (its vintage), a term with a fixed end ahead still stands and a term ended
        // before the day still ended, but an open term may have ended since: the data cannot say.
        let beyondData = dataset.manifest.coversUntil.flatMap { day > $0 ? $0 : nil }
        func unknownBeyondData(_ coversUntil: Day) -> Outcome {
            outcome(.unverifiable, "\(dataset.name) describes offices up to \(coversUntil), before the article's date \(dayText)")
        }
        func standsOnTheDay(_ term: Term) -> Bool { term.end != nil || beyondData == nil }
        let terms = termsByRule[rule.id]?[role] ?? []
        let speakerParts = Verifier.nameParts(speaker)
        // A term's end day is the next holder's first day, so a term covers start ≤ day < end.
        let holders = terms.filter { $0.start <= day && ($0.end.map { day < $0 } ?? true) }
        let speakersTerms = terms.filter { Verifier.match(speakerParts, $0.nameParts) == .same }
        // Formal titles are capitalized before a name; "Home Depot president Craig Menear" is not the
        // President, so a lower-case title ("former" aside) cannot refute, only raise a question. Nor can a
        // title given to someone the data lists in no office at all: "President Andrés Manuel López Obrador".
        let office = title.split(separator: " ").first { !qualifiers.contains(Words(String($0)).stems.first ?? "") } ?? ""
        let formal = office.unicodeScalars.first.map { $0.properties.isUppercase } ?? false
        func refutation(_ reason: String) -> Outcome {
            guard formal else { return outcome(.needsReview, reason + ", but '\(title)' in lower case may be another organization's title") }
            let listed = termsByRule[rule.id]?.values.contains { $0.contains { Verifier.match(speakerParts, $0.nameParts) == .same } } ?? false
            return listed ? outcome(.refuted, reason)
                : outcome(.needsReview, reason + ", but \(dataset.name) lists \(speaker) in no office, so the title may be another country's or organization's")
        }
        let openEnd = dataset.manifest.coversUntil.map { "at least \($0)" } ?? "present"
        func span(_ term: Term) -> String { "\(term.start) to \(term.end.map(\.description) ?? openEnd)" }
        evidence.comparison = "\(role) on \(dayText)"

        if qualifiers.isDisjoint(with: Verifier.pastQualifiers) {
            if let term = holders.first(where: { Verifier.match(speakerParts, $0.nameParts) == .same }), standsOnTheDay(term) {
                evidence.rows = [evidenceRow(term.row, dataset)]
                evidence.comparison = "\(term.start) ≤ \(dayText)" + (term.end.map { " < \($0)" } ?? ", no end listed") + ": \(term.name) was \(role)"
                return outcome(.supported, "\(term.name) was \(role) on \(dayText) (in office \(span(term)), \(dataset.name) line \(term.row.line))")
            }
            // "under President Ronald Reagan": a name given in passing may carry the title of the time spoken of.
            if claim.isTitleMention, let term = speakersTerms.filter({ $0.end.map { $0 <= day } ?? false }).max(by: { $0.start < $1.start }) {
                evidence.rows = speakersTerms.map { evidenceRow($0.row, dataset) }
                return outcome(.needsReview, "\(term.name) was \(role) from \(span(term)), not on \(dayText); named in passing, the title may be the one held then")
            }
            if let coversUntil = beyondData {
                guard let term = speakersTerms.max(by: { $0.start < $1.start }), let end = term.end, end <= day else {
                    if let open = speakersTerms.first(where: { $0.end == nil }) {
                        evidence.rows = [evidenceRow(open.row, dataset)]
                        return outcome(.unverifiable, "\(open.name) was \(role) from \(open.start) and still on \(coversUntil), the day \(dataset.name) ends; it cannot say who held the office on \(dayText) (\(dataset.name) line \(open.row.line))")
                    }
                    return unknownBeyondData(coversUntil)
                }
                evidence.rows = speakersTerms.map { evidenceRow($0.row, dataset) }
                evidence.comparison = "\(end) ≤ \(dayText): \(term.name) had left the office"
                return refutation("\(term.name) was \(role) from \(span(term)), not on \(dayText)")
            }
            if let namesake = holders.first(where: { Verifier.match(speakerParts, $0.nameParts) == .sameLastName }) {
                evidence.rows = [evidenceRow(namesake.row, dataset)]
                return outcome(.needsReview, "on \(dayText) the \(role) was \(namesake.name), whose first name differs from \(speaker)'s")
            }
            if let holder = holders.first {
                evidence.rows = holders.map { evidenceRow($0.row, dataset) } + speakersTerms.map { evidenceRow($0.row, dataset) }
                evidence.comparison = "\(role) on \(dayText) was \(holder.name), not \(speaker)"
                let reason = "on \(dayText) the \(role) was \(holder.name) (in office \(span(holder)), \(dataset.name) line \(holder.row.line))"
                return refutation(reason)
            }
            // With no holder listed on the day, the data may not reach back that far: Cabinet rows begin in 1977,
            // so "Defense Secretary Donald Rumsfeld" in 1975 was true though his listed term is 2001–2006.
            guard terms.contains(where: { $0.start <= day }) else {
                return outcome(.unverifiable, "\(dataset.name) lists no \(role) on or before \(dayText)")
            }
            if let term = speakersTerms.last {
                evidence.rows = speakersTerms.map { evidenceRow($0.row, dataset) }
                return refutation("\(term.name) was \(role) from \(span(term)), not on \(dayText)")
            }
            return outcome(.unverifiable, "\(dataset.name) lists no \(role) on \(dayText)")
        }
        // "former Vice President Mike Pence": held the office before the day, and not on it.
        if let coversUntil = beyondData, holders.contains(where: { $0.end == nil && Verifier.match(speakerParts, $0.nameParts) == .same }) {
            return unknownBeyondData(coversUntil)
        }
        if holders.contains(where: { Verifier.match(speakerParts, $0.nameParts) == .same }) {
            evidence.rows = holders.map { evidenceRow($0.row, dataset) }
            return outcome(.refuted, "\(speaker) was still \(role) on \(dayText), not a former one")
        }
        if let term = speakersTerms.last(where: { $0.start <= day }) {
            evidence.rows = [evidenceRow(term.row, dataset)]
            evidence.comparison = "\(term.end.map(\.description) ?? "?") ≤ \(dayText): \(term.name) had left the office"
            return outcome(.supported, "\(term.name) was \(role) from \(span(term))")
        }
        return refutation("\(dataset.name) lists no term of \(speaker) as \(role) before \(dayText)")
    }
}
