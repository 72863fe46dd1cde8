import Testing

@testable import Ingest

@Suite struct RawTextStripperTests {
    static let cases: [(String, String)] = [
        ("<p>a</p><script>var s = '<p>not text</p>';</script><p>b</p>", "<p>a</p><script></script><p>b</p>"),
        ("<STYLE type='text/css'>p > a { color: red }</STYLE>x", "<STYLE type='text/css'></STYLE>x"),
        ("<script data-x='a>b'>code()</Script >y", "<script data-x='a>b'></Script >y"),
        ("<script type=\"application/ld+json\">{\"headline\": \"H\"}</script>", "<script type=\"application/ld+json\">{\"headline\": \"H\"}</script>"),
        ("a<!-- <script> -->b<!-- unterminated", "ab"),
        ("<scripts>kept</scripts><stylesheet>kept</stylesheet>", "<scripts>kept</scripts><stylesheet>kept</stylesheet>"),
        ("<script>never closed", "<script>"),
        ("<p>no raw text at all</p>", "<p>no raw text at all</p>"),
    ]

    @Test(arguments: cases)
    func scriptAndStyleContentsAndCommentsAreRemoved(_ input: String, _ expected: String) {
        let stripped = RawTextStripper.strip(Array(input.utf8))
        #expect(String(decoding: stripped, as: UTF8.self) == expected)
    }
}
