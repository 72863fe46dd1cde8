import Foundation

/// The stylesheet and script inlined in every page (no external requests).
enum PageAssets {
    /// The Content-Security-Policy source for `script`: only this exact script may run.
    static let scriptHash = "sha256-" + Data(SHA256.digest(Array(script.utf8))).base64EncodedString()

    /// The stylesheet and script as the index template's `{{{stylesheet}}}` and `{{{script}}}` print them.
    static let stylesheetText = Text(stylesheet)
    static let scriptText = Text(script)

    /// The article page's `<style>` and `<script>` elements, copied into every page as they are.
    static let styleElement = Array("<style>\n\(stylesheet)\n</style>".utf8)
    static let scriptElement = Array("<script>\(script)</script>".utf8)

    static let stylesheet = """
        :root {
          --ink: #1c2329; --muted: #5c6773; --line: #dde2e7; --paper: #fff; --canvas: #f3f4f6; --accent: #0b57a4;
          --supported: #1a7a3c; --supported-bg: #e0f2e6; --refuted: #b3261e; --refuted-bg: #fce3e0;
          --needs-review: #935c00; --needs-review-bg: #fff0c7; --unverifiable: #5c6773; --unverifiable-bg: #eceff2;
        }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        html.no-js .needs-js { display: none !important; }
        body { margin: 0; background: var(--canvas); color: var(--ink);
          font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        a { color: var(--accent); }
        code { font: 12.5px/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f1f3f5;
          padding: 1px 4px; border-radius: 3px; }
        button, select, textarea { font: inherit; }
        :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
        .skip { position: absolute; left: -999px; top: 8px; background: #fff; padding: 6px 10px; z-index: 10; }
        .skip:focus { left: 8px; }
        .muted { color: var(--muted); }
        .v-supported { --c: var(--supported); --bg: var(--supported-bg); }
        .v-refuted { --c: var(--refuted); --bg: var(--refuted-bg); }
        .v-needs-review { --c: var(--needs-review); --bg: var(--needs-review-bg); }
        .v-unverifiable { --c: var(--unverifiable); --bg: var(--unverifiable-bg); }
        .icon { display: inline-grid; place-items: center; width: 17px; height: 17px; border-radius: 50%;
          background: var(--c, var(--muted)); color: #fff; font-size: 11px; font-weight: 700; line-height: 1;
          flex: none; margin-right: 5px; }

        .topbar { display: flex; align-items: center; gap: 14px; padding: 0 24px; height: 48px; background: #15202b;
          color: #fff; }
        .brand { color: #fff; font-weight: 700; letter-spacing: .02em; text-decoration: none; font-size: 16px; }
        .brand::before { content: ""; display: inline-block; width: 10px; height: 10px; margin-right: 8px;
          border-radius: 50%; background: #4fa3ff; box-shadow: 0 0 0 3px rgba(79, 163, 255, .3); }
        .crumb { color: #a9b6c3; border-left: 1px solid #3a4855; padding-left: 14px; }
        .topbar .back { margin-left: auto; color: #d5e3f0; text-decoration: none; font-size: 14px; }
        .topbar .back::before { content: "← "; }

        .layout { display: grid; grid-template-columns: minmax(0, 800px) 440px; justify-content: center; gap: 24px; max-width: 1360px;
          margin: 0 auto; padding: 24px; align-items: start; }
        .article { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 28px 44px 36px; }
        .kicker { margin: 0 0 6px; color: var(--muted); font-size: 12px; letter-spacing: .06em; text-transform: uppercase;
          overflow-wrap: anywhere; }
        h1 { font-family: Georgia, "Times New Roman", serif; font-size: 30px; line-height: 1.2; margin: 0 0 8px; }
        .meta { margin: 0 0 14px; color: var(--muted); overflow-wrap: anywhere; }
        .meta > span + span::before { content: "·"; margin: 0 8px; }
        .summary { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; list-style: none; margin: 0;
          padding: 12px 0; border-top: 1px solid var(--line); border-bottom: 1px solid var(--line); }
        .summary .total { margin-right: 6px; }
        .chip { display: inline-flex; align-items: center; padding: 3px 10px 3px 4px; border-radius: 999px;
          background: var(--bg); color: var(--c); font-size: 13px; }
        .chip strong { margin-right: 4px; }
        .chip.zero { opacity: .55; }
        .legend { color: var(--muted); font-size: 13px; margin: 10px 0 18px; }
        .key { padding: 0 3px; color: var(--ink); }
        .key-numeric { background: var(--unverifiable-bg); box-shadow: inset 0 -2px var(--unverifiable); }
        .key-attribution { text-decoration: underline dotted 2px var(--unverifiable); text-underline-offset: 4px; }
        .notice { background: #eef5fc; border: 1px solid #c4dbf2; border-radius: 6px; padding: 8px 12px; font-size: 13.5px; }
        .warning { background: #fff6e0; border-left: 3px solid var(--needs-review); padding: 6px 10px; font-size: 13px; }
        .notice.warning { border: 1px solid #f0d48a; }

        .text { font-family: Georgia, "Times New Roman", serif; font-size: 18px; line-height: 1.75; max-width: 72ch; }
        .text p { margin: 0 0 1.05em; white-space: pre-line; overflow-wrap: break-word; }
        mark.claim { color: inherit; background: none; cursor: pointer; border-radius: 2px; scroll-margin: 120px; }
        mark.claim[data-verdict="supported"] { --c: var(--supported); --bg: var(--supported-bg); --icon: "✓"; }
        mark.claim[data-verdict="refuted"] { --c: var(--refuted); --bg: var(--refuted-bg); --icon: "✗"; }
        mark.claim[data-verdict="needs-review"] { --c: var(--needs-review); --bg: var(--needs-review-bg); --icon: "!"; }
        mark.claim[data-verdict="unverifiable"] { --c: var(--unverifiable); --bg: var(--unverifiable-bg); --icon: "?"; }
        mark.claim[data-kind="numeric"] { background: var(--bg); box-shadow: inset 0 -2px var(--c); padding: 1px 1px; }
        mark.claim[data-kind="attribution"] { text-decoration: underline dotted 2px var(--c); text-underline-offset: 6px;
          text-decoration-skip-ink: none; }
        mark.claim[data-kind="attribution"] mark.claim[data-kind="attribution"] { text-underline-offset: 10px; }
        mark.claim > .verdict-icon::after { content: var(--icon); display: inline-block; width: 15px; height: 15px;
          margin-left: 2px; border-radius: 50%; background: var(--c); color: #fff; vertical-align: 2px; text-align: center;
          font: 700 10px/15px system-ui, sans-serif; text-decoration: none; }
        mark.claim:hover:not(:has(mark.claim:hover)), mark.claim.is-active { outline: 2px solid var(--c); outline-offset: 1px; }
        mark.claim.is-active { box-shadow: inset 0 -2px var(--c), 0 0 0 4px var(--bg); }
        body[data-filter]:not([data-filter="all"]) mark.claim { background: none; box-shadow: none; text-decoration-color: transparent; }
        body[data-filter]:not([data-filter="all"]) mark.claim > .verdict-icon { opacity: .25; }
        body[data-filter="supported"] mark.claim[data-verdict="supported"],
        body[data-filter="refuted"] mark.claim[data-verdict="refuted"],
        body[data-filter="needs-review"] mark.claim[data-verdict="needs-review"],
        body[data-filter="unverifiable"] mark.claim[data-verdict="unverifiable"] { background: var(--bg); box-shadow: inset 0 -2px var(--c); }
        body[data-filter="supported"] mark.claim[data-verdict="supported"] > .verdict-icon,
        body[data-filter="refuted"] mark.claim[data-verdict="refuted"] > .verdict-icon,
        body[data-filter="needs-review"] mark.claim[data-verdict="needs-review"] > .verdict-icon,
        body[data-filter="unverifiable"] mark.claim[data-verdict="unverifiable"] > .verdict-icon { opacity: 1; }

        .claims { position: sticky; top: 16px; max-height: calc(100vh - 32px); display: flex; flex-direction: column;
          background: var(--paper); border: 1px solid var(--line); border-radius: 8px; }
        .claims-head { padding: 14px 16px 12px; border-bottom: 1px solid var(--line); }
        .claims-head h2 { margin: 0 0 10px; font-size: 13px; letter-spacing: .07em; text-transform: uppercase; }
        .count { display: inline-block; min-width: 22px; padding: 0 6px; border-radius: 999px; background: #e8ebef;
          color: var(--ink); font-size: 12px; text-align: center; letter-spacing: 0; }
        .filters { display: flex; flex-wrap: wrap; gap: 6px; }
        .filters button { display: inline-flex; align-items: center; border: 1px solid var(--line); background: #fff;
          color: var(--ink); border-radius: 999px; padding: 3px 10px 3px 6px; font-size: 13px; cursor: pointer; }
        .filters button[data-filter="all"] { padding-left: 10px; }
        .filters button .n { margin-left: 5px; color: var(--muted); font-variant-numeric: tabular-nums; }
        .filters button[aria-pressed="true"] { background: #15202b; border-color: #15202b; color: #fff; }
        .filters button[aria-pressed="true"] .n { color: #cfd8e1; }
        .filters button:disabled { opacity: .45; cursor: default; }
        .review-tools { display: flex; align-items: center; gap: 10px; margin-top: 10px; }
        .export, .actions button { border: 1px solid #b9c3cd; background: #fff; border-radius: 5px; padding: 3px 10px;
          font-size: 13px; cursor: pointer; }
        .export:hover, .actions button:hover { background: #f1f4f7; }
        .status, .saved { color: var(--muted); font-size: 12.5px; }
        .claim-list { position: relative; list-style: none; margin: 0; padding: 10px; overflow: auto; }
        .claim-item { margin: 0 0 8px; border: 1px solid var(--line); border-left: 4px solid var(--c); border-radius: 6px;
          background: #fff; }
        .claim-item.is-active { border-color: var(--c); box-shadow: 0 0 0 3px var(--bg); }
        .local-review { grid-column: 1 / -1; justify-self: start; padding: 1px 8px; border-radius: 999px;
          border: 1px solid var(--accent); color: var(--accent); font-size: 12px; font-weight: 600; }
        .claim-item summary { display: grid; grid-template-columns: auto 1fr; align-items: center; gap: 4px 8px;
          padding: 8px 10px; cursor: pointer; list-style: none; }
        .claim-item summary::-webkit-details-marker { display: none; }
        .badge { display: inline-flex; align-items: center; padding: 1px 8px 1px 3px; border-radius: 999px;
          background: var(--bg); color: var(--c); font-size: 12.5px; font-weight: 600; white-space: nowrap; }
        .badge.reviewer { grid-column: 1 / -1; justify-self: start; border: 1px dashed var(--c); }
        .kind { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .05em; justify-self: end; }
        .claim-text { grid-column: 1 / -1; font-family: Georgia, "Times New Roman", serif; font-size: 14.5px; line-height: 1.4; }
        .panel { padding: 0 12px 12px; font-size: 13.5px; border-top: 1px solid #eef0f2; }
        .panel h3 { margin: 12px 0 4px; font-size: 12px; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
        .panel h3 code { text-transform: none; letter-spacing: 0; }
        .panel dl { display: grid; grid-template-columns: 104px minmax(0, 1fr); gap: 3px 10px; margin: 6px 0; }
        .panel dt { color: var(--muted); }
        .panel dd { margin: 0; overflow-wrap: anywhere; }
        .num { font-variant-numeric: tabular-nums; }
        .sentence { margin: 4px 0; color: var(--muted); font-family: Georgia, "Times New Roman", serif; }
        details.notice summary { cursor: pointer; }
        details.notice ul { margin: 6px 0 0; padding-left: 18px; }
        .explanation { margin: 10px 0 6px; padding: 8px 10px; background: #f6f7f9; border-radius: 4px; }
        .locate { margin: 8px 0 0; font-size: 12.5px; }
        .evidence { border-top: 1px dashed var(--line); margin-top: 8px; }
        .rows { overflow-x: auto; }
        .rows table { border-collapse: collapse; width: 100%; font-size: 12px; }
        .rows caption { text-align: left; color: var(--muted); padding: 2px 0; }
        .rows th, .rows td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; white-space: nowrap; }
        .review-applied { margin: 10px 0 4px; padding: 8px 10px; border: 1px solid #c4dbf2; background: #f2f7fd; border-radius: 5px; }
        .review-applied p { margin: 0 0 4px; }
        .review-applied .when { color: var(--muted); font-size: 12px; }
        .review-form fieldset { margin: 12px 0 0; padding: 8px 10px 10px; border: 1px solid var(--line); border-radius: 5px; }
        .review-form legend { font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .05em; padding: 0 4px; }
        .review-form label { margin-right: 10px; }
        .review-form select { margin: 4px 0; }
        .note-label { display: block; margin-top: 6px; }
        .note-label textarea { display: block; width: 100%; margin-top: 2px; resize: vertical; }
        .reviewer-label { display: block; margin-top: 6px; }
        .reviewer-label input { margin-left: 8px; width: 60%; }
        .actions { display: flex; align-items: center; gap: 8px; margin-top: 8px; }

        .wrap { max-width: 1360px; margin: 0 auto; padding: 24px; }
        .wrap > h1 { font-family: system-ui, sans-serif; font-size: 24px; }
        .totals { display: flex; flex-wrap: wrap; gap: 12px; list-style: none; margin: 0 0 18px; padding: 0; }
        .stat { min-width: 160px; padding: 10px 14px; background: #fff; border: 1px solid var(--line);
          border-top: 4px solid var(--c, #9aa5b1); border-radius: 6px; }
        .stat .n { display: block; font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; }
        .stat .l { display: flex; align-items: center; color: var(--muted); font-size: 13px; }
        .stat.failed { --c: #39434d; }
        .toolbar { display: flex; align-items: center; gap: 14px; margin: 0 0 12px; }
        table.articles { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
        .articles th { padding: 8px 10px; background: #f7f8fa; border-bottom: 1px solid var(--line); color: var(--muted);
          font-size: 12px; letter-spacing: .04em; text-align: left; text-transform: uppercase; white-space: nowrap; }
        .articles th.num { text-align: right; }
        .articles th button { display: inline-flex; align-items: center; border: 0; background: none; padding: 0;
          color: inherit; font: inherit; letter-spacing: inherit; text-transform: inherit; cursor: pointer; }
        .articles th button::after { content: "↕"; margin-left: 4px; opacity: .4; }
        .articles th[aria-sort="ascending"] button::after { content: "↑"; opacity: 1; }
        .articles th[aria-sort="descending"] button::after { content: "↓"; opacity: 1; }
        .articles td { padding: 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
        .articles td.num { text-align: right; }
        .articles th:first-child { width: 32%; }
        .articles tbody tr:hover { background: #f8fafc; }
        .articles tfoot th, .articles tfoot td { background: #f7f8fa; font-weight: 700; color: var(--ink); border-bottom: 0; }
        .article-cell a { font-weight: 600; text-decoration: none; }
        .article-cell a:hover { text-decoration: underline; }
        .article-cell .src { display: block; color: var(--muted); font-size: 12.5px; overflow-wrap: anywhere; }
        .article-cell .warning { display: block; margin-top: 4px; }
        .date { white-space: nowrap; }
        td.tally { color: var(--c); font-weight: 700; }
        td.tally.zero { color: #b3bac2; font-weight: 400; }
        .dist { width: 26%; min-width: 180px; }
        .bar { display: flex; min-width: 24px; height: 20px; border-radius: 4px; overflow: hidden; }
        .bar.empty { color: var(--muted); font-size: 12.5px; }
        .seg { display: grid; place-items: center; min-width: 20px; background: var(--c); color: #fff; font-size: 11px;
          font-weight: 700; }
        .seg + .seg { border-left: 2px solid #fff; }
        .failures { margin-top: 28px; }
        .failures h2 { font-size: 16px; }
        .failures table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
        .failures th, .failures td { padding: 8px 10px; border-bottom: 1px solid var(--line); text-align: left; }
        .failures .src { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12.5px; overflow-wrap: anywhere; }

        @media (max-width: 980px) {
          .layout { grid-template-columns: 1fr; padding: 12px; }
          .article { padding: 20px; }
          .claims { position: static; max-height: none; }
          .dist { display: none; }
        }
        @media print {
          body { background: #fff; font-size: 11pt; }
          .topbar, .skip, .needs-js, .locate { display: none !important; }
          .layout { display: block; padding: 0; }
          .article, .claims { border: 0; padding: 0; }
          .claims { position: static; max-height: none; margin-top: 16px; }
          .claim-list { overflow: visible; padding: 0; }
          .claim-item { break-inside: avoid; }
          mark.claim, .chip, .badge, .icon, .seg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          a { color: inherit; }
        }
        """

    /// Plain JavaScript for both pages: selection and evidence on the article page, filters, the review
    /// loop (localStorage, reviews.json export), and sorting on the index. The pages read fine without it.
    static let script = """
        (function () {
          "use strict";
          var root = document.documentElement;
          root.classList.remove("no-js");
          root.classList.add("js");
          var STORE_KEY = "claimcheck.reviews";
          var REVIEWER_KEY = "claimcheck.reviewer";

          function setPressed(group, pressed) {
            var buttons = group.querySelectorAll("button[data-filter]");
            for (var i = 0; i < buttons.length; i++) {
              buttons[i].setAttribute("aria-pressed", buttons[i] === pressed ? "true" : "false");
            }
          }

          function initArticle() {
            var body = document.body;
            var article = body.getAttribute("data-article") || "";
            var list = document.getElementById("claim-list");
            var items = Array.prototype.slice.call(document.querySelectorAll(".claim-item"));
            var marks = Array.prototype.slice.call(document.querySelectorAll("mark.claim"));
            var active = [];
            var memoryStore = {};

            items.forEach(function (item) { item.querySelector("details").open = false; });

            function marksOf(id) {
              return marks.filter(function (mark) { return mark.getAttribute("data-claim-id") === id; });
            }

            function itemOf(id) {
              return items.filter(function (item) { return item.getAttribute("data-claim-id") === id; })[0];
            }

            function select(id, revealInList) {
              active.forEach(function (element) { element.classList.remove("is-active"); });
              var item = itemOf(id);
              if (!item) { active = []; return; }
              active = marksOf(id).concat([item]);
              active.forEach(function (element) { element.classList.add("is-active"); });
              item.querySelector("details").open = true;
              if (revealInList && list.scrollHeight > list.clientHeight) {
                list.scrollTop = Math.max(0, item.offsetTop - 10);
              }
            }

            document.addEventListener("click", function (event) {
              var mark = event.target.closest("mark.claim");
              if (mark) { select(mark.getAttribute("data-claim-id"), true); return; }
              var locate = event.target.closest(".locate a");
              if (locate) {
                event.preventDefault();
                var target = marksOf(locate.closest(".claim-item").getAttribute("data-claim-id"))[0];
                if (target) { target.scrollIntoView({ block: "center" }); target.focus({ preventScroll: true }); }
              }
            });
            document.addEventListener("focusin", function (event) {
              var mark = event.target.closest && event.target.closest("mark.claim");
              if (mark) { select(mark.getAttribute("data-claim-id"), true); }
            });
            // Enter on a claim in the text moves to its evidence; Escape in the evidence goes back to the text.
            document.addEventListener("keydown", function (event) {
              if (!event.target.closest) { return; }
              var mark = event.target.closest("mark.claim");
              if (mark && (event.key === "Enter" || event.key === " ")) {
                event.preventDefault();
                var item = itemOf(mark.getAttribute("data-claim-id"));
                if (item) { item.querySelector("summary").focus(); }
                return;
              }
              var current = event.target.closest(".claim-item");
              if (current && event.key === "Escape") {
                var target = marksOf(current.getAttribute("data-claim-id"))[0];
                if (target) { target.focus(); }
              }
            });
            items.forEach(function (item) {
              var details = item.querySelector("details");
              details.addEventListener("toggle", function () {
                if (details.open && active.indexOf(item) < 0) { select(item.getAttribute("data-claim-id"), false); }
              });
            });

            var filters = document.querySelector(".claims .filters");
            var status = document.getElementById("review-status");
            filters.addEventListener("click", function (event) {
              var button = event.target.closest("button[data-filter]");
              if (!button || button.disabled) { return; }
              var verdict = button.getAttribute("data-filter");
              setPressed(filters, button);
              body.setAttribute("data-filter", verdict);
              var shown = 0;
              items.forEach(function (item) {
                item.hidden = verdict !== "all" && item.getAttribute("data-verdict") !== verdict;
                if (!item.hidden) { shown += 1; }
              });
              status.textContent = "Showing " + shown + " of " + items.length + " claims";
            });

            function loadStore() {
              try { return JSON.parse(window.localStorage.getItem(STORE_KEY) || "{}") || {}; }
              catch (error) { return memoryStore; }
            }
            function saveStore(store) {
              try { window.localStorage.setItem(STORE_KEY, JSON.stringify(store)); return true; }
              catch (error) { memoryStore = store; return false; }
            }
            function keyOf(id) { return JSON.stringify([article, id]); }
            function reviewerName() {
              try { return window.localStorage.getItem(REVIEWER_KEY) || ""; } catch (error) { return ""; }
            }
            // A decision from reviews.json keeps the text and verdict the reviewer saw, so that a change
            // since stays flagged until the claim is reviewed again.
            function fromPage(form) {
              if (!form.hasAttribute("data-decision")) { return null; }
              return {
                article: article, claim: form.getAttribute("data-claim-id"),
                claimText: form.getAttribute("data-reviewed-text"),
                machineVerdict: form.getAttribute("data-reviewed-machine-verdict"),
                decision: form.getAttribute("data-decision"), verdict: form.getAttribute("data-review-verdict"),
                note: form.getAttribute("data-note") || "", reviewer: form.getAttribute("data-reviewer") || "",
                reviewedAt: form.getAttribute("data-reviewed-at") || ""
              };
            }
            function show(form, entry, ownReview) {
              var item = form.closest(".claim-item");
              var badge = item.querySelector(".local-review");
              form.reset();
              form.elements.verdict.value = form.getAttribute("data-machine-verdict");
              form.elements.reviewer.value = reviewerName();
              badge.hidden = !(entry && ownReview);
              if (!entry) { item.removeAttribute("data-reviewed"); return; }
              var radio = entry.decision === "confirmed" || entry.decision === "overridden"
                ? form.querySelector("input[value='" + entry.decision + "']") : null;
              if (radio) { radio.checked = true; }
              form.elements.verdict.value = entry.verdict;
              form.elements.note.value = entry.note || "";
              form.elements.reviewer.value = entry.reviewer || reviewerName();
              item.setAttribute("data-reviewed", entry.decision);
              var select = form.elements.verdict;
              badge.textContent = entry.decision === "confirmed" ? "Your review: confirmed"
                : "Your review: " + select.options[select.selectedIndex].text;
            }

            // One review form, rendered once in a <template>, is cloned into each claim's panel.
            var template = document.getElementById("review-form-template");
            var forms = Array.prototype.slice.call(document.querySelectorAll(".review-slot")).map(function (slot) {
              var item = slot.closest(".claim-item");
              var form = template.content.querySelector("form").cloneNode(true);
              Array.prototype.forEach.call(slot.attributes, function (attribute) {
                if (attribute.name.indexOf("data-") === 0) { form.setAttribute(attribute.name, attribute.value); }
              });
              form.setAttribute("data-claim-id", item.getAttribute("data-claim-id"));
              form.setAttribute("data-machine-verdict", item.getAttribute("data-verdict"));
              var select = form.elements.verdict;
              select.value = item.getAttribute("data-verdict");
              form.querySelector(".machine-verdict").textContent = select.options[select.selectedIndex].text;
              slot.replaceWith(form);
              return form;
            });
            var stored = loadStore();
            forms.forEach(function (form) {
              var id = form.getAttribute("data-claim-id");
              var own = stored[keyOf(id)];
              show(form, own || fromPage(form), Boolean(own));
              form.elements.verdict.addEventListener("change", function () {
                form.querySelector("input[value='overridden']").checked = true;
              });
              form.addEventListener("submit", function (event) {
                event.preventDefault();
                var saved = form.querySelector(".saved");
                var decision = form.querySelector("input[name='decision']:checked");
                if (!decision) { saved.textContent = "Choose confirm or override first."; return; }
                var machine = form.getAttribute("data-machine-verdict");
                var entry = {
                  article: article, claim: id, claimText: form.getAttribute("data-claim-text"), machineVerdict: machine,
                  decision: decision.value, verdict: decision.value === "confirmed" ? machine : form.elements.verdict.value,
                  note: form.elements.note.value.trim(), reviewer: form.elements.reviewer.value.trim(),
                  reviewedAt: new Date().toISOString()
                };
                try { window.localStorage.setItem(REVIEWER_KEY, entry.reviewer); } catch (error) { /* storage is off */ }
                var store = loadStore();
                store[keyOf(id)] = entry;
                var kept = saveStore(store);
                show(form, entry, true);
                saved.textContent = kept ? "Saved in this browser." : "Saved until the page is closed (storage is off).";
              });
              form.querySelector("[data-action='clear']").addEventListener("click", function () {
                var store = loadStore();
                delete store[keyOf(id)];
                saveStore(store);
                form.removeAttribute("data-decision");
                show(form, null, false);
                form.querySelector(".saved").textContent = "Cleared.";
              });
            });

            document.getElementById("export-reviews").addEventListener("click", function () {
              var store = loadStore();
              forms.forEach(function (form) {
                var key = keyOf(form.getAttribute("data-claim-id"));
                var entry = fromPage(form);
                if (entry && !store[key]) { store[key] = entry; }
              });
              var reviews = Object.keys(store).sort().map(function (key) { return store[key]; });
              var json = JSON.stringify({ format: "claimcheck-reviews", version: 1, reviews: reviews }, null, 2) + "\\n";
              var link = document.createElement("a");
              link.href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
              link.download = "reviews.json";
              document.body.appendChild(link);
              link.click();
              link.remove();
              status.textContent = "Exported " + reviews.length + " review(s) to reviews.json";
            });

            var openBeforePrint = [];
            window.addEventListener("beforeprint", function () {
              openBeforePrint = items.map(function (item) { return item.querySelector("details").open; });
              items.forEach(function (item) { item.querySelector("details").open = true; });
            });
            window.addEventListener("afterprint", function () {
              items.forEach(function (item, index) { item.querySelector("details").open = openBeforePrint[index]; });
            });
          }

          function initIndex() {
            var table = document.getElementById("articles");
            var tbody = table.tBodies[0];
            var rows = Array.prototype.slice.call(tbody.rows);
            var status = document.getElementById("row-status");
            var empty = document.getElementById("no-rows");

            table.tHead.addEventListener("click", function (event) {
              var button = event.target.closest("button[data-sort]");
              if (!button) { return; }
              var key = "data-" + button.getAttribute("data-sort");
              var numeric = button.getAttribute("data-type") === "number";
              var header = button.closest("th");
              var current = header.getAttribute("aria-sort");
              var direction = current === "none" ? (numeric ? "descending" : "ascending")
                : (current === "ascending" ? "descending" : "ascending");
              var sign = direction === "ascending" ? 1 : -1;
              var ordered = rows.map(function (row, index) { return { row: row, index: index }; });
              ordered.sort(function (a, b) {
                var x = a.row.getAttribute(key) || "", y = b.row.getAttribute(key) || "";
                var order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
                return order !== 0 ? sign * order : a.index - b.index;
              });
              ordered.forEach(function (entry) { tbody.appendChild(entry.row); });
              Array.prototype.forEach.call(table.tHead.querySelectorAll("th[aria-sort]"), function (th) {
                th.setAttribute("aria-sort", th === header ? direction : "none");
              });
            });

            var filters = document.querySelector(".toolbar .filters");
            filters.addEventListener("click", function (event) {
              var button = event.target.closest("button[data-filter]");
              if (!button) { return; }
              var verdict = button.getAttribute("data-filter");
              setPressed(filters, button);
              var shown = 0;
              rows.forEach(function (row) {
                row.hidden = verdict !== "all" && !(parseInt(row.getAttribute("data-" + verdict), 10) > 0);
                if (!row.hidden) { shown += 1; }
              });
              empty.hidden = shown > 0;
              status.textContent = "Showing " + shown + " of " + rows.length + " articles";
            });
          }

          var page = document.body.getAttribute("data-page");
          if (page === "article") { initArticle(); } else if (page === "index") { initIndex(); }
        })();
        """
}
