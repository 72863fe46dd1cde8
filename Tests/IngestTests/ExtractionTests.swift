import Testing

@testable import Ingest

/// Small pages with one behaviour each: what the reader of `claimcheck text` would see.
@Suite struct ExtractionTests {
    static let filler = """
        <p>The city council voted on Tuesday to approve the new budget, which adds money for schools, parks and roads.</p>
        <p>Officials said the plan would take effect next year, after a final review by the state, the mayor and the board.</p>
        """

    static func article(_ body: String, head: String = "") throws -> Article {
        let page = "<html><head>\(head)</head><body>\(body)</body></html>"
        return try Ingestor.ingest(bytes: Array(page.utf8), source: "test.html", format: .html)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var html: String
        var paragraphs: [String]
        var testDescription: String { name }
    }

    static let flattening: [Case] = [
        Case(
            name: "inline markup keeps word spacing",
            html: "<article><p>Prices <b>rose</b> <a href='#'>8.6%</a> in <em>May</em>,<i> officials</i> said.</p>\(filler)</article>",
            paragraphs: ["Prices rose 8.6% in May, officials said."]),
        Case(
            name: "words split by markup stay whole",
            html: "<article><p>The un<b>employ</b>ment rate fell&nbsp;&nbsp;to 3.6\u{A0}percent.</p>\(filler)</article>",
            paragraphs: ["The unemployment rate fell to 3.6 percent."]),
        Case(
            name: "typographic and ideographic spaces collapse",
            html: "<article><p>\u{3000}\u{3000}太空 探险\u{2009}–\u{2003}thin\u{202F}spaces</p>\(filler)</article>",
            paragraphs: ["太空 探险 – thin spaces"]),
        Case(
            name: "screen-reader-only text inside a paragraph is not shown",
            html: "<article><p>Read the <a href='/r'>report<span class='sr-only'> (opens in a new tab)</span></a> today.</p>\(filler)</article>",
            paragraphs: ["Read the report today."]),
        Case(
            name: "br-separated lines become paragraphs",
            html: "<article><div>First line of text here.<br>Second line of text here.<br><br>Third line.</div>\(filler)</article>",
            paragraphs: ["First line of text here.", "Second line of text here.", "Third line."]),
        Case(
            name: "headings, quotes and list items are blocks in reading order",
            html: """
                <article><h2>What changed</h2><blockquote>"We will act," she said.</blockquote>\
                <ul><li>Schools get more money.</li><li>Roads are repaired.</li></ul>\(filler)</article>
                """,
            paragraphs: ["What changed", "\"We will act,\" she said.", "Schools get more money.", "Roads are repaired."]),
        Case(
            name: "text directly in a div is its own paragraph",
            html: "<article><div>Loose text in a div.<p>A real paragraph.</p>More loose text.</div>\(filler)</article>",
            paragraphs: ["Loose text in a div.", "A real paragraph.", "More loose text."]),
    ]

    @Test(arguments: flattening)
    func blocksAreFlattenedWithCorrectSpacing(_ testCase: Case) throws {
        let paragraphs = try Self.article(testCase.html).paragraphs
        #expect(Array(paragraphs.prefix(testCase.paragraphs.count)) == testCase.paragraphs)
    }

    static let boilerplate: [Case] = [
        Case(
            name: "navigation, asides, footer, scripts and styles",
            html: """
                <nav><a href='/'>Home</a> <a href='/news'>News</a></nav><aside><p>Trending: a story about something else entirely, with words.</p></aside>\
                <form action='/search'>Search the site: <input name='q'><button>Go</button></form>\
                <article>\(filler)<script>var x = "not text";</script><style>p { color: red }</style></article>\
                <footer><p>Copyright 2022 The Daily Example. All rights reserved, including the right to reproduce.</p></footer>
                """,
            paragraphs: []),
        Case(
            name: "capitalised teaser headline and call to action inside the body",
            html: """
                <article>\(filler)<p><strong>AS MIGRANT CARAVAN MARCHES TOWARD US BORDER, HARRIS UNVEILS YOUTH PROGRAM</strong></p>\
                <p><a href='https://example.com/app'><strong>CLICK HERE TO GET THE FOX NEWS APP</strong></a></p></article>
                """,
            paragraphs: []),
        Case(
            name: "share widgets, related teasers, comments, newsletter and cookie banner",
            html: """
                <div class='cookie-banner'><p>We use cookies to improve your experience on our website, as explained here.</p></div>\
                <article>\(filler)<div class='share-tools'><a href='#'>Facebook</a><a href='#'>Twitter</a></div>\
                <p>Read more: <a href='/other'>Another story about the budget and the council</a></p>\
                <div class='related-stories'><h3>Related</h3><p>Council approves road plan after a long and heated debate.</p></div>\
                <div id='comments'><p>Join the conversation, and please keep your comments civil and on topic.</p></div>\
                <div class='newsletter-signup'><p>Sign up for our morning newsletter and get the news first.</p></div>\
                <p>ADVERTISEMENT</p><p>Copyright 2022 The Daily Example. All rights reserved.</p></article>
                """,
            paragraphs: []),
        Case(
            name: "reading times, wire credits, gallery counters and contact lines",
            html: """
                <article><p>Oct 15, 2015 · 18 min read</p>\(filler)<p>Image 2 of 5</p><p>Reporting by Ann Lee; Editing by Bo Diaz</p>\
                <p>Email Ann Lee at ann@example.com or follow her @annlee.</p></article>
                """,
            paragraphs: []),
        Case(
            name: "hidden elements",
            html: """
                <article>\(filler)<p hidden>Hidden paragraph that must not show up in the text.</p>\
                <div style='display: none'><p>Invisible paragraph that must not show up either.</p></div>\
                <div aria-hidden='true'><p>Screen-reader-hidden paragraph, also not article text.</p></div></article>
                """,
            paragraphs: []),
    ]

    @Test(arguments: boilerplate)
    func boilerplateIsRemoved(_ testCase: Case) throws {
        let paragraphs = try Self.article(testCase.html).paragraphs
        let fillerParagraphs = [
            "The city council voted on Tuesday to approve the new budget, which adds money for schools, parks and roads.",
            "Officials said the plan would take effect next year, after a final review by the state, the mayor and the board.",
        ]
        #expect(paragraphs == fillerParagraphs + testCase.paragraphs)
    }

    static let ordinaryLines = [
        "By the end of the year, prices rose 5%",
        "Updated figures show the jobless rate fell",
        "Subscribers to the service grew 12% in May.",
        "NEW YORK (Reuters) - Oil prices fell on Tuesday.",
        "Get the facts before you vote, she said.",
    ]

    /// Lines that start like promos, bylines or datelines but are article text stay.
    @Test(arguments: ordinaryLines)
    func articleLinesResemblingPromosAreKept(_ line: String) throws {
        let paragraphs = try Self.article("<article>\(Self.filler)<p>\(line)</p></article>").paragraphs
        #expect(paragraphs.last == line)
    }

    @Test func kickerBeforeTheFirstParagraphIsDropped() throws {
        let article = try Self.article("<article><div><span class='category'>Analysis</span></div>\(Self.filler)</article>")
        #expect(article.paragraphs.count == 2)
        #expect(try Self.article("<article><p>Test</p></article>").paragraphs == ["Test"])
    }

    /// libxml2 stops at 256 open elements by default; broken pages nest deeper than that.
    @Test func textBeyondDeepNestingIsKept() throws {
        let deep = String(repeating: "<div>", count: 3000) + "<p>Deep inside.</p>" + String(repeating: "</div>", count: 3000)
        let paragraphs = try Self.article("<article>\(deep)\(Self.filler)</article>").paragraphs
        #expect(paragraphs.first == "Deep inside.")
        #expect(paragraphs.count == 3)
    }

    @Test func articleIsChosenOverLongerLinkLists() throws {
        let links = (1...30).map { "<li><a href='/s\($0)'>Another headline about the city number \($0)</a></li>" }.joined()
        let article = try Self.article("<div class='menu-list'><ul>\(links)</ul></div><div class='story'>\(Self.filler)</div>")
        #expect(article.paragraphs.count == 2)
    }
}

@Suite struct TagSetTests {
    /// Every tag fits the set's masks, and a set holds exactly the tags it was given.
    @Test(arguments: HTMLDocument.Tag.allCases)
    func aTagSetHoldsExactlyItsTags(_ tag: HTMLDocument.Tag) {
        let odd = HTMLDocument.Tag.allCases.filter { $0.rawValue % 2 == 1 }
        #expect(TagSet(odd).contains(tag) == (tag.rawValue % 2 == 1))
        #expect(TagSet([tag]).contains(tag))
        #expect(TagSet(HTMLDocument.Tag.allCases.filter { $0 != tag }).contains(tag) == false)
    }
}
