/* compare-text.c: the report for terminals (text) and for pasting (md).
 *
 * One renderer writes both forms, section by section in the order of
 * docs/report.md; only headings, tables and markers differ.  Text wraps
 * to the view's width and shows every change in words, as markers that
 * survive black-and-white printing and piping ("[-It-]{+Japan+}");
 * colour, when the caller asks for it, only adds to those markers.
 * Nothing here reads the clock, so the same inputs give the same bytes.
 */
#include "config.h"

#include <string.h>

#include "report/describe.h"

#define TOP_ENTITIES 40     /* coverage rows in text and md; HTML has more */
#define TOP_LISTED 20       /* adds or omits listed per document */
#define PREVIEW_CHARS 60    /* trimmed chrome */
#define PASSAGE_CHARS 160   /* a reused passage */

#define RED "\033[31m"
#define GREEN "\033[32m"
#define YELLOW "\033[33m"
#define BOLD "\033[1m"
#define RESET "\033[0m"

typedef struct {
  const PxReportView *view;
  const PxComparison *cmp;
  gboolean markdown;
  GString *out;
} Writer;

static const PxDocument *
doc_at (const Writer *w, guint doc)
{
  return px_comparison_get_document (w->cmp, doc);
}

static const char *
name_of (const Writer *w, guint doc)
{
  return px_describe_name (doc_at (w, doc));
}

/* @text in @colour when the view has colour. */
static char *
paint (const Writer *w, const char *colour, const char *text)
{
  if (!w->view->colour || w->markdown)
    return g_strdup (text);
  return g_strconcat (colour, text, RESET, NULL);
}

/* Every block ends with a blank line, so a heading needs none before it. */
static void
heading (const Writer *w, guint level, const char *text)
{
  if (w->markdown)
    {
      g_autofree char *escaped = px_markdown_escape (text);
      g_string_append_printf (w->out, "%.*s %s\n\n", (int) level, "###", escaped);
      return;
    }
  g_autofree char *shown = paint (w, BOLD, text);
  g_string_append_printf (w->out, "%s\n", shown);
  if (level < 3)
    {
      for (const char *p = text; *p; p = g_utf8_next_char (p))
        g_string_append_c (w->out, level == 1 ? '=' : '-');
      g_string_append_c (w->out, '\n');
    }
  g_string_append_c (w->out, '\n');
}

/* @text as lines of at most @width characters, each after @first (the
 * first line) or @indent (the others). */
static void
wrap_lines (GString *out, const char *text, guint width, const char *first, const char *indent)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  guint used = (guint) g_utf8_strlen (first, -1);
  guint start = used;
  g_string_append (out, first);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      guint len = (guint) g_utf8_strlen (words[i], -1);
      if (used > start && used + 1 + len > width)
        {
          g_string_append_printf (out, "\n%s", indent);
          used = start = (guint) g_utf8_strlen (indent, -1);
        }
      else if (used > start)
        {
          g_string_append_c (out, ' ');
          used++;
        }
      g_string_append (out, words[i]);
      used += len;
    }
  g_string_append_c (out, '\n');
}

/* A paragraph of plain text (from the inputs or the findings). */
static void
paragraph (const Writer *w, const char *text)
{
  if (w->markdown)
    {
      g_autofree char *escaped = px_markdown_escape (text);
      g_string_append_printf (w->out, "%s\n\n", escaped);
      return;
    }
  wrap_lines (w->out, text, w->view->width, "", "");
  g_string_append_c (w->out, '\n');
}

static void
bullet (const Writer *w, const char *text)
{
  if (w->markdown)
    {
      g_autofree char *escaped = px_markdown_escape (text);
      g_string_append_printf (w->out, "- %s\n", escaped);
      return;
    }
  wrap_lines (w->out, text, w->view->width, "- ", "  ");
}

static void
end_list (const Writer *w)
{
  g_string_append_c (w->out, '\n');
}

static void
table (const Writer *w, const PxTable *t)
{
  px_table_render (t, w->markdown, w->view->width, w->out);
  g_string_append_c (w->out, '\n');
}

static char *
ratio (double value)
{
  return g_strdup_printf ("%.2f", value);
}

/* ### Header and documents */

static char *
trimmed_of (const PxDocument *doc)
{
  guint n = px_cleaned_n_trimmed (px_document_get_cleaned (doc));
  if (n == 0)
    return g_strdup ("nothing");
  return g_strdup_printf ("%u range%s, %" G_GSIZE_FORMAT " bytes", n, n == 1 ? "" : "s",
                          px_describe_trimmed_bytes (doc));
}

static void
write_header (const Writer *w)
{
  g_autofree char *title = px_describe_title (w->view);
  heading (w, 1, title);
  if (w->view->run_date != NULL)
    {
      g_autofree char *line = g_strdup_printf ("Run on %s.", w->view->run_date);
      paragraph (w, line);
    }
  const PxRun *run = w->view->run;
  if (run != NULL && px_run_get_analyst (run) != NULL)
    {
      g_autofree char *line = g_strdup_printf ("Analyst: %s", px_run_get_analyst (run));
      paragraph (w, line);
    }
  if (run != NULL && px_run_get_notes (run) != NULL)
    paragraph (w, px_run_get_notes (run));

  heading (w, 2, "Documents");
  static const char *const headers[] = { "document", "file", "published", "role", "words",
                                         "trimmed as chrome" };
  g_autoptr(PxTable) t = px_table_new (G_N_ELEMENTS (headers), headers);
  px_table_set_numeric (t, 4);
  for (guint d = 0; d < px_comparison_n_documents (w->cmp); d++)
    {
      const PxDocument *doc = doc_at (w, d);
      const PxRunSource *source = px_document_get_source (doc);
      g_autofree char *file = g_path_get_basename (px_describe_file (doc));
      g_autofree char *words = g_strdup_printf ("%u", px_document_count_words (doc));
      g_autofree char *trimmed = trimmed_of (doc);
      const char *row[] = { name_of (w, d), file, source->published,
                            px_role_to_string (source->role), words, trimmed };
      px_table_add_row (t, row);
    }
  table (w, t);
}

static void
write_summary (const Writer *w)
{
  heading (w, 2, "Summary");
  g_autoptr(GPtrArray) sentences = px_report_summary (w->cmp);
  for (guint i = 0; i < sentences->len; i++)
    bullet (w, g_ptr_array_index (sentences, i));
  end_list (w);
}

/* ### Entities */

static void
write_coverage (const Writer *w)
{
  heading (w, 2, "Coverage");
  guint n_docs = px_comparison_n_documents (w->cmp);
  guint n_entities = px_comparison_n_entities (w->cmp);
  g_autofree const char **headers = g_new0 (const char *, n_docs + 2);
  headers[0] = "entity";
  headers[1] = "type";
  for (guint d = 0; d < n_docs; d++)
    headers[d + 2] = name_of (w, d);
  g_autoptr(PxTable) t = px_table_new (n_docs + 2, headers);
  for (guint d = 0; d < n_docs; d++)
    px_table_set_numeric (t, d + 2);
  g_autoptr(GPtrArray) counts = g_ptr_array_new_with_free_func (g_free);
  g_autofree const char **row = g_new0 (const char *, n_docs + 2);
  for (guint e = 0; e < MIN (n_entities, TOP_ENTITIES); e++)
    {
      const PxAlignedEntity *entity = px_comparison_get_entity (w->cmp, e);
      row[0] = entity->canonical ? entity->canonical : entity->id;
      row[1] = px_entity_type_name (entity->type);
      for (guint d = 0; d < n_docs; d++)
        {
          const PxPresence *p = px_aligned_entity_in (entity, d);
          char *count = p != NULL ? g_strdup_printf ("%u", p->count) : g_strdup (".");
          g_ptr_array_add (counts, count);
          row[d + 2] = count;
        }
      px_table_add_row (t, row);
    }
  paragraph (w, "Mentions of each entity in each document, most salient first; \".\" is none.");
  table (w, t);
  if (n_entities > TOP_ENTITIES)
    {
      g_autofree char *more = g_strdup_printf ("%u more entities are in the HTML and JSON reports.",
                                               n_entities - TOP_ENTITIES);
      paragraph (w, more);
    }
}

/* "A, B, C and 4 more" of the entities @list indexes. */
static char *
entity_list (const Writer *w, const GArray *list)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < list->len && i < TOP_LISTED; i++)
    {
      const PxAlignedEntity *e = px_comparison_get_entity (w->cmp, g_array_index (list, guint, i));
      g_string_append_printf (out, "%s%s", i > 0 ? "; " : "", e->canonical ? e->canonical : e->id);
    }
  if (list->len > TOP_LISTED)
    g_string_append_printf (out, "; and %u more", list->len - TOP_LISTED);
  return g_string_free (out, FALSE);
}

/* "adds dates: ...", "omits figures: ..." of @doc, when there are any. */
static void
write_dates_numbers (const Writer *w, guint d)
{
  int primary = px_comparison_get_primary (w->cmp);
  const PxDocument *reference = primary >= 0 ? doc_at (w, (guint) primary) : doc_at (w, d);
  struct {
    const char *what;
    const PxDocument *doc;
    const GArray *list;
    gboolean dates;
  } const lines[] = {
    { "adds dates", doc_at (w, d), px_comparison_get_added_dates (w->cmp, d), TRUE },
    { "omits dates", reference, px_comparison_get_omitted_dates (w->cmp, d), TRUE },
    { "adds figures", doc_at (w, d), px_comparison_get_added_numbers (w->cmp, d), FALSE },
    { "omits figures", reference, px_comparison_get_omitted_numbers (w->cmp, d), FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      if (lines[i].list->len == 0)
        continue;
      guint n = 0;
      g_autofree char *items =
        lines[i].dates ? px_describe_dates (lines[i].doc, lines[i].list, TOP_LISTED, &n)
                       : px_describe_numbers (lines[i].doc, lines[i].list, TOP_LISTED, &n);
      g_autofree char *line = g_strdup_printf ("%s %s (%u): %s", name_of (w, d), lines[i].what,
                                               n, items);
      bullet (w, line);
    }
}

static void
write_adds_omits (const Writer *w)
{
  heading (w, 2, "Adds and omits");
  int primary = px_comparison_get_primary (w->cmp);
  g_autofree char *intro = g_strdup_printf (
    "Entities each document names that %s does not (adds), and those %s names that the document "
    "does not (omits), most salient first; then the dates and figures it adds or omits.",
    primary >= 0 ? name_of (w, (guint) primary) : "the consensus",
    primary >= 0 ? "it" : "the consensus");
  paragraph (w, intro);
  for (guint d = 0; d < px_comparison_n_documents (w->cmp); d++)
    {
      if ((int) d == primary)
        continue;
      const GArray *adds = px_comparison_get_adds (w->cmp, d);
      const GArray *omits = px_comparison_get_omits (w->cmp, d);
      g_autofree char *added = adds->len ? entity_list (w, adds) : g_strdup ("nothing");
      g_autofree char *omitted = omits->len ? entity_list (w, omits) : g_strdup ("nothing");
      g_autofree char *a = g_strdup_printf ("%s adds (%u): %s", name_of (w, d), adds->len, added);
      g_autofree char *o = g_strdup_printf ("%s omits (%u): %s", name_of (w, d), omits->len,
                                            omitted);
      bullet (w, a);
      bullet (w, o);
      write_dates_numbers (w, d);
    }
  end_list (w);
}

/* ### Quotes */

/* The diff of an altered or elided quote in words: "[-It-]{+Japan+}",
 * "[…: 4 words left out]". */
static char *
diff_text (const Writer *w, const PxQuoteFidelity *q)
{
  g_autoptr(GArray) pieces = px_describe_diff (w->cmp, q);
  g_autoptr(GString) out = g_string_new (NULL);
  for (guint i = 0; i < pieces->len; i++)
    {
      const PxDiffPiece *p = &g_array_index (pieces, PxDiffPiece, i);
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_autofree char *del = p->source ? g_strdup_printf ("[-%s-]", p->source) : NULL;
      g_autofree char *ins = p->quote ? g_strdup_printf ("{+%s+}", p->quote) : NULL;
      g_autofree char *del_shown = del ? paint (w, RED, del) : NULL;
      g_autofree char *ins_shown = ins ? paint (w, GREEN, ins) : NULL;
      switch (p->kind)
        {
        case PX_EDIT_EQUAL:
          g_string_append (out, p->quote ? p->quote : "");
          break;
        case PX_EDIT_INSERT:
          g_string_append (out, ins_shown ? ins_shown : "");
          break;
        case PX_EDIT_DELETE:
          g_string_append (out, del_shown ? del_shown : "");
          break;
        case PX_EDIT_SUBSTITUTE:
          g_string_append_printf (out, "%s%s", del_shown ? del_shown : "",
                                  ins_shown ? ins_shown : "");
          break;
        case PX_EDIT_ELISION:
          {
            g_autofree char *gap = g_strdup_printf ("[…: %u word%s left out]", p->source_words,
                                                    p->source_words == 1 ? "" : "s");
            g_autofree char *shown = paint (w, YELLOW, gap);
            g_string_append (out, shown);
          }
          break;
        default:
          break;
        }
    }
  return g_strdup (out->str);
}

static const char *
verdict_colour (PxVerdict verdict)
{
  switch (verdict)
    {
    case PX_VERDICT_VERBATIM:
      return GREEN;
    case PX_VERDICT_VERBATIM_WITH_ELISION:
      return YELLOW;
    case PX_VERDICT_ALTERED:
      return RED;
    case PX_VERDICT_ABSENT:
    case PX_VERDICT_ABSENT_OTHER_SPEAKER:
    default:
      return BOLD;
    }
}

/* The verdict as words that wrap: "verbatim with elision". */
static const char *
verdict_words (PxVerdict verdict)
{
  switch (verdict)
    {
    case PX_VERDICT_VERBATIM:
      return "verbatim";
    case PX_VERDICT_VERBATIM_WITH_ELISION:
      return "verbatim with elision";
    case PX_VERDICT_ALTERED:
      return "altered";
    case PX_VERDICT_ABSENT:
      return "absent";
    case PX_VERDICT_ABSENT_OTHER_SPEAKER:
    default:
      return "absent: other speaker";
    }
}

/* What the quote cell shows: the diff when there is one, else the quote,
 * then where an echo comes from. */
static char *
quote_cell (const Writer *w, const PxQuoteFidelity *q)
{
  const PxDocument *doc = doc_at (w, q->doc);
  const PxQuote *quote = g_ptr_array_index (px_extraction_get_quotes (px_document_get_extraction (doc)),
                                            q->quote);
  g_autofree char *text = q->diff != NULL ? diff_text (w, q) : px_describe_text (doc, quote->span, 0);
  if (!q->echo || q->echo_doc < 0)
    return g_strdup_printf ("\"%s\"", text);
  g_autofree char *echo = px_describe_text (doc_at (w, (guint) q->echo_doc), q->echo_source, 80);
  return g_strdup_printf ("\"%s\" (an echo: %s has \"%s\")", text, name_of (w, (guint) q->echo_doc),
                          echo);
}

static void
write_fidelity (const Writer *w)
{
  heading (w, 2, "Quote fidelity");
  if (px_comparison_n_quotes (w->cmp) == 0)
    {
      paragraph (w, "No report quotes anyone.");
      return;
    }
  paragraph (w, "Each quote of each report, searched in the primary (else in the other "
                "reports). In the diffs, [-words-] are the source's and {+words+} the "
                "report's; […: N words left out] marks an elision.");
  static const char *const headers[] = { "document", "speaker", "verdict", "score", "quote" };
  g_autoptr(PxTable) t = px_table_new (G_N_ELEMENTS (headers), headers);
  px_table_set_numeric (t, 3);
  px_table_set_wide (t, 4);
  for (guint i = 0; i < px_comparison_n_quotes (w->cmp); i++)
    {
      const PxQuoteFidelity *q = px_comparison_get_quote (w->cmp, i);
      g_autofree char *verdict = paint (w, verdict_colour (q->verdict), verdict_words (q->verdict));
      g_autofree char *score = ratio (q->score);
      g_autofree char *text = quote_cell (w, q);
      const char *row[] = { name_of (w, q->doc),
                            q->speaker ? px_describe_entity (w->cmp, q->speaker) : NULL, verdict,
                            score, text };
      px_table_add_row (t, row);
    }
  table (w, t);
}

/* ### Claims */

#define MAX_DIFFERENCES 8   /* words listed per side of a partial claim */

/* "only in KCNA: a, b; only here: c" of a partial carriage, and whether
 * the two date it differently. */
static char *
differences (const Writer *w, guint doc, const PxAlignedClaim *aligned, const PxClaimCarriage *c)
{
  GString *out = g_string_new (NULL);
  if (c->date_conflict)
    g_string_append (out, "dated differently");
  if (c->verdict == PX_CLAIM_PARTIAL && c->only_reference != NULL && c->only_reference->len > 0)
    {
      const PxClaim *reference = px_claims_get (px_comparison_get_claims (w->cmp, aligned->doc),
                                                aligned->claim);
      g_autofree char *words = px_describe_claim_items (w->cmp, reference, c->only_reference,
                                                        MAX_DIFFERENCES);
      g_string_append_printf (out, "%sonly in %s: %s", out->len ? "; " : "",
                              name_of (w, aligned->doc), words);
    }
  if (c->verdict == PX_CLAIM_PARTIAL && c->only_here != NULL && c->only_here->len > 0
      && c->claim >= 0)
    {
      const PxClaim *here = px_claims_get (px_comparison_get_claims (w->cmp, doc), (guint) c->claim);
      g_autofree char *words = px_describe_claim_items (w->cmp, here, c->only_here, MAX_DIFFERENCES);
      g_string_append_printf (out, "%sonly here: %s", out->len ? "; " : "", words);
    }
  if (out->len == 0)
    {
      g_string_free (out, TRUE);
      return NULL;
    }
  return g_string_free (out, FALSE);
}

static char *
evidence_of (const Writer *w, guint doc, const PxClaimCarriage *c)
{
  if (c->claim < 0)
    return NULL;
  const PxClaim *claim = px_claims_get (px_comparison_get_claims (w->cmp, doc), (guint) c->claim);
  return px_describe_text (doc_at (w, doc), claim->span, 0);
}

static void
write_claim (const Writer *w, guint index, const PxAlignedClaim *aligned)
{
  const PxClaim *claim = px_claims_get (px_comparison_get_claims (w->cmp, aligned->doc),
                                        aligned->claim);
  g_autofree char *text = px_describe_text (doc_at (w, aligned->doc), claim->span, 0);
  g_autofree char *line = g_strdup_printf ("C%u (%s): %s", index + 1, name_of (w, aligned->doc),
                                           text);
  paragraph (w, line);
  static const char *const headers[] = { "document", "carries", "score", "evidence",
                                         "what differs" };
  g_autoptr(PxTable) t = px_table_new (G_N_ELEMENTS (headers), headers);
  px_table_set_numeric (t, 2);
  px_table_set_wide (t, 3);
  px_table_set_wide (t, 4);
  g_autoptr(GPtrArray) absent = g_ptr_array_new ();
  for (guint d = 0; d < px_comparison_n_documents (w->cmp); d++)
    {
      if (d == aligned->doc)
        continue;
      const PxClaimCarriage *c = &aligned->carriage[d];
      /* Absent carriages have no evidence: one line lists them all. */
      if (c->verdict == PX_CLAIM_ABSENT)
        {
          g_ptr_array_add (absent, (gpointer) name_of (w, d));
          continue;
        }
      g_autofree char *verdict = g_strdup_printf ("%s%s", px_claim_verdict_name (c->verdict),
                                                  c->quoted ? " (quoted)" : "");
      g_autofree char *score = ratio (c->score);
      g_autofree char *evidence = evidence_of (w, d, c);
      g_autofree char *differ = differences (w, d, aligned, c);
      const char *row[] = { name_of (w, d), verdict, score, evidence, differ };
      px_table_add_row (t, row);
    }
  if (absent->len + 1 < px_comparison_n_documents (w->cmp))
    table (w, t);
  if (absent->len == 0)
    return;
  g_ptr_array_add (absent, NULL);
  g_autofree char *names = g_strjoinv (", ", (char **) absent->pdata);
  g_autofree char *absent_line = g_strdup_printf ("Absent from: %s.", names);
  paragraph (w, absent_line);
}

static void
write_claims (const Writer *w)
{
  heading (w, 2, "Claims");
  g_autofree char *skipped = px_describe_claims_skipped (w->cmp);
  if (skipped != NULL || px_comparison_n_claims (w->cmp) == 0)
    {
      paragraph (w, skipped != NULL ? skipped : "No claims to align.");
      return;
    }
  paragraph (w, px_comparison_get_primary (w->cmp) >= 0
                  ? "Each claim of the primary, and how each document carries it: agree, "
                    "partial (what differs is listed) or absent, with its closest sentence."
                  : "Each claim of each independent witness, and how each other document "
                    "carries it: agree, partial (what differs is listed) or absent.");
  for (guint i = 0; i < px_comparison_n_claims (w->cmp); i++)
    write_claim (w, i, px_comparison_get_claim (w->cmp, i));
}

/* ### Dates */

/* "2025-01-16 "Jan. 16" (only here); ..." */
static char *
dates_of (const Writer *w, guint doc)
{
  const PxDocument *d = doc_at (w, doc);
  const GPtrArray *dates = px_extraction_get_dates (px_document_get_extraction (d));
  if (dates->len == 0)
    return g_strdup ("none");
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < dates->len; i++)
    {
      const PxDate *date = g_ptr_array_index (dates, i);
      g_autofree char *surface = px_describe_text (d, date->span, 40);
      g_string_append_printf (out, "%s%s \"%s\" (%s%s)", i ? "; " : "",
                              date->value ? date->value : "unresolved", surface,
                              px_granularity_name (date->granularity),
                              date->value && !px_describe_date_shared (w->cmp, doc, i)
                                ? ", only here" : "");
    }
  return g_string_free (out, FALSE);
}

static void
write_timeline (const Writer *w)
{
  heading (w, 2, "Timeline");
  g_autofree char *reference = px_describe_period (px_comparison_get_reference_period (w->cmp));
  int primary = px_comparison_get_primary (w->cmp);
  g_autofree char *intro = g_strdup_printf (
    "The reference period (%s) is %s. Each document's period is its publication date, else "
    "the span of its dates; \"only here\" marks a date no other witness agrees with.",
    primary >= 0 ? name_of (w, (guint) primary) : "the consensus", reference);
  paragraph (w, intro);
  static const char *const headers[] = { "document", "period", "event", "dates" };
  g_autoptr(PxTable) t = px_table_new (G_N_ELEMENTS (headers), headers);
  px_table_set_wide (t, 3);
  for (guint d = 0; d < px_comparison_n_documents (w->cmp); d++)
    {
      const PxEventMismatch *m = px_comparison_find_mismatch (w->cmp, d);
      g_autofree char *period = px_describe_period (px_comparison_get_period (w->cmp, d));
      g_autofree char *dates = dates_of (w, d);
      g_autofree char *event = m != NULL
                                 ? g_strdup_printf ("ANOTHER EVENT (%+" G_GINT64_FORMAT " days)",
                                                    m->days)
                                 : g_strdup ("same");
      g_autofree char *shown = m != NULL ? paint (w, RED, event) : g_strdup (event);
      const char *row[] = { name_of (w, d), period, shown, dates };
      px_table_add_row (t, row);
    }
  table (w, t);
  for (guint i = 0; i < px_comparison_n_mismatches (w->cmp); i++)
    {
      const PxEventMismatch *m = px_comparison_get_mismatch (w->cmp, i);
      if (m->reason != NULL)
        bullet (w, m->reason);
    }
  if (px_comparison_n_mismatches (w->cmp) > 0)
    end_list (w);
}

/* ### Text reuse */

static void
write_reuse (const Writer *w)
{
  heading (w, 2, "Text reuse");
  static const char *const headers[] = { "document", "shares with", "ratio", "republication",
                                         "passages", "longest shared passage" };
  g_autoptr(PxTable) t = px_table_new (G_N_ELEMENTS (headers), headers);
  px_table_set_numeric (t, 2);
  px_table_set_numeric (t, 4);
  px_table_set_wide (t, 5);
  guint shown = 0;
  for (guint i = 0; i < px_comparison_n_pairs (w->cmp); i++)
    {
      const PxDocumentPair *pair = px_comparison_get_pair (w->cmp, i);
      const PxSharedPassage *longest = px_describe_longest_passage (pair);
      if (longest == NULL)
        continue;
      g_autofree char *excerpt = px_describe_text (doc_at (w, pair->b), longest->b, PASSAGE_CHARS);
      g_autofree char *quoted = g_strdup_printf ("%u words: \"%s\"", longest->words, excerpt);
      g_autofree char *r = ratio (pair->reuse);
      g_autofree char *n = g_strdup_printf ("%u", pair->passages->len);
      const char *row[] = { name_of (w, pair->b), name_of (w, pair->a), r,
                            pair->republication ? "yes: one witness" : "no", n, quoted };
      px_table_add_row (t, row);
      shown++;
    }
  if (shown == 0)
    {
      paragraph (w, "No two documents share a passage.");
      return;
    }
  paragraph (w, "Passages two documents share word for word; the ratio is the share of the "
                "shorter document's words in them.");
  table (w, t);
}

/* ### Appendix and manifest */

static void
write_chrome (const Writer *w, guint d)
{
  const PxDocument *doc = doc_at (w, d);
  const PxCleaned *cleaned = px_document_get_cleaned (doc);
  heading (w, 3, name_of (w, d));
  if (px_cleaned_n_trimmed (cleaned) == 0)
    {
      paragraph (w, "Nothing trimmed.");
      return;
    }
  const PxCleanRules *rules = w->view->rules ? px_rules_get_clean (w->view->rules) : NULL;
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    {
      const char *rule = NULL;
      PxSpan span = px_cleaned_get_trimmed (cleaned, i, &rule);
      PxSpan original = px_describe_original (doc, span);
      g_autofree char *text = px_describe_text (doc, span, PREVIEW_CHARS);
      const char *why = rules ? px_clean_rules_describe (rules, rule) : NULL;
      g_autofree char *item = g_strdup_printf ("bytes %" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT
                                               ", %s%s%s%s: %s",
                                               original.start, original.end, rule,
                                               why ? " (" : "", why ? why : "", why ? ")" : "",
                                               text);
      bullet (w, item);
    }
  end_list (w);
}

static void
write_appendix (const Writer *w)
{
  heading (w, 2, "Appendix: trimmed page chrome");
  for (guint d = 0; d < px_comparison_n_documents (w->cmp); d++)
    write_chrome (w, d);
}

static void
write_manifest (const Writer *w)
{
  heading (w, 2, "Manifest");
  int primary = px_comparison_get_primary (w->cmp);
  g_autofree char *version = g_strdup_printf ("parallax %s", PACKAGE_VERSION);
  bullet (w, version);
  if (w->view->run != NULL)
    {
      g_autofree char *run = g_strdup_printf ("run file: %s", px_run_get_path (w->view->run));
      bullet (w, run);
    }
  g_autofree char *options = g_strdup_printf (
    "compared against: %s; metonyms rolled up: %s",
    primary >= 0 ? px_describe_file (doc_at (w, (guint) primary)) : "the consensus",
    px_comparison_rolls_up_metonyms (w->cmp) ? "yes" : "no");
  bullet (w, options);
  g_autofree char *thresholds = px_describe_thresholds (w->view->run);
  if (thresholds != NULL)
    {
      g_autofree char *line = g_strdup_printf ("thresholds set by the run file: %s", thresholds);
      bullet (w, line);
    }
  end_list (w);

  /* Digests never wrap: a reader compares them whole. */
  static const char *const inputs[] = { "input", "published", "SHA-256" };
  g_autoptr(PxTable) t = px_table_new (G_N_ELEMENTS (inputs), inputs);
  px_table_set_numeric (t, 2);
  for (guint d = 0; d < px_comparison_n_documents (w->cmp); d++)
    {
      const PxDocument *doc = doc_at (w, d);
      g_autofree char *sha = px_describe_document_sha256 (doc);
      const char *published = px_document_get_source (doc)->published;
      const char *row[] = { px_describe_file (doc), published ? published : "not given", sha };
      px_table_add_row (t, row);
    }
  table (w, t);

  static const char *const headers[] = { "rules", "SHA-256" };
  g_autoptr(PxTable) r = px_table_new (G_N_ELEMENTS (headers), headers);
  px_table_set_numeric (r, 1);
  g_autoptr(GArray) rules = px_describe_rules_files (w->view->run, w->cmp);
  for (guint i = 0; i < rules->len; i++)
    {
      const PxRulesFile *file = &g_array_index (rules, PxRulesFile, i);
      const char *row[] = { file->name, file->sha256 ? file->sha256 : "(unreadable)" };
      px_table_add_row (r, row);
    }
  table (w, r);
}

char *
px_report_compare_text (const PxReportView *view, gboolean markdown, gsize *len)
{
  GString *out = g_string_new (NULL);
  const Writer w = { view, view->cmp, markdown, out };
  write_header (&w);
  write_summary (&w);
  write_coverage (&w);
  write_adds_omits (&w);
  write_fidelity (&w);
  write_claims (&w);
  write_timeline (&w);
  write_reuse (&w);
  write_appendix (&w);
  write_manifest (&w);
  /* One final line break, whatever the last section wrote. */
  while (out->len > 1 && out->str[out->len - 1] == '\n' && out->str[out->len - 2] == '\n')
    g_string_truncate (out, out->len - 1);
  if (len != NULL)
    *len = out->len;
  return g_string_free (out, FALSE);
}
