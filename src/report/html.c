/* html.c: the frame of the self-contained HTML report.
 *
 * One file an analyst can attach to a brief and a reader can open safely:
 * inline CSS only, no script, no network load (the Content-Security-Policy
 * forbids both), and every string that came from an input or a run file
 * escaped, so a page's "<script>" is shown, never run, and a crafted
 * right-to-left override cannot make a quote read differently from what
 * the file says.  The findings' sections are compare-html.c.
 */
#include "config.h"

#include <string.h>

#include "report/describe.h"

static const char style[] =
  "body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;"
  "color:#1a1a1a}"
  "h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}h3{font-size:1.05rem}"
  "table{border-collapse:collapse;width:100%;margin:.5rem 0}"
  "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}"
  "td.n{text-align:right;font-variant-numeric:tabular-nums}"
  "td.zero{color:#bbb;text-align:center}tr.ref td:first-child{font-weight:600}"
  ".chrome{color:#555;font-size:.9rem}.rule{font-family:monospace}"
  "details{margin:.5rem 0}p.sentence{margin:.2rem 0}"
  ".verdict{font-weight:600;white-space:nowrap}"
  "tr[data-verdict=verbatim] .verdict,.agree{color:#1b6e20}"
  "tr[data-verdict=verbatim_with_elision] .verdict,.partial{color:#8a5a00}"
  "tr[data-verdict=altered] .verdict{color:#b00020}"
  "tr[data-verdict=absent] .verdict,tr[data-verdict=absent_other_speaker] .verdict,"
  ".absent{color:#555}"
  "del{background:#fde0e0;color:#8b0000}ins{background:#dcf5dc;color:#0b5d1e;"
  "text-decoration:none}"
  ".mk{font-family:monospace;font-size:.8em}.gap{background:#fff3c4;font-style:italic}"
  ".bidi{font-family:monospace;background:#fde0e0}"
  ".mismatch{color:#b00020;font-weight:600}.muted{color:#666}"
  "blockquote{margin:0;padding-left:.5rem;border-left:3px solid #ccc}"
  "svg{max-width:100%;height:auto}"
  "@media print{body{margin:0;max-width:none;font-size:10pt}details{display:block}"
  "details>*{display:block}h2{break-after:avoid}tr,svg{break-inside:avoid}"
  "a{color:inherit;text-decoration:none}del,ins,.gap{-webkit-print-color-adjust:exact;"
  "print-color-adjust:exact}}";

/* U+202A-U+202E (embeddings, overrides) and U+2066-U+2069 (isolates). */
static gboolean
is_bidi_control (gunichar c)
{
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

void
px_html_escape (GString *out, const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "&ndash;");
      return;
    }
  const char *run = text;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (!is_bidi_control (c))
        continue;
      g_autofree char *escaped = g_markup_escape_text (run, p - run);
      g_string_append (out, escaped);
      g_string_append_printf (out, "[U+%04X]", c);
      run = g_utf8_next_char (p);
    }
  g_autofree char *escaped = g_markup_escape_text (run, -1);
  g_string_append (out, escaped);
}

void
px_html_tag (GString *out, const char *open, const char *text, const char *close)
{
  g_string_append (out, open);
  px_html_escape (out, text);
  g_string_append (out, close);
}

void
px_html_begin (GString *out, const char *title)
{
  g_string_append (out, "<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n");
  g_string_append (out, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n");
  g_string_append (out, "<meta name=referrer content=no-referrer>\n");
  g_string_append (out, "<meta name=viewport content=\"width=device-width, initial-scale=1\">\n");
  px_html_tag (out, "<title>", title, "</title>\n");
  g_string_append_printf (out, "<style>%s</style>\n</head>\n<body>\n", style);
}

void
px_html_documents (GString *out, const PxComparison *cmp)
{
  g_string_append (out, "<section id=documents>\n<h2>Documents</h2>\n<table><tr><th>document</th>"
                        "<th>role</th><th>published</th><th>words</th><th>sentences</th>"
                        "<th>trimmed as chrome</th><th>file</th></tr>\n");
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      const PxDocument *doc = px_comparison_get_document (cmp, d);
      const PxRunSource *source = px_document_get_source (doc);
      g_autofree char *base = g_path_get_basename (px_describe_file (doc));
      px_html_tag (out, "<tr><td>", px_describe_name (doc), "</td>");
      px_html_tag (out, "<td>", px_role_to_string (source->role), "</td>");
      px_html_tag (out, "<td>", source->published, "</td>");
      g_string_append_printf (out, "<td class=n>%u</td><td class=n>%u</td>"
                                   "<td class=n>%u ranges, %" G_GSIZE_FORMAT " bytes</td>",
                              px_document_count_words (doc),
                              px_segmentation_n_sentences (px_document_get_segmentation (doc)),
                              px_cleaned_n_trimmed (px_document_get_cleaned (doc)),
                              px_describe_trimmed_bytes (doc));
      px_html_tag (out, "<td>", base, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n</section>\n");
}

static void
document_text (GString *out, const PxDocument *doc)
{
  const PxSegmentation *seg = px_document_get_segmentation (doc);
  px_html_tag (out, "<details><summary>", px_describe_name (doc),
               ": the story as parallax reads it</summary>\n");
  for (guint i = 0; i < px_segmentation_n_sentences (seg); i++)
    {
      const PxSentence *sentence = px_segmentation_get_sentence (seg, i);
      g_autofree char *text = px_describe_text (doc, sentence->span, 0);
      PxSpan original = px_describe_original (doc, sentence->span);
      g_string_append_printf (out, "<p class=sentence title=\"bytes %" G_GSIZE_FORMAT "-%"
                                   G_GSIZE_FORMAT "\">", original.start, original.end);
      px_html_tag (out, "", text, "</p>\n");
    }
  g_string_append (out, "</details>\n");
}

void
px_html_texts (GString *out, const PxComparison *cmp)
{
  g_string_append (out, "<section id=texts>\n<h2>Texts</h2>\n");
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    document_text (out, px_comparison_get_document (cmp, d));
  g_string_append (out, "</section>\n");
}

static void
chrome_appendix (GString *out, const PxRules *rules, const PxDocument *doc)
{
  const PxCleaned *cleaned = px_document_get_cleaned (doc);
  px_html_tag (out, "<h3>", px_describe_name (doc), "</h3>\n");
  if (px_cleaned_n_trimmed (cleaned) == 0)
    {
      g_string_append (out, "<p>Nothing trimmed.</p>\n");
      return;
    }
  g_string_append (out, "<table class=chrome><tr><th>bytes</th><th>rule</th><th>text</th></tr>\n");
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    {
      const char *rule = NULL;
      PxSpan span = px_cleaned_get_trimmed (cleaned, i, &rule);
      PxSpan original = px_describe_original (doc, span);
      g_autofree char *text = px_describe_text (doc, span, 200);
      const char *why = rules ? px_clean_rules_describe (px_rules_get_clean (rules), rule) : NULL;
      g_string_append_printf (out, "<tr><td>%" G_GSIZE_FORMAT "&ndash;%" G_GSIZE_FORMAT "</td>",
                              original.start, original.end);
      px_html_tag (out, "<td><span class=rule>", rule, "</span>");
      if (why != NULL)
        px_html_tag (out, "<br>", why, "");
      px_html_tag (out, "</td><td>", text, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
}

void
px_html_appendix (GString *out, const PxReportView *view)
{
  g_string_append (out, "<section id=appendix>\n<h2>Appendix: trimmed page chrome</h2>\n");
  for (guint d = 0; d < px_comparison_n_documents (view->cmp); d++)
    chrome_appendix (out, view->rules, px_comparison_get_document (view->cmp, d));
  g_string_append (out, "</section>\n");
}

void
px_html_manifest (GString *out, const PxReportView *view)
{
  const PxComparison *cmp = view->cmp;
  int primary = px_comparison_get_primary (cmp);
  g_string_append (out, "<section id=manifest>\n<h2>Manifest</h2>\n<ul>\n");
  g_string_append_printf (out, "<li>parallax %s</li>\n", PACKAGE_VERSION);
  if (view->run != NULL)
    px_html_tag (out, "<li>run file <code>", px_run_get_path (view->run), "</code></li>\n");
  px_html_tag (out, "<li>compared against: ",
               primary >= 0 ? px_describe_file (px_comparison_get_document (cmp, (guint) primary))
                            : "the consensus", "");
  g_string_append_printf (out, "; metonyms rolled up: %s</li>\n",
                          px_comparison_rolls_up_metonyms (cmp) ? "yes" : "no");
  g_autofree char *thresholds = px_describe_thresholds (view->run);
  if (thresholds != NULL)
    px_html_tag (out, "<li>thresholds set by the run file: ", thresholds, "</li>\n");
  g_string_append (out, "</ul>\n");
  g_string_append (out, "<table><tr><th>input</th><th>SHA-256</th><th>published</th></tr>\n");
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      const PxDocument *doc = px_comparison_get_document (cmp, d);
      g_autofree char *sha = px_describe_document_sha256 (doc);
      const char *published = px_document_get_source (doc)->published;
      px_html_tag (out, "<tr><td><code>", px_describe_file (doc), "</code></td>");
      g_string_append_printf (out, "<td><code>%s</code></td>", sha);
      px_html_tag (out, "<td>", published ? published : "not given", "</td></tr>\n");
    }
  g_string_append (out, "</table>\n<table><tr><th>rules</th><th>SHA-256</th></tr>\n");
  g_autoptr(GArray) rules = px_describe_rules_files (view->run, cmp);
  for (guint i = 0; i < rules->len; i++)
    {
      const PxRulesFile *file = &g_array_index (rules, PxRulesFile, i);
      px_html_tag (out, "<tr><td><code>", file->name, "</code></td>");
      px_html_tag (out, "<td><code>", file->sha256 ? file->sha256 : "(unreadable)",
                   "</code></td></tr>\n");
    }
  g_string_append (out, "</table>\n</section>\n");
}
