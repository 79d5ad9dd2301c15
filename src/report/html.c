/* html.c: the self-contained HTML brief.
 *
 * One file an analyst can attach to a brief and a reader can open safely:
 * inline CSS only, no script, no network load (the Content-Security-Policy
 * forbids both), and every string that came from an input or a run file
 * escaped, so a page's "<script>" is shown, never run.
 */
#include "config.h"

#include "report/describe.h"

static const char style[] =
  "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}"
  "h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}"
  "table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.25rem .5rem;"
  "text-align:left;vertical-align:top}td.n{text-align:right}"
  ".chrome{color:#555;font-size:.9rem}.rule{font-family:monospace}"
  "details{margin:.5rem 0}p.sentence{margin:.2rem 0}"
  "@media print{body{margin:0;max-width:none}details{display:block}}";

/* Appends @text escaped for an HTML text node or quoted attribute. */
static void
append_escaped (GString *out, const char *text)
{
  if (text == NULL)
    {
      g_string_append (out, "&ndash;");
      return;
    }
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_string_append (out, escaped);
}

static void
tag (GString *out, const char *open, const char *text, const char *close)
{
  g_string_append (out, open);
  append_escaped (out, text);
  g_string_append (out, close);
}

static void
documents_table (GString *out, PxDocument *const *docs, guint n_docs)
{
  g_string_append (out, "<h2>Documents</h2>\n<table><tr><th>outlet</th><th>role</th>"
                        "<th>published</th><th>words</th><th>sentences</th>"
                        "<th>trimmed</th><th>file</th></tr>\n");
  for (guint i = 0; i < n_docs; i++)
    {
      const PxRunSource *source = px_document_get_source (docs[i]);
      g_autofree char *base = g_path_get_basename (source->path);
      tag (out, "<tr><td>", px_describe_name (docs[i]), "</td>");
      tag (out, "<td>", px_role_to_string (source->role), "</td>");
      tag (out, "<td>", source->published, "</td>");
      g_string_append_printf (out, "<td class=n>%u</td><td class=n>%u</td>"
                                   "<td class=n>%u ranges, %" G_GSIZE_FORMAT " bytes</td>",
                              px_document_count_words (docs[i]),
                              px_segmentation_n_sentences (px_document_get_segmentation (docs[i])),
                              px_cleaned_n_trimmed (px_document_get_cleaned (docs[i])),
                              px_describe_trimmed_bytes (docs[i]));
      tag (out, "<td>", base, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
}

static void
document_text (GString *out, const PxDocument *doc)
{
  const PxSegmentation *seg = px_document_get_segmentation (doc);
  tag (out, "<details><summary>", px_describe_name (doc), ": the story as parallax reads it</summary>\n");
  for (guint i = 0; i < px_segmentation_n_sentences (seg); i++)
    {
      const PxSentence *sentence = px_segmentation_get_sentence (seg, i);
      g_autofree char *text = px_describe_text (doc, sentence->span, 0);
      PxSpan original = px_describe_original (doc, sentence->span);
      g_string_append_printf (out, "<p class=sentence title=\"bytes %" G_GSIZE_FORMAT "-%"
                                   G_GSIZE_FORMAT "\">", original.start, original.end);
      tag (out, "", text, "</p>\n");
    }
  g_string_append (out, "</details>\n");
}

static void
chrome_appendix (GString *out, const PxRules *rules, const PxDocument *doc)
{
  const PxCleaned *cleaned = px_document_get_cleaned (doc);
  tag (out, "<h3>", px_describe_name (doc), "</h3>\n");
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
      const char *why = px_clean_rules_describe (px_rules_get_clean (rules), rule);
      g_string_append_printf (out, "<tr><td>%" G_GSIZE_FORMAT "&ndash;%" G_GSIZE_FORMAT "</td>",
                              original.start, original.end);
      tag (out, "<td><span class=rule>", rule, "</span>");
      if (why != NULL)
        tag (out, "<br>", why, "");
      tag (out, "</td><td>", text, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n");
}

char *
px_report_run_html (const PxRun *run, const PxRules *rules, PxDocument *const *docs,
                    guint n_docs, gsize *len)
{
  GString *out = g_string_new ("<!DOCTYPE html>\n<html lang=en>\n<head>\n<meta charset=utf-8>\n");
  g_string_append (out, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n");
  g_string_append (out, "<meta name=viewport content=\"width=device-width, initial-scale=1\">\n");
  tag (out, "<title>", px_run_get_title (run), "</title>\n");
  g_string_append_printf (out, "<style>%s</style>\n</head>\n<body>\n", style);
  tag (out, "<h1>", px_run_get_title (run), "</h1>\n");
  if (px_run_get_analyst (run) != NULL)
    tag (out, "<p>Analyst: ", px_run_get_analyst (run), "</p>\n");
  if (px_run_get_notes (run) != NULL)
    tag (out, "<p>", px_run_get_notes (run), "</p>\n");
  documents_table (out, docs, n_docs);
  g_string_append (out, "<h2>Texts</h2>\n");
  for (guint i = 0; i < n_docs; i++)
    document_text (out, docs[i]);
  g_string_append (out, "<h2>Appendix: trimmed page chrome</h2>\n");
  for (guint i = 0; i < n_docs; i++)
    chrome_appendix (out, rules, docs[i]);
  g_string_append (out, "<h2>Manifest</h2>\n");
  g_string_append_printf (out, "<p>parallax %s; ", PACKAGE_VERSION);
  tag (out, "run file <code>", px_run_get_path (run), "</code></p>\n</body>\n</html>\n");
  if (len != NULL)
    *len = out->len;
  return g_string_free (out, FALSE);
}
