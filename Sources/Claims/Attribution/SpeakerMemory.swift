/// The people, groups and organizations an article has named so far, so that "he", "Mayorkas" or
/// "the spokeswoman" resolve to the last fitting full name (and its title).
struct SpeakerMemory {
    struct Person {
        /// The full name as first written.
        var name: String
        var keys: [UInt64]
        var title: String?
        var titleKeys: [UInt64]
        var gender: SourcePhrase.Gender?
    }

    struct Mention {
        var token: Int
        var person: Int
    }

    struct Collective {
        var token: Int
        var label: String
        var kind: AttributionClaim.SpeakerKind
    }

    /// Abbreviated titles also answer to their full word: "Gov. Eric Holcomb" is "the governor".
    static let titleSynonyms: [UInt64: UInt64] = {
        let pairs = [
            ("gov.", "governor"), ("sen.", "senator"), ("rep.", "representative"), ("dr.", "doctor"), ("gen.", "general"),
            ("lt.", "lieutenant"), ("prof.", "professor"), ("supt.", "superintendent"), ("atty.", "attorney"),
            ("col.", "colonel"), ("capt.", "captain"), ("sgt.", "sergeant"), ("adm.", "admiral"), ("pres.", "president"),
            ("spokesman", "spokesperson"), ("spokeswoman", "spokesperson"), ("chairman", "chair"), ("chairwoman", "chair"),
        ]
        return Dictionary(pairs.map { (WordKey.of($0.0), WordKey.of($0.1)) }, uniquingKeysWith: { first, _ in first })
    }()

    private(set) var people: [Person] = []
    /// Person mentions in token order.
    private var mentions: [Mention] = []
    private var collectives: [Collective] = []

    /// Records a named person at `token`; a single name joins the last person who bears it.
    @discardableResult
    mutating func mention(
        nameKeys: [UInt64], name: String, title: String?, titleKeys: [UInt64], gender: SourcePhrase.Gender?, at token: Int
    ) -> Int {
        let titleKeys = titleKeys + titleKeys.compactMap { Self.titleSynonyms[$0] }
        var found: Int?
        if nameKeys.count == 1 {
            found = mentions.last(where: { $0.token < token && people[$0.person].keys.contains(nameKeys[0]) })?.person
                ?? people.lastIndex(where: { $0.keys.contains(nameKeys[0]) })
        } else {
            found = people.lastIndex(where: { $0.keys == nameKeys })
                ?? people.lastIndex(where: { $0.keys.count == 1 && $0.keys[0] == nameKeys.last })
        }
        let person: Int
        if let found {
            person = found
            if people[found].keys.count == 1 && nameKeys.count > 1 {
                people[found].keys = nameKeys
                people[found].name = name
            }
            if people[found].title == nil, let title {
                people[found].title = title
                people[found].titleKeys = titleKeys
            }
            if people[found].gender == nil { people[found].gender = gender }
        } else {
            person = people.count
            people.append(Person(name: name, keys: nameKeys, title: title, titleKeys: titleKeys, gender: gender))
        }
        let position = mentions.lastIndex(where: { $0.token <= token }).map { $0 + 1 } ?? 0
        mentions.insert(Mention(token: token, person: person), at: position)
        return person
    }

    /// The last person mentioned before `token` whose gender fits; learns the gender from the pronoun.
    mutating func resolvePronoun(gender: SourcePhrase.Gender?, before token: Int) -> Int? {
        guard let mention = mentions.last(where: { $0.token < token && fits(people[$0.person].gender, gender) }) else { return nil }
        if people[mention.person].gender == nil { people[mention.person].gender = gender }
        return mention.person
    }

    /// The last person mentioned before `token` whose title holds the role word ("the secretary").
    /// "The president" is the head of state unless a title says plainly "President".
    func person(withTitleWord word: UInt64, before token: Int) -> Int? {
        let president = AttributionLexicon.president
        return mentions.last(where: { mention in
            let keys = people[mention.person].titleKeys
            guard mention.token < token, keys.contains(word) else { return false }
            return word != president || keys.last == president
        })?.person
    }

    mutating func note(collective label: String, kind: AttributionClaim.SpeakerKind, at token: Int) {
        collectives.append(Collective(token: token, label: label, kind: kind))
    }

    /// The last group or organization that spoke before `token`, for "they" and "it".
    func collective(before token: Int, kinds: Set<AttributionClaim.SpeakerKind>) -> Collective? {
        collectives.last(where: { $0.token < token && kinds.contains($0.kind) })
    }

    private func fits(_ known: SourcePhrase.Gender?, _ wanted: SourcePhrase.Gender?) -> Bool {
        known == nil || wanted == nil || known == wanted
    }
}
