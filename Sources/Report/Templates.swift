import Foundation

/// The Mustache templates of the pages. `{{value}}` is HTML-escaped by the engine; the only unescaped
/// values are the article's byline, date and URL and the verdict counts (`ArticleShellHTML`), escaped byte
/// by byte, and on the index our own stylesheet and script, which are values rather than template text because
/// the engine's parser takes milliseconds over their 25 KB. The article's JSON-LD (whose `<`, `>` and `&` are
/// `\u` escapes) goes into its page without the engine.
enum Templates {
    /// The policy and metadata both pages' heads start with.
    static let headMeta = """
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '\(PageAssets.scriptHash)'; form-action 'none'; base-uri 'none'">
        <meta name="referrer" content="no-referrer">
        <meta name="generator" content="claimcheck">
        """

    /// The index page's head partial: policy, stylesheet.
    static let pageHead = headMeta + "\n<style>\n{{{stylesheet}}}\n</style>"

    /// The article page, in the order `HTMLReportWriter` writes it: `articleOpening`, the stylesheet element,
    /// `articleHeader`, the marked-up text, `articleMiddle`, the claims list, `articleFooter`, the JSON-LD,
    /// `jsonLDClosing`, the script element, `articleClosing`. The engine renders the two templates; the parts
    /// that grow with the article and the 25 KB of stylesheet and script go straight into the page's bytes,
    /// never through its strings.
    static let articleOpening = "<!DOCTYPE html>\n<html lang=\"en\" class=\"no-js\">\n<head>\n" + headMeta + "\n"

    static let articleHeader = """
        {{% CONTENT_TYPE: \(ClaimcheckHTMLContentType.name)}}
        <title>{{title}} · claimcheck</title>
        </head>
        <body data-page="article" data-article="{{source}}">
        <a class="skip" href="#claims">Skip to the claims</a>
        <header class="topbar">
        <a class="brand" href="index.html">claimcheck</a>
        <span class="crumb">Verdict report</span>
        <a class="back" href="index.html">All articles</a>
        </header>
        <main class="layout">
        <article class="article" aria-labelledby="article-title">
        <p class="kicker">{{source}}</p>
        <h1 id="article-title">{{title}}</h1>
        <p class="meta">{{{metaHTML}}}</p>
        <ul class="summary" aria-label="Verdicts">
        <li class="total"><strong>{{claimCount}}</strong> claims</li>
        {{{verdictChipsHTML}}}
        </ul>
        <p class="legend"><span class="key key-numeric">Number</span> checked against reference data · <span class="key key-attribution">Attribution</span> who said what · select a claim to see its evidence</p>
        {{#unplacedCount}}
        <p class="notice">{{.}} claim(s) could not be placed in the text; they are listed with the others.</p>
        {{/unplacedCount}}
        <div class="text" id="article-text">

        """

    /// The engine drops the line of the content-type tag; the empty line after it ends the article text.
    static let articleMiddle = """
        {{% CONTENT_TYPE: \(ClaimcheckHTMLContentType.name)}}

        </div>
        </article>
        <aside class="claims" id="claims" aria-labelledby="claims-title">
        <div class="claims-head">
        <h2 id="claims-title">Claims <span class="count">{{claimCount}}</span></h2>
        <div class="filters needs-js" role="group" aria-label="Show claims by verdict">
        <button type="button" data-filter="all" aria-pressed="true">All <span class="n">{{claimCount}}</span></button>
        {{{verdictFiltersHTML}}}
        </div>
        <div class="review-tools needs-js">
        <button type="button" class="export" id="export-reviews">Export reviews.json</button>
        <span class="status" id="review-status" role="status" aria-live="polite"></span>
        </div>
        {{#reviewedCount}}
        <p class="notice">{{.}} reviewer decision(s) applied from reviews.json.</p>
        {{/reviewedCount}}
        {{#unmatched}}
        <details class="notice warning"><summary>{{count}} review(s) no longer match a claim of this article</summary>
        <ul>
        {{#items}}
        <li>“{{claimText}}” ({{claimID}}): {{reviewVerdictLabel}}{{#note}}. {{.}}{{/note}}</li>
        {{/items}}
        </ul></details>
        {{/unmatched}}
        </div>
        <ol class="claim-list" id="claim-list">

        """

    /// Without values: written as it is.
    static let articleFooter = """
        </ol>
        <template id="review-form-template">
        <form class="review-form">
        <fieldset>
        <legend>Your review</legend>
        <label><input type="radio" name="decision" value="confirmed"> Confirm: <span class="machine-verdict"></span></label>
        <label><input type="radio" name="decision" value="overridden"> Override with</label>
        <select name="verdict" aria-label="Reviewer's verdict">
        \(ArticleShellHTML.reviewOptions)
        </select>
        <label class="note-label">Note<textarea name="note" rows="2"></textarea></label>
        <label class="reviewer-label">Your name<input name="reviewer" autocomplete="name"></label>
        <div class="actions"><button type="submit">Save review</button><button type="button" data-action="clear">Clear</button><span class="saved" role="status" aria-live="polite"></span></div>
        </fieldset>
        </form>
        </template>
        </aside>
        </main>
        <script type="application/ld+json">

        """

    /// After the JSON-LD: the end of its element; the script element follows, then `articleClosing`.
    static let jsonLDClosing = "\n</script>\n"

    static let articleClosing = "\n</body>\n</html>\n"

    /// The batch index comes in three parts, so that a batch of any size writes its rows one at a time:
    /// the page up to the table body,
    static let indexHead = """
        {{% CONTENT_TYPE: \(ClaimcheckHTMLContentType.name)}}
        <!DOCTYPE html>
        <html lang="en" class="no-js">
        <head>
        {{> head}}
        <title>Verdicts by article · claimcheck</title>
        </head>
        <body data-page="index">
        <header class="topbar">
        <span class="brand">claimcheck</span>
        <span class="crumb">Batch report</span>
        </header>
        <main class="wrap">
        <h1>Verdicts by article</h1>
        <p class="meta"><span>{{articleCount}} articles</span><span>{{claimCount}} claims</span>{{#hasFailures}}<span><a href="#failures">{{failureCount}} failed file(s)</a></span>{{/hasFailures}}</p>
        <ul class="totals" aria-label="Totals">
        {{#totals}}
        <li class="stat v-{{verdict}}"><span class="n">{{count}}</span><span class="l"><span class="icon" aria-hidden="true">{{icon}}</span>{{label}}</span></li>
        {{/totals}}
        <li class="stat failed"><span class="n">{{failureCount}}</span><span class="l">Failed files</span></li>
        </ul>
        <div class="toolbar needs-js">
        <div class="filters" role="group" aria-label="Show articles with a claim that is">
        <button type="button" data-filter="all" aria-pressed="true">All articles</button>
        {{#totals}}
        <button type="button" data-filter="{{verdict}}" aria-pressed="false" class="v-{{verdict}}"><span class="icon" aria-hidden="true">{{icon}}</span>{{label}}</button>
        {{/totals}}
        </div>
        <span class="status" id="row-status" role="status" aria-live="polite"></span>
        </div>
        <table class="articles" id="articles">
        <thead><tr>
        <th scope="col" aria-sort="none"><button type="button" data-sort="title" data-type="text">Article</button></th>
        <th scope="col" aria-sort="none"><button type="button" data-sort="published" data-type="text">Published</button></th>
        {{#totals}}
        <th scope="col" class="num" aria-sort="none"><button type="button" data-sort="{{verdict}}" data-type="number"><span class="icon v-{{verdict}}" aria-hidden="true">{{icon}}</span>{{label}}</button></th>
        {{/totals}}
        <th scope="col" class="num" aria-sort="none"><button type="button" data-sort="total" data-type="number">Claims</button></th>
        <th scope="col" class="dist">Distribution</th>
        </tr></thead>
        <tbody>

        """

    /// One row of the index table per article.
    static let indexRow = """
        {{% CONTENT_TYPE: \(ClaimcheckHTMLContentType.name)}}
        <tr data-title="{{title}}" data-published="{{#published}}{{.}}{{/published}}"{{#counts}} data-{{verdict}}="{{count}}"{{/counts}} data-total="{{total}}">
        <td class="article-cell"><a href="{{href}}">{{title}}</a><span class="src">{{source}}</span>{{#rowFailures}}<span class="warning">{{step}} failed: {{reason}}</span>{{/rowFailures}}</td>
        <td class="date">{{#published}}<time datetime="{{.}}">{{publishedLabel}}</time>{{/published}}{{^published}}<span class="muted">no date</span>{{/published}}</td>
        {{#counts}}
        <td class="num tally v-{{verdict}}{{#isZero}} zero{{/isZero}}">{{count}}</td>
        {{/counts}}
        <td class="num">{{total}}</td>
        <td class="dist">{{#barWidth}}<div class="bar" role="img" aria-label="{{barLabel}}" style="width: {{barWidth}}%">{{#barSegments}}<span class="seg v-{{verdict}}" style="flex-grow: {{count}}" title="{{count}} {{label}}">{{count}}</span>{{/barSegments}}</div>{{/barWidth}}{{^barWidth}}<div class="bar empty">No claims</div>{{/barWidth}}</td>
        </tr>

        """

    /// From the end of the table body to the end of the page.
    static let indexTail = """
        {{% CONTENT_TYPE: \(ClaimcheckHTMLContentType.name)}}
        </tbody>
        <tfoot><tr>
        <th scope="row">Total</th><td></td>
        {{#totals}}
        <td class="num">{{count}}</td>
        {{/totals}}
        <td class="num">{{claimCount}}</td><td></td>
        </tr></tfoot>
        </table>
        <p class="empty" id="no-rows" hidden>No article has a claim with this verdict.</p>
        {{#hasFailures}}
        <section class="failures" id="failures">
        <h2>Files that failed <span class="count">{{failureCount}}</span></h2>
        <table>
        <thead><tr><th scope="col">File</th><th scope="col">Step</th><th scope="col">Reason</th></tr></thead>
        <tbody>
        {{#failures}}
        <tr><td class="src">{{source}}</td><td>{{step}}</td><td>{{reason}}</td></tr>
        {{/failures}}
        </tbody>
        </table>
        </section>
        {{/hasFailures}}
        </main>
        <script>{{{script}}}</script>
        </body>
        </html>

        """
}
