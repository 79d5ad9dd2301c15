/* describe.c: shared wording and slicing for the renderers. */
#include "config.h"

#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "report/describe.h"

PxSpan
px_describe_original (const PxDocument *doc, PxSpan normalized)
{
  return px_text_original_span (px_document_get_text (doc), normalized);
}

char *
px_describe_text (const PxDocument *doc, PxSpan span, guint max_chars)
{
  const char *text = px_text_get_normalized (px_document_get_text (doc), NULL);
  GString *out = g_string_sized_new (span.end - span.start);
  guint chars = 0;
  gboolean space = FALSE;
  for (const char *p = text + span.start; p < text + span.end; p = g_utf8_next_char (p))
    {
      if (*p == ' ' || *p == '\n')
        {
          space = out->len > 0;
          continue;
        }
      if (max_chars > 0 && chars >= max_chars)
        {
          g_string_append (out, "...");
          break;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
      chars++;
    }
  return g_string_free (out, FALSE);
}

const char *
px_describe_name (const PxDocument *doc)
{
  const PxRunSource *source = px_document_get_source (doc);
  if (source->outlet != NULL)
    return source->outlet;
  const char *slash = strrchr (source->path, G_DIR_SEPARATOR);
  return slash != NULL && slash[1] != '\0' ? slash + 1 : source->path;
}

const char *
px_describe_file (const PxDocument *doc)
{
  const PxRunSource *source = px_document_get_source (doc);
  return source->given ? source->given : source->path;
}

gsize
px_describe_trimmed_bytes (const PxDocument *doc)
{
  const PxCleaned *cleaned = px_document_get_cleaned (doc);
  gsize total = 0;
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    {
      PxSpan span = px_cleaned_get_trimmed (cleaned, i, NULL);
      total += span.end - span.start;
    }
  return total;
}

char *
px_describe_title (const PxReportView *view)
{
  if (view->run != NULL)
    return g_strdup (px_run_get_title (view->run));
  return g_strdup_printf ("Comparison of %u documents", px_comparison_n_documents (view->cmp));
}

char *
px_describe_possessive (const char *name)
{
  gsize len = strlen (name);
  if (len > 0 && (name[len - 1] == 's' || name[len - 1] == 'S'))
    return g_strconcat (name, "'", NULL);
  return g_strconcat (name, "'s", NULL);
}

const char *
px_describe_entity (const PxComparison *cmp, const char *id)
{
  for (guint e = 0; e < px_comparison_n_entities (cmp); e++)
    {
      const PxAlignedEntity *entity = px_comparison_get_entity (cmp, e);
      if (g_str_equal (entity->id, id))
        return entity->canonical ? entity->canonical : entity->id;
    }
  return id;
}

/* Words of a folded text: runs between single spaces. */
static guint
count_words (const char *text)
{
  guint n = 0;
  for (const char *p = text; *p; p++)
    n += *p != ' ' && (p == text || p[-1] == ' ');
  return n;
}

static void
diff_piece_clear (gpointer data)
{
  PxDiffPiece *piece = data;
  g_free (piece->quote);
  g_free (piece->source);
}

static char *
text_or_null (const PxDocument *doc, PxSpan span)
{
  return span.end > span.start ? px_describe_text (doc, span, 0) : NULL;
}

GArray *
px_describe_diff (const PxComparison *cmp, const PxQuoteFidelity *q)
{
  GArray *pieces = g_array_new (FALSE, TRUE, sizeof (PxDiffPiece));
  g_array_set_clear_func (pieces, diff_piece_clear);
  if (q->diff == NULL || q->source_doc < 0)
    return pieces;
  const PxDocument *quoting = px_comparison_get_document (cmp, q->doc);
  const PxDocument *source = px_comparison_get_document (cmp, (guint) q->source_doc);
  for (guint i = 0; i < q->diff->len; i++)
    {
      const PxEdit *edit = &g_array_index (q->diff, PxEdit, i);
      PxDiffPiece piece = { edit->kind, text_or_null (quoting, edit->quote),
                            text_or_null (source, edit->source), 0 };
      piece.source_words = piece.source ? count_words (piece.source) : 0;
      g_array_append_val (pieces, piece);
    }
  return pieces;
}

static const PxDate *
date_of (const PxComparison *cmp, guint doc, guint i)
{
  const PxDocument *d = px_comparison_get_document (cmp, doc);
  return g_ptr_array_index (px_extraction_get_dates (px_document_get_extraction (d)), i);
}

/* Whether date @oi of @other backs date @i of @doc: another witness, and
 * as precise or more ("last week" does not back "Jan. 16"). */
static gboolean
backs (const PxComparison *cmp, guint doc, guint i, guint other, guint oi)
{
  return px_comparison_get_witness (cmp, other) != px_comparison_get_witness (cmp, doc)
         && date_of (cmp, other, oi)->granularity <= date_of (cmp, doc, i)->granularity;
}

gboolean
px_describe_date_shared (const PxComparison *cmp, guint doc, guint i)
{
  for (guint a = 0; a < px_comparison_n_date_agreements (cmp); a++)
    {
      const PxDateAgreement *ag = px_comparison_get_date_agreement (cmp, a);
      if (ag->doc_a == doc && ag->date_a == i && backs (cmp, doc, i, ag->doc_b, ag->date_b))
        return TRUE;
      if (ag->doc_b == doc && ag->date_b == i && backs (cmp, doc, i, ag->doc_a, ag->date_a))
        return TRUE;
    }
  return FALSE;
}

/* The word @item stands for in @claim: the word a stem came from, else
 * an entity's name. */
static const char *
claim_item_word (const PxComparison *cmp, const PxClaim *claim, const char *item)
{
  for (guint i = 0; claim->terms != NULL && i < claim->terms->len; i++)
    if (g_str_equal (g_ptr_array_index (claim->terms, i), item))
      return claim->words != NULL && i < claim->words->len ? g_ptr_array_index (claim->words, i)
                                                          : item;
  return px_describe_entity (cmp, item);
}

char *
px_describe_claims_skipped (const PxComparison *cmp)
{
  if (px_comparison_aligns_claims (cmp))
    return NULL;
  return g_strdup_printf ("Claims are not aligned: without a primary, every witness's claims "
                          "are aligned with every document only up to %u documents, and this "
                          "comparison has %u. Name a primary (--primary, or role: primary in "
                          "the run file) to align its claims.",
                          PX_COMPARE_ALL_PAIRS_MAX, px_comparison_n_documents (cmp));
}

char *
px_describe_claim_items (const PxComparison *cmp, const PxClaim *claim, const GPtrArray *items,
                         guint max)
{
  GString *out = g_string_new (NULL);
  guint n = items != NULL ? items->len : 0;
  for (guint i = 0; i < n && (max == 0 || i < max); i++)
    g_string_append_printf (out, "%s%s", i ? ", " : "",
                            claim_item_word (cmp, claim, g_ptr_array_index (items, i)));
  if (max > 0 && n > max)
    g_string_append_printf (out, " and %u more", n - max);
  return g_string_free (out, FALSE);
}

char *
px_describe_date (const PxDocument *doc, guint i)
{
  const PxDate *date = g_ptr_array_index (px_extraction_get_dates (px_document_get_extraction (doc)),
                                          i);
  g_autofree char *surface = px_describe_text (doc, date->span, 60);
  if (date->value == NULL)
    return g_strdup_printf ("\"%s\"", surface);
  return g_strdup_printf ("%s (\"%s\")", date->value, surface);
}

/* The distinct descriptions of the items @list indexes, in order of first
 * occurrence and as first written ("last month" and "Last month" are one),
 * each with how often it occurs in @times. */
static GPtrArray *
distinct_items (const PxDocument *doc, const GArray *list, gboolean dates, GArray *times)
{
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const GPtrArray *numbers = px_extraction_get_numbers (px_document_get_extraction (doc));
  for (guint k = 0; k < list->len; k++)
    {
      guint i = g_array_index (list, guint, k);
      char *item = dates ? px_describe_date (doc, i)
                         : px_describe_text (doc, ((const PxNumber *) g_ptr_array_index (
                                                     numbers, i))->span, 60);
      char *key = g_utf8_casefold (item, -1);
      gpointer at;
      if (g_hash_table_lookup_extended (index, key, NULL, &at))
        {
          g_array_index (times, guint, GPOINTER_TO_UINT (at))++;
          g_free (item);
          g_free (key);
          continue;
        }
      guint once = 1;
      g_hash_table_insert (index, key, GUINT_TO_POINTER (items->len));
      g_ptr_array_add (items, item);
      g_array_append_val (times, once);
    }
  return items;
}

static char *
describe_list (const PxDocument *doc, const GArray *list, guint max, gboolean dates,
               guint *n_items)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) items = distinct_items (doc, list, dates, times);
  GString *out = g_string_new (NULL);
  for (guint k = 0; k < items->len && (max == 0 || k < max); k++)
    {
      guint n = g_array_index (times, guint, k);
      g_string_append_printf (out, "%s%s", k ? "; " : "", (const char *) items->pdata[k]);
      if (n == 2)
        g_string_append (out, " twice");
      else if (n > 2)
        g_string_append_printf (out, " %u times", n);
    }
  if (max > 0 && items->len > max)
    g_string_append_printf (out, "; and %u more", items->len - max);
  if (n_items != NULL)
    *n_items = items->len;
  return g_string_free (out, FALSE);
}

char *
px_describe_dates (const PxDocument *doc, const GArray *list, guint max, guint *n_items)
{
  return describe_list (doc, list, max, TRUE, n_items);
}

char *
px_describe_numbers (const PxDocument *doc, const GArray *list, guint max, guint *n_items)
{
  return describe_list (doc, list, max, FALSE, n_items);
}

const PxSharedPassage *
px_describe_longest_passage (const PxDocumentPair *pair)
{
  const PxSharedPassage *best = NULL;
  for (guint p = 0; pair->passages != NULL && p < pair->passages->len; p++)
    {
      const PxSharedPassage *passage = &g_array_index (pair->passages, PxSharedPassage, p);
      if (best == NULL || passage->words > best->words)
        best = passage;
    }
  return best;
}

char *
px_describe_period (const PxPeriod *period)
{
  if (period == NULL || !g_date_valid (&period->start) || !g_date_valid (&period->end))
    return g_strdup ("unknown");
  char start[16], end[16];
  g_date_strftime (start, sizeof start, "%Y-%m-%d", &period->start);
  g_date_strftime (end, sizeof end, "%Y-%m-%d", &period->end);
  const char *basis = g_strcmp0 (period->basis, "published") == 0 ? "published" : "its dates";
  if (g_date_compare (&period->start, &period->end) == 0)
    return g_strdup_printf ("%s (%s)", start, basis);
  return g_strdup_printf ("%s to %s (%s)", start, end, basis);
}

char *
px_describe_document_sha256 (const PxDocument *doc)
{
  gsize len = 0;
  const char *bytes = px_text_get_original (px_document_get_text (doc), &len);
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) bytes, len);
}

/* Every rules file a run or comparison reads, cleaning to claims, and the
 * word lists rules/names.yaml and rules/attribution.yaml name (they decide
 * what is a name and whose words a quote is too). */
static const char *const rules_files[] = {
  "rules/boilerplate.yaml",
  "rules/abbreviations.yaml",
  "rules/metadata.yaml",
  "rules/names.yaml",
  "data/lexicon/common-words.txt",
  "data/lexicon/given-names.txt",
  "data/lexicon/given-names-male.txt",
  "data/lexicon/given-names-female.txt",
  "data/lexicon/honorifics-male.txt",
  "data/lexicon/honorifics-female.txt",
  "data/lexicon/title-minor-words.txt",
  "data/lexicon/work-nouns.txt",
  "rules/attribution.yaml",
  "rules/dates.yaml",
  "rules/numbers.yaml",
  "rules/claims.yaml",
  "rules/compare.yaml",
};

static void
rules_file_clear (gpointer data)
{
  g_free (((PxRulesFile *) data)->sha256);
}

static char *
sha256_of_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  if (!g_file_get_contents (path, &data, &len, NULL))
    return NULL;
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, len);
}

/* The run's own file for "rules/compare.yaml" or "rules/claims.yaml". */
static const char *
run_rules_file (const PxRun *run, const char *bundled)
{
  if (run == NULL)
    return NULL;
  if (g_str_equal (bundled, "rules/compare.yaml"))
    return px_run_get_rules_file (run, "compare");
  if (g_str_equal (bundled, "rules/claims.yaml"))
    return px_run_get_rules_file (run, "claims");
  return NULL;
}

GArray *
px_describe_rules_files (const PxRun *run, const PxComparison *cmp)
{
  GArray *files = g_array_new (FALSE, TRUE, sizeof (PxRulesFile));
  g_array_set_clear_func (files, rules_file_clear);
  for (guint i = 0; i < G_N_ELEMENTS (rules_files); i++)
    {
      const char *own = run_rules_file (run, rules_files[i]);
      g_autofree char *path = own ? g_strdup (own) : px_data_path (rules_files[i]);
      PxRulesFile file = { own ? own : rules_files[i], sha256_of_file (path) };
      g_array_append_val (files, file);
    }
  if (px_comparison_n_documents (cmp) > 0)
    {
      const PxExtraction *extraction =
        px_document_get_extraction (px_comparison_get_document (cmp, 0));
      PxRulesFile gazetteer = {
        "gazetteer (its sources and options)",
        px_gazetteer_source_sha256 (px_extraction_get_gazetteer (extraction)),
      };
      g_array_append_val (files, gazetteer);
    }
  return files;
}

char *
px_describe_thresholds (const PxRun *run)
{
  if (run == NULL || px_run_n_thresholds (run) == 0)
    return NULL;
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < px_run_n_thresholds (run); i++)
    {
      const PxRunThreshold *t = px_run_get_threshold (run, i);
      char value[G_ASCII_DTOSTR_BUF_SIZE];
      g_string_append_printf (out, "%s%s = %s", i ? "; " : "", t->name,
                              g_ascii_dtostr (value, sizeof value, t->value));
    }
  return g_string_free (out, FALSE);
}

#define DEFAULT_WIDTH 100
#define MIN_WIDTH 40
#define MAX_WIDTH 1000

guint
px_describe_width (void)
{
  const char *columns = g_getenv ("COLUMNS");
  guint64 width = 0;
  if (columns != NULL && g_ascii_string_to_unsigned (columns, 10, MIN_WIDTH, MAX_WIDTH, &width,
                                                     NULL))
    return (guint) width;
  struct winsize size;
  if (isatty (STDOUT_FILENO) && ioctl (STDOUT_FILENO, TIOCGWINSZ, &size) == 0
      && size.ws_col >= MIN_WIDTH)
    return size.ws_col;
  return DEFAULT_WIDTH;
}

char *
px_report_inspect (PxFormat format, const PxRules *rules, PxDocument *const *docs,
                   guint n_docs, gsize *len, GError **error)
{
  switch (format)
    {
    case PX_FORMAT_JSON:
      return px_report_inspect_json (rules, docs, n_docs, len);
    case PX_FORMAT_TEXT:
      return px_report_inspect_text (rules, docs, n_docs, len);
    case PX_FORMAT_MD:
    case PX_FORMAT_HTML:
    default:
      return px_throw_null (error, PX_ERROR_USAGE, "inspect writes text or json, not %s",
                            px_format_to_string (format));
    }
}

char *
px_report_extract (PxFormat format, gboolean lines, PxDocument *const *docs, guint n_docs,
                   gsize *len, GError **error)
{
  for (guint i = 0; i < n_docs; i++)
    g_return_val_if_fail (px_document_get_extraction (docs[i]) != NULL, NULL);
  switch (format)
    {
    case PX_FORMAT_JSON:
      return px_report_extract_json (docs, n_docs, lines, len);
    case PX_FORMAT_TEXT:
      return px_report_extract_text (docs, n_docs, len);
    case PX_FORMAT_MD:
    case PX_FORMAT_HTML:
    default:
      return px_throw_null (error, PX_ERROR_USAGE, "extract writes text or json, not %s",
                            px_format_to_string (format));
    }
}

/* A JSON object as an element of a pretty-printed array: each of its
 * lines indented one level more, as the generator indents nested values
 * (a string value never holds a raw line break). */
static void
append_indented (GString *out, const char *object, gsize len)
{
  while (len > 0 && object[len - 1] == '\n')
    len--;
  g_string_append (out, "  ");
  for (gsize k = 0; k < len; k++)
    {
      g_string_append_c (out, object[k]);
      if (object[k] == '\n')
        g_string_append (out, "  ");
    }
}

char *
px_report_extract_piece (PxFormat format, gboolean lines, PxDocument *doc, guint i,
                         guint n_docs, gsize *len, GError **error)
{
  g_return_val_if_fail (i < n_docs, NULL);
  gsize one_len = 0;
  g_autofree char *one = px_report_extract (format, lines, &doc, 1, &one_len, error);
  if (one == NULL)
    return NULL;
  gboolean array = format == PX_FORMAT_JSON && !lines && n_docs != 1;
  gboolean blank_line = format == PX_FORMAT_TEXT && i > 0;
  if (!array && !blank_line)
    {
      if (len != NULL)
        *len = one_len;
      return g_steal_pointer (&one);
    }
  GString *out = g_string_sized_new (one_len + one_len / 8 + 8);
  if (blank_line)
    g_string_append_c (out, '\n');
  if (array)
    {
      g_string_append (out, i == 0 ? "[\n" : ",\n");
      append_indented (out, one, one_len);
      if (i + 1 == n_docs)
        g_string_append (out, "\n]\n");
    }
  else
    g_string_append_len (out, one, (gssize) one_len);
  if (len != NULL)
    *len = out->len;
  return g_string_free (out, FALSE);
}

/* Cleaning rules to say why chrome was cut: `parallax compare` cleans
 * with the default rules, so loading them again gives the same ones.  When
 * they cannot be loaded the appendix shows rule names only. */
static PxRules *
default_rules (void)
{
  g_autoptr(GError) error = NULL;
  return px_rules_load_default (&error);
}

static char *
render_view (PxFormat format, const PxReportView *view, gsize *len)
{
  switch (format)
    {
    case PX_FORMAT_MD:
      return px_report_compare_text (view, TRUE, len);
    case PX_FORMAT_HTML:
      return px_report_compare_html (view, len);
    case PX_FORMAT_TEXT:
    default:
      return px_report_compare_text (view, FALSE, len);
    }
}

PxReportStyle
px_report_style_for_stdout (void)
{
  const char *no_colour = g_getenv ("NO_COLOR");
  PxReportStyle style = {
    px_describe_width (),
    isatty (STDOUT_FILENO) && (no_colour == NULL || no_colour[0] == '\0'),
    "",
  };
  return style;
}

void
px_report_style_set_run_date (PxReportStyle *style)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) when = NULL;
  if (epoch != NULL && epoch[0] != '\0')
    {
      char *end = NULL;
      gint64 seconds = g_ascii_strtoll (epoch, &end, 10);
      if (end != NULL && *end == '\0')
        when = g_date_time_new_from_unix_utc (seconds);
    }
  if (when == NULL)
    when = g_date_time_new_now_utc ();
  g_autofree char *text = when ? g_date_time_format (when, "%Y-%m-%d %H:%M UTC") : NULL;
  g_strlcpy (style->run_date, text ? text : "", sizeof style->run_date);
}

/* Without a destination: the width of the environment, and no colour,
 * which a file or a pipe would keep as escape codes. */
static PxReportStyle
plain_style (void)
{
  PxReportStyle style = { px_describe_width (), FALSE, "" };
  return style;
}

char *
px_report_run_styled (PxFormat format, const PxRun *run, const PxRules *rules,
                      PxDocument *const *docs, guint n_docs, const PxComparison *cmp,
                      const PxReportStyle *style, gsize *len)
{
  if (format == PX_FORMAT_JSON)
    return px_report_run_json (run, rules, docs, n_docs, cmp, len);
  /* The comparison holds the same documents, in the run's order. */
  g_return_val_if_fail (px_comparison_n_documents (cmp) == n_docs, NULL);
  const PxReportView view = { run, rules, cmp, style->width, style->colour,
                              style->run_date[0] ? style->run_date : NULL };
  return render_view (format, &view, len);
}

char *
px_report_run (PxFormat format, const PxRun *run, const PxRules *rules,
               PxDocument *const *docs, guint n_docs, const PxComparison *cmp, gsize *len)
{
  const PxReportStyle style = plain_style ();
  return px_report_run_styled (format, run, rules, docs, n_docs, cmp, &style, len);
}

char *
px_report_compare_styled (PxFormat format, const PxComparison *cmp, const PxReportStyle *style,
                          gsize *len)
{
  if (format == PX_FORMAT_JSON)
    return px_report_compare_json (cmp, len);
  g_autoptr(PxRules) rules = default_rules ();
  const PxReportView view = { NULL, rules, cmp, style->width, style->colour,
                              style->run_date[0] ? style->run_date : NULL };
  return render_view (format, &view, len);
}

char *
px_report_compare (PxFormat format, const PxComparison *cmp, gsize *len)
{
  const PxReportStyle style = plain_style ();
  return px_report_compare_styled (format, cmp, &style, len);
}
