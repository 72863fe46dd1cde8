/// The words the attribution rules read, keyed by `WordKey` hashes of their lower-cased forms.
enum AttributionLexicon {
    struct Cue {
        var lemma: String
        var cueClass: AttributionClaim.CueClass
        /// Whether the cue may come before its source: "…, said Arroyo."
        var inverts: Bool
        /// Whether the cue takes its content without "that" ("claimed the move was unlawful").
        var takesBareClause: Bool
        var negates: Bool = false
    }

    static let cues: WordKeyTable<Cue> = {
        var cues = WordKeyTable<Cue>(capacity: 256)
        func add(_ lemma: String, _ forms: [String], _ cueClass: AttributionClaim.CueClass, inverts: Bool = false, bare: Bool = true, negates: Bool = false) {
            for form in forms {
                cues.insert(Cue(lemma: lemma, cueClass: cueClass, inverts: inverts, takesBareClause: bare, negates: negates), for: WordKey.of(form))
            }
        }
        add("say", ["say", "says", "said"], .assertion, inverts: true)
        add("tell", ["tell", "tells", "told"], .assertion)
        add("announce", ["announce", "announces", "announced"], .assertion)
        add("assure", ["assured", "assures"], .assertion, bare: false)
        add("inform", ["informed", "informs"], .assertion, bare: false)
        add("remind", ["reminded", "reminds"], .assertion, bare: false)
        add("add", ["add", "adds", "added"], .assertion, inverts: true, bare: false)
        add("note", ["note", "notes", "noted"], .assertion, inverts: true, bare: false)
        add("state", ["stated"], .assertion, inverts: true, bare: false)
        add("explain", ["explain", "explains", "explained"], .assertion, inverts: true, bare: false)
        add("write", ["write", "writes", "wrote"], .assertion, inverts: true, bare: false)
        add("report", ["report", "reports", "reported"], .assertion, inverts: true)
        add("confirm", ["confirm", "confirms", "confirmed"], .assertion, bare: false)
        add("warn", ["warn", "warns", "warned"], .assertion, inverts: true, bare: false)
        add("argue", ["argue", "argues", "argued"], .assertion, inverts: true)
        add("insist", ["insist", "insists", "insisted"], .assertion, inverts: true, bare: false)
        add("acknowledge", ["acknowledge", "acknowledges", "acknowledged"], .assertion, bare: false)
        add("admit", ["admit", "admits", "admitted"], .assertion, bare: false)
        add("declare", ["declare", "declares", "declared"], .assertion, inverts: true, bare: false)
        add("emphasize", ["emphasize", "emphasizes", "emphasized", "emphasise", "emphasised"], .assertion, bare: false)
        add("stress", ["stresses", "stressed"], .assertion, bare: false)
        add("reiterate", ["reiterate", "reiterates", "reiterated"], .assertion, bare: false)
        add("testify", ["testify", "testifies", "testified"], .assertion, bare: false)
        add("tweet", ["tweet", "tweets", "tweeted"], .assertion, inverts: true, bare: false)
        add("reply", ["replied", "replies"], .assertion, inverts: true, bare: false)
        add("respond", ["responded"], .assertion, inverts: true, bare: false)
        add("ask", ["asked"], .assertion, inverts: true, bare: false)
        add("recall", ["recalled", "recalls"], .assertion, inverts: true, bare: false)
        add("continue", ["continued"], .assertion, inverts: true, bare: false)
        add("observe", ["observed"], .assertion, inverts: true, bare: false)
        add("remark", ["remarked"], .assertion, inverts: true, bare: false)
        add("comment", ["commented"], .assertion, inverts: true, bare: false)
        add("concede", ["concede", "concedes", "conceded"], .assertion, bare: false)
        add("complain", ["complained", "complains"], .assertion, bare: false)
        add("counter", ["countered"], .assertion, inverts: true, bare: false)
        add("promise", ["promised", "promises"], .assertion, bare: false)
        add("vow", ["vowed", "vows"], .assertion, bare: false)
        add("pledge", ["pledged", "pledges"], .assertion, bare: false)
        add("caution", ["cautioned", "cautions"], .assertion, bare: false)
        add("reveal", ["revealed", "reveals"], .finding, bare: false)
        add("disclose", ["disclosed", "discloses"], .assertion, bare: false)
        add("point out", ["pointed", "points"], .assertion, bare: false)
        add("estimate", ["estimate", "estimates", "estimated"], .belief, bare: false)
        add("expect", ["expect", "expects", "expected"], .belief)
        add("believe", ["believe", "believes", "believed"], .belief)
        add("think", ["think", "thinks", "thought"], .belief)
        add("predict", ["predict", "predicts", "predicted"], .belief, bare: false)
        add("forecast", ["forecasts", "forecast"], .belief, bare: false)
        add("fear", ["fear", "fears", "feared"], .belief, bare: false)
        add("suspect", ["suspect", "suspects", "suspected"], .belief, bare: false)
        add("claim", ["claim", "claims", "claimed"], .claim, inverts: true)
        add("allege", ["allege", "alleges", "alleged"], .claim)
        add("deny", ["deny", "denies", "denied"], .claim, negates: true)
        add("assert", ["assert", "asserts", "asserted"], .claim, bare: false)
        add("contend", ["contend", "contends", "contended"], .claim, bare: false)
        add("maintain", ["maintains", "maintained"], .claim, bare: false)
        add("charge", ["charged"], .claim, bare: false)
        add("find", ["find", "finds", "found"], .finding)
        add("show", ["show", "shows", "showed", "shown"], .finding)
        add("indicate", ["indicate", "indicates", "indicated"], .finding, bare: false)
        add("suggest", ["suggest", "suggests", "suggested"], .finding, bare: false)
        add("conclude", ["concluded", "concludes"], .finding, bare: false)
        return cues
    }()

    /// Participles that report speech for the subject of the clause before: "…, adding that …".
    static let participles: WordKeyTable<Cue> = {
        let forms: [(String, String, AttributionClaim.CueClass)] = [
            ("saying", "say", .assertion), ("telling", "tell", .assertion), ("adding", "add", .assertion),
            ("noting", "note", .assertion), ("warning", "warn", .assertion), ("arguing", "argue", .assertion),
            ("insisting", "insist", .assertion), ("explaining", "explain", .assertion), ("stressing", "stress", .assertion),
            ("announcing", "announce", .assertion), ("acknowledging", "acknowledge", .assertion),
            ("confirming", "confirm", .assertion), ("writing", "write", .assertion), ("reporting", "report", .assertion),
            ("predicting", "predict", .belief), ("estimating", "estimate", .belief), ("asserting", "assert", .claim),
            ("claiming", "claim", .claim), ("alleging", "allege", .claim), ("denying", "deny", .claim),
        ]
        var participles = WordKeyTable<Cue>(capacity: forms.count)
        for (form, lemma, cueClass) in forms {
            participles.insert(
                Cue(lemma: lemma, cueClass: cueClass, inverts: false, takesBareClause: true, negates: lemma == "deny"),
                for: WordKey.of(form))
        }
        return participles
    }()

    static func keys(_ words: [String]) -> WordKeySet { WordKeySet(words.map(WordKey.of)) }

    /// Abbreviations that keep their period (looked up without it).
    static let abbreviations = keys([
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "maj", "prof", "rev",
        "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep",
        "oct", "nov", "dec", "mt", "ft", "pres", "supt", "atty", "cmdr", "insp", "det", "sgt", "cpl", "pvt", "hon",
    ])

    /// Honorifics dropped from names but read for gender.
    static let maleHonorifics = keys(["mr.", "mr"])
    static let femaleHonorifics = keys(["mrs.", "ms.", "miss", "mrs", "ms"])

    /// Words that end a title before a name: "Homeland Security Secretary Alejandro Mayorkas".
    static let titleHeads = keys([
        "president", "vice", "secretary", "senator", "sen.", "rep.", "representative", "gov.", "governor", "mayor",
        "judge", "justice", "minister", "chancellor", "general", "attorney", "dr.", "prof.", "professor", "chairman",
        "chairwoman", "chair", "director", "commissioner", "chief", "officer", "leader", "spokesman", "spokeswoman",
        "spokesperson", "ceo", "cfo", "coo", "founder", "co-founder", "executive", "king", "queen", "pope",
        "ambassador", "speaker", "sheriff", "gen.", "lt.", "col.", "capt.", "sgt.", "adm.", "maj.", "rev.", "deputy",
        "congressman", "congresswoman", "councilman", "councilwoman", "councilmember", "assemblyman", "assemblywoman",
        "treasurer", "comptroller", "administrator", "inspector", "superintendent", "coach", "captain", "analyst",
        "economist", "strategist", "prosecutor", "lawyer", "sergeant", "lieutenant", "colonel", "admiral", "prince",
        "princess", "pres.", "manager", "head", "organizer", "coordinator", "editor", "researcher", "scientist",
        "physician", "doctor", "advocate", "activist", "adviser", "advisor", "aide", "owner", "partner", "member",
        "official", "agent", "investigator", "author", "historian", "supt.", "det.", "atty.", "cmdr.", "hon.",
        "premier", "dean", "provost", "rabbi", "bishop", "cardinal", "imam", "pastor", "reverend", "trustee",
        "attorney-general", "whip", "lawmaker", "legislator", "delegate", "candidate", "nominee", "envoy", "consul",
        "commander", "marshal", "warden", "chief-of-staff", "president-elect", "secretary-general", "ombudsman",
        "correspondent", "reporter", "columnist", "producer", "founder", "chairperson", "principal", "teacher",
        "surgeon", "nurse", "epidemiologist", "virologist", "expert", "spokespeople", "representative",
    ])

    /// Words that make a title a public office, so a titled name is a claim to check: "Secretary", "President",
    /// "Attorney General", "Chief of Staff".
    static let officeWords = keys([
        "president", "secretary", "attorney", "staff", "administrator", "director", "ambassador", "representative",
        "chair", "governor", "gov.", "senator", "sen.", "mayor",
    ])

    /// Modifiers that belong to a title, never to a name: "former", "acting".
    static let titleModifiers = keys(["former", "acting", "interim", "then", "deputy", "assistant", "associate", "senior", "press", "top", "chief"])

    /// Singular nouns naming a person by role.
    static let personRoles = keys([
        "official", "spokesperson", "spokesman", "spokeswoman", "representative", "aide", "adviser", "advisor",
        "analyst", "economist", "expert", "doctor", "physician", "judge", "lawyer", "attorney", "prosecutor", "officer",
        "agent", "director", "secretary", "minister", "president", "chairman", "chairwoman", "chair", "leader",
        "organizer", "resident", "witness", "senator", "governor", "mayor", "professor", "researcher", "scientist",
        "author", "executive", "ceo", "founder", "commissioner", "chief", "manager", "member", "candidate", "lawmaker",
        "legislator", "diplomat", "ambassador", "strategist", "sheriff", "coroner", "investigator", "historian",
        "editor", "reporter", "owner", "worker", "employee", "teacher", "student", "man", "woman", "father", "mother",
        "driver", "nurse", "surgeon", "pilot", "soldier", "veteran", "activist", "advocate", "critic", "spokespeople",
        "supporter", "opponent", "insider", "trader", "investor", "banker", "consultant", "engineer", "farmer",
        "victim", "survivor", "defendant", "plaintiff", "detective", "inspector", "mp", "congressman", "congresswoman",
        "head", "coach", "player", "friend", "neighbor", "neighbour", "relative", "colleague", "partner", "counsel",
        "epidemiologist", "virologist", "strategist", "pollster", "forecaster", "economist", "ombudsman", "envoy",
        "negotiator", "deputy", "administrator", "superintendent", "principal", "dean", "pastor", "priest",
        "correspondent", "columnist", "observer", "participant", "passenger", "patient", "customer", "voter",
        "protester", "migrant", "immigrant", "refugee", "mediator", "actor", "actress", "singer", "artist", "writer",
        "musician", "athlete", "star", "parent", "mom", "dad", "son", "daughter", "wife", "husband", "child", "teen",
        "lawyer", "official", "nominee", "president", "captain", "shopper", "owner", "founder", "host", "guard",
        "republican", "democrat", "independent", "conservative", "liberal", "progressive", "moderate",
    ])

    /// Plural nouns naming a group of people.
    static let groupRoles = keys([
        "officials", "organizers", "organisers", "doctors", "physicians", "experts", "analysts", "economists",
        "researchers", "scientists", "lawmakers", "legislators", "police", "authorities", "prosecutors",
        "investigators", "residents", "witnesses", "workers", "teachers", "critics", "advocates", "activists",
        "supporters", "opponents", "democrats", "republicans", "leaders", "members", "protesters", "migrants",
        "officers", "agents", "employees", "students", "parents", "voters", "forecasters", "traders", "investors",
        "strategists", "executives", "diplomats", "senators", "representatives", "aides", "advisers", "advisors",
        "lawyers", "attorneys", "nurses", "scholars", "historians", "observers", "negotiators", "regulators",
        "economists", "pollsters", "epidemiologists", "leaders", "insiders", "people", "sources", "staff",
        "spokespeople", "engineers", "farmers", "families", "immigrants", "refugees", "organizations", "groups",
        "users", "customers", "patients", "victims", "survivors", "judges", "justices", "mayors", "governors",
        "ministers", "donors", "consumers", "companies", "firms", "banks", "agencies", "states", "countries",
        "nations", "governments", "unions", "conservatives", "liberals", "progressives", "others", "everyone",
        "nobody", "someone", "anyone", "everybody", "somebody", "management", "managers", "officers", "staffers",
    ])

    /// Nouns naming an institution.
    static let organizations = keys([
        "administration", "agency", "government", "company", "department", "ministry", "office", "campaign",
        "committee", "commission", "council", "court", "pentagon", "kremlin", "bank", "firm", "group", "union",
        "party", "board", "university", "network", "newspaper", "team", "organization", "organisation", "institute",
        "center", "centre", "service", "bureau", "army", "military", "navy", "embassy", "police", "prosecutors",
        "legislature", "congress", "senate", "house", "parliament", "cabinet", "regime", "coalition", "alliance",
        "association", "federation", "foundation", "corporation", "inc.", "corp.", "co.", "ltd.", "times", "post",
        "journal", "news", "press", "reuters", "tribune", "magazine", "broadcaster", "outlet", "station", "station",
        "hospital", "school", "district", "city", "county", "state", "airline", "carrier", "retailer", "manufacturer",
        "automaker", "insurer", "lender", "exchange", "fund", "authority", "patrol", "guard", "fbi", "cia",
        "eu", "nato", "opec", "imf", "fda", "cdc", "dhs", "cbp", "doj", "epa", "irs",
        "reserve", "treasury", "division", "unit", "panel", "tribunal", "prosecution", "defense", "defence",
        "registry", "observatory", "watchdog", "regulator", "body", "club", "league", "ministries", "nasa", "spacex",
        "corp", "inc", "co", "llc", "ltd", "plc", "gmbh", "holdings", "airlines", "motors", "industries", "group",
        "services", "offices", "departments", "agencies", "institutes", "associations", "councils", "committees",
        "centers", "centres", "bureaus", "commissions", "universities", "hospitals", "nations",
    ])

    /// Nouns naming a document or a body of findings.
    static let documents = keys([
        "report", "study", "survey", "poll", "letter", "statement", "data", "figures", "estimates", "estimate",
        "analysis", "filing", "lawsuit", "suit", "complaint", "memo", "memorandum", "document", "documents",
        "records", "indictment", "ruling", "order", "research", "paper", "review", "audit", "census", "forecast",
        "release", "post", "tweet", "email", "message", "article", "book", "website", "reports", "studies",
        "surveys", "findings", "statistics", "numbers", "projections", "model", "assessment", "decision", "opinion",
        "guidance", "guidelines", "notice", "petition", "affidavit", "testimony", "transcript", "footage", "video",
        "evidence", "investigation", "inquiry", "probe", "release", "report's", "map", "chart", "index", "records",
        "emails", "texts", "letters", "memos", "polls", "tally", "count", "results", "minutes", "summary",
    ])

    /// Nouns that make a source anonymous.
    static let anonymousHeads = keys(["source", "sources", "person", "people", "insider", "insiders"])
    /// Words that, in a source, mark it as deliberately unnamed.
    static let anonymityMarkers = keys([
        "familiar", "anonymity", "anonymously", "unnamed", "unidentified", "undisclosed", "anonymous",
    ])
    /// "named" / "identified" after "not" ("who did not wish to be named").
    static let namingWords = keys(["named", "identified", "authorized", "authorised", "permitted"])

    static let personalPronouns = keys(["he", "she", "they", "i", "we", "it"])
    static let malePronouns = keys(["he", "him", "his"])
    static let femalePronouns = keys(["she", "her", "hers"])
    static let possessivePronouns = keys(["his", "her", "their", "its", "our", "my"])
    static let objectPronouns = keys(["him", "her", "them", "me", "us", "it", "reporters", "journalists"])

    static let maleRoles = keys(["spokesman", "chairman", "congressman", "councilman", "assemblyman", "man", "father", "king", "prince", "businessman"])
    static let femaleRoles = keys(["spokeswoman", "chairwoman", "congresswoman", "councilwoman", "assemblywoman", "woman", "mother", "queen", "princess", "businesswoman"])

    /// Auxiliaries and adverbs that may stand between a source and its cue: "have also previously said".
    static let auxiliaries = keys([
        "has", "have", "had", "also", "previously", "repeatedly", "publicly", "recently", "later", "earlier", "then",
        "again", "once", "often", "long", "would", "will", "could", "may", "might", "did", "does", "do", "not", "never",
        "n't", "already", "still", "first", "initially", "originally", "separately", "privately", "further",
        "reportedly", "allegedly", "apparently", "has", "should", "can", "must", "shall", "simply", "flatly",
        "strongly", "firmly", "openly", "frequently", "consistently", "always", "now", "subsequently", "since",
        "just", "only", "even", "too", "all", "both", "each", "herself", "himself", "themselves", "itself",
        "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "wouldn't", "won't", "couldn't",
    ])
    static let negations = keys(["not", "never", "n't", "didn't", "doesn't", "don't", "hasn't", "haven't", "hadn't", "wouldn't", "won't", "couldn't", "neither", "nor"])

    /// Forms of "be" (for the passive "they are said to").
    static let beForms = keys(["is", "are", "was", "were", "be", "been", "being", "'s"])

    /// Words that cannot open a clause of content: a cue followed by them is not reporting speech.
    static let nonClauseStarts = keys([
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "be", "been",
        "to", "by", "of", "for", "from", "with", "into", "up", "down", "off", "out", "over", "as", "than", "so",
        "and", "or", "but", "nor", "yet", "being", "does", "did", "do", "may", "might", "must", "'s", "upon",
        "through", "against", "among", "between", "without", "toward", "towards", "about", "during", "nothing",
    ])

    /// Words that open a clause or mark a boundary before a source.
    static let clauseBoundaries = keys([
        "that", "which", "where", "when", "while", "whereas", "because", "although", "though", "as", "if", "since",
        "after", "before", "but", "and", "or", "so", "yet", "until", "unless", "whether", "once", "how", "why",
        "what", "who", "whom", "whose", "then",
    ])
    static let relativeWords = keys(["who", "which", "that", "whose", "whom"])
    /// Words opening an indirect question as content: "did not say how many".
    static let questionWords = keys(["how", "what", "whether", "why", "when", "where", "who", "which", "if"])
    static let coordinators = keys(["and", "but", "or", "while", "whereas", "yet"])

    /// Words stripped from the front of a source phrase.
    static let leadingFillers = keys([
        "but", "and", "so", "yet", "also", "meanwhile", "however", "still", "now", "later", "earlier", "then",
        "instead", "indeed", "moreover", "further", "furthermore", "separately", "similarly", "likewise", "today",
        "yesterday", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "or", "nor",
        "thus", "hence", "there", "here", "finally", "previously", "recently",
    ])
    static let determiners = keys(["the", "a", "an", "this", "that", "these", "those", "one", "another", "some", "two", "three", "several", "many", "other", "both", "each", "every", "any", "no", "most"])
    static let indefiniteDeterminers = keys(["a", "an", "one", "two", "three", "four", "several", "some", "another", "many", "few", "other", "numerous", "multiple"])

    /// Prepositions that end the head of a source phrase: "Tom Bonier of the …", "a person familiar with …".
    static let headEnders = keys([
        "of", "for", "at", "with", "from", "in", "on", "to", "familiar", "close", "who", "which", "that", "whose",
        "whom", "under", "within", "inside", "outside", "near", "by", "signed", "released", "published", "issued",
        "obtained", "seen", "filed", "posted", "sent", "written", "representing", "speaking", "working", "based",
        "involved", "like", "including", "such", "among", "across", "over", "after", "during",
    ])

    /// The words of "according to".
    static let according = WordKey.of("according")
    static let to = WordKey.of("to")
    static let that = WordKey.of("that")
    static let it = WordKey.of("it")
    static let they = WordKey.of("they")
    static let of = WordKey.of("of")
    static let `in` = WordKey.of("in")
    static let out = WordKey.of("out")
    static let by = WordKey.of("by")
    static let the = WordKey.of("the")
    static let and = WordKey.of("and")
    static let `for` = WordKey.of("for")
    static let on = WordKey.of("on")
    static let during = WordKey.of("during")
    static let its = WordKey.of("its")
    static let president = WordKey.of("president")
    static let tanks = keys(["tank", "tanks"])
    static let per = WordKey.of("per")
    /// Cues whose object is the addressee: "told Fox News that", "assured the public that".
    static let addressedCues: Set<String> = ["tell", "assure", "inform", "remind", "warn"]
    static let `where` = WordKey.of("where")
    /// Words that open an adverbial clause after a source: "said a spokesperson when contacted by Reuters".
    static let adjunctClauseOpeners = keys(["when", "while", "as", "after", "before", "because", "although", "though", "since", "if"])

    /// Words naming the medium of a statement: "said in a statement".
    static let media = keys([
        "statement", "interview", "letter", "email", "e-mail", "post", "tweet", "speech", "conference", "briefing",
        "call", "filing", "release", "video", "message", "op-ed", "memo", "report", "appearance", "hearing",
        "podcast", "broadcast", "testimony", "remarks", "address", "blog", "note", "text", "posting", "session",
        "forum", "meeting", "documentary", "television", "radio", "telephone", "phone", "event", "rally",
    ])
    static let channelPrepositions = keys(["to", "with", "on", "in", "during", "at", "via", "through", "before", "for"])
    /// Time words that may follow a cue before its content: "said last month that".
    static let timeWords = keys([
        "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "last", "this", "next", "earlier", "later", "recently", "week", "month", "year", "morning", "afternoon",
        "evening", "night", "weekend", "ago", "previously", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "oct.",
        "nov.", "dec.", "days", "weeks", "months", "years", "on", "in", "at", "early", "late", "past", "the", "a",
        "an", "two", "three", "few", "several", "again", "also", "publicly", "repeatedly", "privately", "separately",
        "then", "once", "first", "too", "now", "recently", "on", "friday's", "monday's",
    ])

    /// Common first names read for gender: a small, general list.
    static let femaleFirstNames = keys([
        "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "nancy",
        "lisa", "margaret", "betty", "sandra", "ashley", "dorothy", "kimberly", "emily", "donna", "michelle", "carol",
        "amanda", "melissa", "deborah", "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy",
        "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole", "samantha", "katherine", "emma", "ruth",
        "christine", "catherine", "debra", "rachel", "carolyn", "janet", "virginia", "maria", "heather", "diane",
        "julie", "joyce", "victoria", "kelly", "christina", "lauren", "joan", "evelyn", "olivia", "judith", "megan",
        "cheryl", "martha", "andrea", "frances", "hannah", "jacqueline", "ann", "gloria", "jean", "kathryn", "alice",
        "teresa", "sara", "janice", "doris", "madison", "julia", "grace", "judy", "abigail", "marie", "denise",
        "beverly", "amber", "theresa", "marilyn", "danielle", "diana", "brittany", "natalie", "sophia", "rose",
        "isabella", "alexis", "kayla", "charlotte", "nancy", "hillary", "ilhan", "alexandria", "elise", "nikki",
        "luz", "ana", "carmen", "rosa", "lucia", "sofia", "elena", "claudia", "gabriela", "fernanda", "valentina",
        "angela", "ursula", "christine", "theresa", "jacinda", "sanna", "nora", "susana", "ilse", "leticia",
        "letitia", "kirstjen", "janet", "gina", "jen", "karine", "liz", "nadine", "kristi", "marjorie", "lauren",
    ])
    static let maleFirstNames = keys([
        "james", "robert", "john", "michael", "david", "william", "richard", "joseph", "thomas", "charles",
        "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua",
        "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob",
        "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin",
        "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron",
        "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah",
        "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl", "arthur",
        "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce", "gabriel", "logan", "albert",
        "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell",
        "bobby", "mason", "philip", "louis", "luis", "carlos", "jorge", "miguel", "pedro", "alejandro", "manuel",
        "antonio", "francisco", "javier", "ricardo", "fernando", "eduardo", "rafael", "sergio", "andres", "diego",
        "mike", "tom", "jim", "bill", "bob", "dan", "tim", "chris", "matt", "tony", "steve", "ben", "sam", "nick",
        "barack", "mitch", "chuck", "ted", "rand", "marco", "kurt", "alex", "chad", "hugh", "vladimir",
        "xi", "emmanuel", "boris", "olaf", "rishi", "narendra", "jair", "andrés", "volodymyr", "recep", "benny",
        "hassan", "ali", "mohammed", "muhammad", "ahmed", "omar", "ibrahim", "yusuf",
    ])
}
