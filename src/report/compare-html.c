/* compare-html.c: the comparison's findings as HTML sections.
 *
 * The same findings as compare-text.c, in the same order, with what a
 * page does better: every entity in the coverage table, each quote and
 * claim next to the source's words, and an inline SVG timeline.  Every
 * section has a stable id (summary, coverage, fidelity, claims, timeline,
 * reuse, manifest) and each fidelity row a data-verdict, for readers and
 * for tests.  Changes are coloured and also marked in text ("[-", "-]",
 * "{+", "+}"), so a black-and-white print still shows them.
 */
#include "config.h"

#include <string.h>

#include "report/describe.h"

static const PxDocument *
doc_at (const PxComparison *cmp, guint doc)
{
  return px_comparison_get_document (cmp, doc);
}

static const char *
name_of (const PxComparison *cmp, guint doc)
{
  return px_describe_name (doc_at (cmp, doc));
}

/* The escaped text of @span of @doc in @open ... @close. */
static void
span_tag (GString *out, const char *open, const PxDocument *doc, PxSpan span, const char *close)
{
  g_autofree char *text = px_describe_text (doc, span, 0);
  px_html_tag (out, open, text, close);
}


/* ### Header and summary */

static void
write_header (GString *out, const PxReportView *view)
{
  g_autofree char *title = px_describe_title (view);
  px_html_tag (out, "<h1>", title, "</h1>\n");
  if (view->run_date != NULL)
    px_html_tag (out, "<p class=run-date>Run on ", view->run_date, ".</p>\n");
  if (view->run != NULL && px_run_get_analyst (view->run) != NULL)
    px_html_tag (out, "<p>Analyst: ", px_run_get_analyst (view->run), "</p>\n");
  if (view->run != NULL && px_run_get_notes (view->run) != NULL)
    px_html_tag (out, "<p>", px_run_get_notes (view->run), "</p>\n");
}

static void
write_summary (GString *out, const PxComparison *cmp)
{
  g_string_append (out, "<section id=summary>\n<h2>Summary</h2>\n<ul>\n");
  g_autoptr(GPtrArray) sentences = px_report_summary (cmp);
  for (guint i = 0; i < sentences->len; i++)
    px_html_tag (out, "<li>", g_ptr_array_index (sentences, i), "</li>\n");
  g_string_append (out, "</ul>\n</section>\n");
}

/* ### Entities */

static void
document_headers (GString *out, const PxComparison *cmp)
{
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    px_html_tag (out, "<th>", name_of (cmp, d), "</th>");
}

/* The coverage table is entities times documents: with many documents
 * it shows the most salient entities that fit this many cells (and
 * never fewer than ten), and says where the rest are. */
#define COVERAGE_CELLS 250000
#define COVERAGE_MIN_ROWS 10

static guint
coverage_rows (const PxComparison *cmp)
{
  guint n_entities = px_comparison_n_entities (cmp);
  guint fit = MAX (COVERAGE_MIN_ROWS, COVERAGE_CELLS / MAX (1, px_comparison_n_documents (cmp)));
  return MIN (n_entities, fit);
}

static void
write_coverage (GString *out, const PxComparison *cmp)
{
  g_string_append (out, "<section id=coverage>\n<h2>Coverage</h2>\n"
                        "<p>Mentions of each entity in each document, most salient first; "
                        "entities of the reference in bold, &ldquo;.&rdquo; is none.</p>\n"
                        "<table><tr><th>entity</th><th>type</th>");
  document_headers (out, cmp);
  g_string_append (out, "</tr>\n");
  guint rows = coverage_rows (cmp);
  for (guint e = 0; e < rows; e++)
    {
      const PxAlignedEntity *entity = px_comparison_get_entity (cmp, e);
      g_string_append (out, entity->reference ? "<tr class=ref>" : "<tr>");
      px_html_tag (out, "<td>", entity->canonical ? entity->canonical : entity->id, "</td>");
      px_html_tag (out, "<td>", px_entity_type_name (entity->type), "</td>");
      for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
        {
          const PxPresence *p = px_aligned_entity_in (entity, d);
          if (p == NULL)
            g_string_append (out, "<td class=zero>.</td>");
          else
            g_string_append_printf (out, "<td class=n>%u</td>", p->count);
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</table>\n");
  if (rows < px_comparison_n_entities (cmp))
    g_string_append_printf (out, "<p>%u more entities, each with the documents that name it, "
                                 "are in the JSON report.</p>\n",
                            px_comparison_n_entities (cmp) - rows);
  g_string_append (out, "</section>\n");
}

static void
entity_items (GString *out, const PxComparison *cmp, const GArray *list)
{
  if (list->len == 0)
    {
      g_string_append (out, "<span class=muted>nothing</span>");
      return;
    }
  for (guint i = 0; i < list->len; i++)
    {
      const PxAlignedEntity *e = px_comparison_get_entity (cmp, g_array_index (list, guint, i));
      px_html_tag (out, i ? "; " : "", e->canonical ? e->canonical : e->id, "");
    }
}

static void
dates_numbers (GString *out, const PxDocument *doc, const GArray *dates, const GArray *numbers)
{
  if (dates->len > 0)
    {
      g_autofree char *list = px_describe_dates (doc, dates, 0, NULL);
      px_html_tag (out, "<br><span class=muted>dates:</span> ", list, "");
    }
  if (numbers->len > 0)
    {
      g_autofree char *list = px_describe_numbers (doc, numbers, 0, NULL);
      px_html_tag (out, "<br><span class=muted>figures:</span> ", list, "");
    }
}

static void
write_adds_omits (GString *out, const PxComparison *cmp)
{
  int primary = px_comparison_get_primary (cmp);
  g_string_append (out, "<section id=adds-omits>\n<h2>Adds and omits</h2>\n<p>");
  px_html_tag (out, "Entities each document names that ",
               primary >= 0 ? name_of (cmp, (guint) primary) : "the consensus",
               " does not (adds), and those it names that the document does not (omits), "
               "most salient first; then the dates and figures it adds or omits.</p>\n");
  g_string_append (out, "<table><tr><th>document</th><th>adds</th><th>omits</th></tr>\n");
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      if ((int) d == primary)
        continue;
      const GArray *adds = px_comparison_get_adds (cmp, d), *omits = px_comparison_get_omits (cmp, d);
      px_html_tag (out, "<tr><td>", name_of (cmp, d), "</td>");
      const PxDocument *reference = primary >= 0 ? doc_at (cmp, (guint) primary) : doc_at (cmp, d);
      g_string_append_printf (out, "<td>(%u) ", adds->len);
      entity_items (out, cmp, adds);
      dates_numbers (out, doc_at (cmp, d), px_comparison_get_added_dates (cmp, d),
                     px_comparison_get_added_numbers (cmp, d));
      g_string_append_printf (out, "</td><td>(%u) ", omits->len);
      entity_items (out, cmp, omits);
      dates_numbers (out, reference, px_comparison_get_omitted_dates (cmp, d),
                     px_comparison_get_omitted_numbers (cmp, d));
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n</section>\n");
}

/* ### Quotes */

static void
deleted (GString *out, const char *text)
{
  px_html_tag (out, "<del><span class=mk>[-</span>", text, "<span class=mk>-]</span></del>");
}

static void
inserted (GString *out, const char *text)
{
  px_html_tag (out, "<ins><span class=mk>{+</span>", text, "<span class=mk>+}</span></ins>");
}

static void
write_diff (GString *out, const PxComparison *cmp, const PxQuoteFidelity *q)
{
  g_autoptr(GArray) pieces = px_describe_diff (cmp, q);
  for (guint i = 0; i < pieces->len; i++)
    {
      const PxDiffPiece *p = &g_array_index (pieces, PxDiffPiece, i);
      if (i > 0)
        g_string_append_c (out, ' ');
      switch (p->kind)
        {
        case PX_EDIT_EQUAL:
          px_html_escape (out, p->quote ? p->quote : "");
          break;
        case PX_EDIT_INSERT:
          inserted (out, p->quote);
          break;
        case PX_EDIT_DELETE:
          deleted (out, p->source);
          break;
        case PX_EDIT_SUBSTITUTE:
          deleted (out, p->source);
          inserted (out, p->quote);
          break;
        case PX_EDIT_ELISION:
          g_string_append (out, "<span class=gap title=\"");
          px_html_escape (out, p->source);
          g_string_append_printf (out, "\">[&hellip;: %u word%s left out]</span>", p->source_words,
                                  p->source_words == 1 ? "" : "s");
          break;
        default:
          break;
        }
    }
}

/* The report's words: the diff when there is one, else the quote. */
static void
write_quote_words (GString *out, const PxComparison *cmp, const PxQuoteFidelity *q)
{
  const PxDocument *doc = doc_at (cmp, q->doc);
  const PxQuote *quote = g_ptr_array_index (px_extraction_get_quotes (px_document_get_extraction (doc)),
                                            q->quote);
  g_string_append (out, "<td><blockquote>");
  if (q->diff != NULL)
    write_diff (out, cmp, q);
  else
    span_tag (out, "", doc, quote->span, "");
  g_string_append (out, "</blockquote></td>");
}

/* The source's words beside it, or where an echo comes from. */
static void
write_source_words (GString *out, const PxComparison *cmp, const PxQuoteFidelity *q)
{
  g_string_append (out, "<td>");
  if (q->source_doc >= 0)
    {
      px_html_tag (out, "<span class=muted>", name_of (cmp, (guint) q->source_doc), ":</span> ");
      span_tag (out, "<blockquote>", doc_at (cmp, (guint) q->source_doc), q->source, "</blockquote>");
    }
  else if (q->echo && q->echo_doc >= 0)
    {
      px_html_tag (out, "<span class=muted>not found; an echo of ", name_of (cmp, (guint) q->echo_doc),
                   ":</span> ");
      span_tag (out, "<blockquote>", doc_at (cmp, (guint) q->echo_doc), q->echo_source,
                "</blockquote>");
    }
  else
    g_string_append (out, "<span class=muted>not found</span>");
  g_string_append (out, "</td>");
}

static void
write_fidelity (GString *out, const PxComparison *cmp)
{
  g_string_append (out, "<section id=fidelity>\n<h2>Quote fidelity</h2>\n");
  if (px_comparison_n_quotes (cmp) == 0)
    {
      g_string_append (out, "<p>No report quotes anyone.</p>\n</section>\n");
      return;
    }
  g_string_append (out, "<p>Each quote of each report beside the words it was found in. "
                        "<del><span class=mk>[-</span>Struck<span class=mk>-]</span></del> words "
                        "are the source's, <ins><span class=mk>{+</span>underlaid"
                        "<span class=mk>+}</span></ins> words the report's; "
                        "<span class=gap>[&hellip;: N words left out]</span> marks an "
                        "elision.</p>\n<table><tr><th>document</th><th>speaker</th>"
                        "<th>verdict</th><th>score</th><th>the report says</th>"
                        "<th>the source says</th></tr>\n");
  for (guint i = 0; i < px_comparison_n_quotes (cmp); i++)
    {
      const PxQuoteFidelity *q = px_comparison_get_quote (cmp, i);
      const char *verdict = px_verdict_name (q->verdict);
      g_string_append_printf (out, "<tr data-verdict=\"%s\">", verdict);
      px_html_tag (out, "<td>", name_of (cmp, q->doc), "</td>");
      px_html_tag (out, "<td>", q->speaker ? px_describe_entity (cmp, q->speaker) : NULL, "</td>");
      g_string_append_printf (out, "<td class=verdict>%s</td><td class=n>%.2f</td>", verdict,
                              q->score);
      write_quote_words (out, cmp, q);
      write_source_words (out, cmp, q);
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</table>\n</section>\n");
}

/* ### Claims */

static void
write_items (GString *out, const PxComparison *cmp, const char *label, const PxClaim *claim,
             const GPtrArray *items)
{
  if (items == NULL || items->len == 0)
    return;
  g_autofree char *words = px_describe_claim_items (cmp, claim, items, 0);
  px_html_tag (out, "<br><span class=muted>", label, ":</span> ");
  px_html_escape (out, words);
}

static void
write_carriage (GString *out, const PxComparison *cmp, const PxAlignedClaim *aligned, guint d)
{
  const PxClaimCarriage *c = &aligned->carriage[d];
  const char *verdict = px_claim_verdict_name (c->verdict);
  px_html_tag (out, "<td>", name_of (cmp, d), "</td>");
  g_string_append_printf (out, "<td class=\"verdict %s\">%s%s</td><td class=n>%.2f</td><td>",
                          verdict, verdict, c->quoted ? " (quoted)" : "", c->score);
  if (c->claim >= 0)
    span_tag (out, "", doc_at (cmp, d),
              px_claims_get (px_comparison_get_claims (cmp, d), (guint) c->claim)->span, "");
  else
    g_string_append (out, "<span class=muted>&ndash;</span>");
  if (c->date_conflict)
    g_string_append (out, "<br><span class=mismatch>dated differently</span>");
  if (c->verdict == PX_CLAIM_PARTIAL && c->claim >= 0)
    {
      g_autofree char *only_there = g_strdup_printf ("only in %s", name_of (cmp, aligned->doc));
      write_items (out, cmp, only_there,
                   px_claims_get (px_comparison_get_claims (cmp, aligned->doc), aligned->claim),
                   c->only_reference);
      write_items (out, cmp, "only here",
                   px_claims_get (px_comparison_get_claims (cmp, d), (guint) c->claim),
                   c->only_here);
    }
  g_string_append (out, "</td>");
}

static void
write_claim (GString *out, const PxComparison *cmp, guint index, const PxAlignedClaim *aligned)
{
  const PxClaim *claim = px_claims_get (px_comparison_get_claims (cmp, aligned->doc),
                                        aligned->claim);
  guint rows = px_comparison_n_documents (cmp) - 1;
  g_string_append_printf (out, "<tbody id=claim-%u><tr><td rowspan=%u><b>C%u</b> ", index + 1,
                          rows, index + 1);
  px_html_tag (out, "<span class=muted>(", name_of (cmp, aligned->doc), ")</span> ");
  span_tag (out, "", doc_at (cmp, aligned->doc), claim->span, "</td>");
  gboolean first = TRUE;
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      if (d == aligned->doc)
        continue;
      if (!first)
        g_string_append (out, "<tr>");
      write_carriage (out, cmp, aligned, d);
      g_string_append (out, "</tr>\n");
      first = FALSE;
    }
  g_string_append (out, "</tbody>\n");
}

static void
write_claims (GString *out, const PxComparison *cmp)
{
  g_string_append (out, "<section id=claims>\n<h2>Claims</h2>\n");
  g_autofree char *skipped = px_describe_claims_skipped (cmp);
  if (skipped != NULL || px_comparison_n_claims (cmp) == 0)
    {
      px_html_tag (out, "<p>", skipped != NULL ? skipped : "No claims to align.", "</p>\n");
      g_string_append (out, "</section>\n");
      return;
    }
  g_string_append (out, "<p>Each claim of the reference beside how each document carries it: "
                        "agree, partial (what differs is listed) or absent, with the "
                        "document's closest sentence.</p>\n<table><thead><tr><th>claim</th>"
                        "<th>document</th><th>carries</th><th>score</th><th>its sentence</th>"
                        "</tr></thead>\n");
  for (guint i = 0; i < px_comparison_n_claims (cmp); i++)
    write_claim (out, cmp, i, px_comparison_get_claim (cmp, i));
  g_string_append (out, "</table>\n</section>\n");
}

/* ### Timeline */

#define SVG_WIDTH 960
#define SVG_LABEL 190       /* the documents' names, left of the axis */
#define SVG_PLOT (SVG_WIDTH - SVG_LABEL - 20)
#define SVG_ROW 30
#define SVG_TOP 30

/* The first and last day the timeline shows: every resolved date of day,
 * week or month granularity and every period (years and vague spans
 * would flatten the rest into one point). */
static gboolean
axis_range (const PxComparison *cmp, guint32 *first, guint32 *last)
{
  *first = G_MAXUINT32;
  *last = 0;
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      const PxPeriod *period = px_comparison_get_period (cmp, d);
      if (g_date_valid (&period->start) && g_date_valid (&period->end))
        {
          *first = MIN (*first, g_date_get_julian (&period->start));
          *last = MAX (*last, g_date_get_julian (&period->end));
        }
      const GPtrArray *dates = px_extraction_get_dates (px_document_get_extraction (doc_at (cmp, d)));
      for (guint i = 0; i < dates->len; i++)
        {
          const PxDate *date = g_ptr_array_index (dates, i);
          if (date->granularity > PX_GRANULARITY_MONTH || !g_date_valid (&date->start)
              || !g_date_valid (&date->end))
            continue;
          *first = MIN (*first, g_date_get_julian (&date->start));
          *last = MAX (*last, g_date_get_julian (&date->end));
        }
    }
  return *first <= *last;
}

typedef struct {
  guint32 first, days;      /* the axis: its first day and its length */
} Axis;

static double
x_of (const Axis *axis, guint32 julian)
{
  double at = julian < axis->first ? 0 : (double) (julian - axis->first);
  return SVG_LABEL + MIN (at, axis->days) * SVG_PLOT / axis->days;
}

/* Ticks on the first of a month, or of a year when the axis is long. */
static void
svg_ticks (GString *out, const Axis *axis, guint height)
{
  gboolean yearly = axis->days > 3 * 365;
  guint step = axis->days > 12 * 365 ? 5 : 1;
  GDate day;
  g_date_clear (&day, 1);
  g_date_set_julian (&day, axis->first);
  g_date_set_day (&day, 1);
  if (yearly)
    g_date_set_month (&day, G_DATE_JANUARY);
  guint shown = 0;
  while (g_date_get_julian (&day) <= axis->first + axis->days && shown < 400)
    {
      guint32 julian = g_date_get_julian (&day);
      if (julian >= axis->first && (!yearly || g_date_get_year (&day) % step == 0))
        {
          char label[16];
          g_date_strftime (label, sizeof label, yearly ? "%Y" : "%Y-%m", &day);
          double x = x_of (axis, julian);
          g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"%u\" x2=\"%.1f\" y2=\"%u\" "
                                       "stroke=\"#ddd\"/><text x=\"%.1f\" y=\"%u\" font-size=\"10\" "
                                       "text-anchor=\"middle\" fill=\"#555\">%s</text>\n",
                                  x, SVG_TOP - 8, x, height - 18, x, height - 6, label);
        }
      if (yearly)
        g_date_add_years (&day, 1);
      else
        g_date_add_months (&day, axis->days > 400 ? 3 : 1);
      shown++;
    }
}

static const char *
granularity_colour (PxGranularity granularity)
{
  switch (granularity)
    {
    case PX_GRANULARITY_DAY:
      return "#1f4e9c";
    case PX_GRANULARITY_WEEK:
      return "#2a8c8c";
    case PX_GRANULARITY_MONTH:
    default:
      return "#9db8e0";
    }
}

static void
svg_row (GString *out, const PxComparison *cmp, const Axis *axis, guint d, guint y)
{
  gboolean mismatched = px_comparison_find_mismatch (cmp, d) != NULL;
  if (mismatched)
    g_string_append_printf (out, "<rect x=\"0\" y=\"%u\" width=\"%u\" height=\"%u\" "
                                 "fill=\"#fde8e8\"/>\n", y, SVG_WIDTH, SVG_ROW);
  g_string_append_printf (out, "<text x=\"4\" y=\"%u\" font-size=\"12\" fill=\"%s\">", y + 19,
                          mismatched ? "#b00020" : "#1a1a1a");
  px_html_escape (out, name_of (cmp, d));
  g_string_append (out, mismatched ? " (another event)</text>\n" : "</text>\n");
  const PxDocument *doc = doc_at (cmp, d);
  const GPtrArray *dates = px_extraction_get_dates (px_document_get_extraction (doc));
  for (guint i = 0; i < dates->len; i++)
    {
      const PxDate *date = g_ptr_array_index (dates, i);
      if (date->granularity > PX_GRANULARITY_MONTH || !g_date_valid (&date->start)
          || !g_date_valid (&date->end))
        continue;
      double x0 = x_of (axis, g_date_get_julian (&date->start));
      double x1 = x_of (axis, g_date_get_julian (&date->end) + 1);
      g_autofree char *surface = px_describe_text (doc, date->span, 60);
      g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%u\" width=\"%.1f\" height=\"%u\" "
                                   "fill=\"%s\" fill-opacity=\"0.8\"><title>",
                              x0, y + 7, MAX (x1 - x0, 3.0), SVG_ROW - 14,
                              granularity_colour (date->granularity));
      px_html_escape (out, surface);
      px_html_tag (out, " = ", date->value, "</title></rect>\n");
    }
  const PxPeriod *period = px_comparison_get_period (cmp, d);
  if (g_date_valid (&period->start) && g_date_valid (&period->end))
    {
      double x0 = x_of (axis, g_date_get_julian (&period->start));
      double x1 = x_of (axis, g_date_get_julian (&period->end) + 1);
      g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%u\" width=\"%.1f\" height=\"%u\" "
                                   "fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\"/>\n",
                              x0, y + 3, MAX (x1 - x0, 3.0), SVG_ROW - 6,
                              mismatched ? "#b00020" : "#333");
    }
}

static void
write_svg (GString *out, const PxComparison *cmp)
{
  Axis axis;
  guint32 first, last;
  if (!axis_range (cmp, &first, &last))
    {
      g_string_append (out, "<p>No document has a resolved date to plot.</p>\n");
      return;
    }
  /* A margin each side, so a single day is not drawn on the frame. */
  axis.first = first > 3 ? first - 3 : first;
  axis.days = last + 4 - axis.first;
  guint n = px_comparison_n_documents (cmp);
  guint height = SVG_TOP + n * SVG_ROW + 24;
  g_string_append_printf (out, "<svg viewBox=\"0 0 %u %u\" "
                               "width=\"%u\" height=\"%u\" role=\"img\" "
                               "aria-labelledby=\"timeline-title\" font-family=\"sans-serif\">\n"
                               "<title id=\"timeline-title\">Each document's dates on one "
                               "axis</title>\n",
                          SVG_WIDTH, height, SVG_WIDTH, height);
  const PxPeriod *reference = px_comparison_get_reference_period (cmp);
  if (g_date_valid (&reference->start) && g_date_valid (&reference->end))
    {
      double x0 = x_of (&axis, g_date_get_julian (&reference->start));
      double x1 = x_of (&axis, g_date_get_julian (&reference->end) + 1);
      g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%u\" width=\"%.1f\" height=\"%u\" "
                                   "fill=\"#fff3c4\"><title>the reference period</title></rect>\n",
                              x0, SVG_TOP, MAX (x1 - x0, 3.0), n * SVG_ROW);
    }
  svg_ticks (out, &axis, height);
  for (guint d = 0; d < n; d++)
    svg_row (out, cmp, &axis, d, SVG_TOP + d * SVG_ROW);
  g_string_append (out, "</svg>\n<p class=muted>Dark: a day; teal: a week; light: a month; "
                        "outlined: the document's period; yellow band: the reference period. "
                        "Years and vague dates are in the table only.</p>\n");
}

static void
write_dates_cell (GString *out, const PxComparison *cmp, guint d)
{
  const PxDocument *doc = doc_at (cmp, d);
  const GPtrArray *dates = px_extraction_get_dates (px_document_get_extraction (doc));
  if (dates->len == 0)
    g_string_append (out, "<span class=muted>none</span>");
  for (guint i = 0; i < dates->len; i++)
    {
      const PxDate *date = g_ptr_array_index (dates, i);
      g_autofree char *surface = px_describe_text (doc, date->span, 40);
      px_html_tag (out, i ? "<br>" : "", date->value ? date->value : "unresolved", " &ldquo;");
      px_html_escape (out, surface);
      px_html_tag (out, "&rdquo; <span class=muted>(", px_granularity_name (date->granularity), "");
      if (date->value != NULL && !px_describe_date_shared (cmp, d, i))
        g_string_append (out, ", only here");
      g_string_append (out, ")</span>");
    }
}

static void
write_timeline (GString *out, const PxComparison *cmp)
{
  g_string_append (out, "<section id=timeline>\n<h2>Timeline</h2>\n");
  g_autofree char *reference = px_describe_period (px_comparison_get_reference_period (cmp));
  px_html_tag (out, "<p>The reference period is ", reference, ".</p>\n");
  write_svg (out, cmp);
  g_string_append (out, "<table><tr><th>document</th><th>period</th><th>event</th>"
                        "<th>dates</th></tr>\n");
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      g_autofree char *period = px_describe_period (px_comparison_get_period (cmp, d));
      px_html_tag (out, "<tr><td>", name_of (cmp, d), "</td>");
      px_html_tag (out, "<td>", period, "</td><td>");
      const PxEventMismatch *m = NULL;
      for (guint i = 0; i < px_comparison_n_mismatches (cmp); i++)
        if (px_comparison_get_mismatch (cmp, i)->doc == d)
          m = px_comparison_get_mismatch (cmp, i);
      if (m != NULL)
        {
          g_string_append_printf (out, "<span class=mismatch>another event (%+" G_GINT64_FORMAT
                                       " days)</span>", m->days);
          if (m->reason != NULL)
            px_html_tag (out, "<br>", m->reason, "");
        }
      else
        g_string_append (out, "same");
      g_string_append (out, "</td><td>");
      write_dates_cell (out, cmp, d);
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</table>\n</section>\n");
}

/* ### Text reuse */

static void
write_pair (GString *out, const PxComparison *cmp, const PxDocumentPair *pair)
{
  const PxSharedPassage *longest = px_describe_longest_passage (pair);
  if (longest == NULL)
    return;
  px_html_tag (out, "<tr><td>", name_of (cmp, pair->b), "</td>");
  px_html_tag (out, "<td>", name_of (cmp, pair->a), "</td>");
  g_string_append_printf (out, "<td class=n>%.2f</td><td>%s</td><td class=n>%u</td>"
                               "<td>%u words: ", pair->reuse,
                          pair->republication ? "yes: one witness" : "no", pair->passages->len,
                          longest->words);
  g_autofree char *excerpt = px_describe_text (doc_at (cmp, pair->b), longest->b, 300);
  px_html_tag (out, "<blockquote>", excerpt, "</blockquote></td></tr>\n");
}

static void
write_reuse (GString *out, const PxComparison *cmp)
{
  g_string_append (out, "<section id=reuse>\n<h2>Text reuse</h2>\n");
  guint shown = 0;
  for (guint i = 0; i < px_comparison_n_pairs (cmp); i++)
    {
      const PxDocumentPair *pair = px_comparison_get_pair (cmp, i);
      if (px_describe_longest_passage (pair) == NULL)
        continue;
      if (shown++ == 0)
        g_string_append (out, "<p>Passages two documents share word for word; the ratio is the "
                              "share of the shorter document's words in them.</p>\n<table><tr>"
                              "<th>document</th><th>shares with</th><th>ratio</th>"
                              "<th>republication</th><th>passages</th>"
                              "<th>longest shared passage</th></tr>\n");
      write_pair (out, cmp, pair);
    }
  g_string_append (out, shown > 0 ? "</table>\n</section>\n"
                                  : "<p>No two documents share a passage.</p>\n</section>\n");
}

char *
px_report_compare_html (const PxReportView *view, gsize *len)
{
  const PxComparison *cmp = view->cmp;
  GString *out = g_string_new (NULL);
  g_autofree char *title = px_describe_title (view);
  px_html_begin (out, title);
  write_header (out, view);
  px_html_documents (out, cmp);
  write_summary (out, cmp);
  write_coverage (out, cmp);
  write_adds_omits (out, cmp);
  write_fidelity (out, cmp);
  write_claims (out, cmp);
  write_timeline (out, cmp);
  write_reuse (out, cmp);
  px_html_texts (out, cmp);
  px_html_appendix (out, view);
  px_html_manifest (out, view);
  g_string_append (out, "</body>\n</html>\n");
  if (len != NULL)
    *len = out->len;
  return g_string_free (out, FALSE);
}
