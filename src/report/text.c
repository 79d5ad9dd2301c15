/* text.c: the terminal and Markdown renderers. */
#include "config.h"

#include "report/describe.h"

#define PREVIEW_CHARS 60

/* "start-end" of @span, as bytes of the user's file. */
static char *
range_of (const PxDocument *doc, PxSpan span)
{
  PxSpan original = px_describe_original (doc, span);
  return g_strdup_printf ("%" G_GSIZE_FORMAT "-%" G_GSIZE_FORMAT, original.start, original.end);
}

static void
inspect_one (GString *out, const PxRules *rules, const PxDocument *doc)
{
  const PxCleaned *cleaned = px_document_get_cleaned (doc);
  const PxSegmentation *seg = px_document_get_segmentation (doc);
  g_autofree char *body = range_of (doc, px_cleaned_get_body (cleaned));
  g_string_append_printf (out, "%s\n  body       bytes %s (%u sentences, %u words)\n",
                          px_document_get_source (doc)->path, body,
                          px_segmentation_n_sentences (seg), px_document_count_words (doc));
  PxSpan title;
  if (px_cleaned_get_title (cleaned, &title))
    {
      g_autofree char *text = px_describe_text (doc, title, 0);
      g_autofree char *range = range_of (doc, title);
      g_string_append_printf (out, "  title      bytes %s %s\n", range, text);
    }
  g_string_append_printf (out, "  trimmed    %u ranges\n", px_cleaned_n_trimmed (cleaned));
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    {
      const char *rule = NULL;
      PxSpan span = px_cleaned_get_trimmed (cleaned, i, &rule);
      g_autofree char *text = px_describe_text (doc, span, PREVIEW_CHARS);
      g_autofree char *range = range_of (doc, span);
      g_string_append_printf (out, "    %-13s %-18s %s\n", range, rule, text);
    }
  g_string_append_printf (out, "  sentences  %u\n", px_segmentation_n_sentences (seg));
  for (guint i = 0; i < px_segmentation_n_sentences (seg); i++)
    {
      const PxSentence *sentence = px_segmentation_get_sentence (seg, i);
      g_autofree char *text = px_describe_text (doc, sentence->span, 0);
      g_autofree char *range = range_of (doc, sentence->span);
      g_string_append_printf (out, "    %-13s %s\n", range, text);
    }
}

char *
px_report_inspect_text (const PxRules *rules, PxDocument *const *docs, guint n_docs, gsize *len)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < n_docs; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      inspect_one (out, rules, docs[i]);
    }
  if (len != NULL)
    *len = out->len;
  return g_string_free (out, FALSE);
}

/* ### Run reports */

static void
heading (GString *out, gboolean markdown, guint level, const char *text)
{
  if (markdown)
    {
      g_string_append_printf (out, "\n%.*s %s\n\n", (int) level, "###", text);
      return;
    }
  g_string_append_printf (out, "\n%s\n", text);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    g_string_append_c (out, level == 1 ? '=' : '-');
  g_string_append (out, "\n\n");
}

/* Markdown table cells must not carry a "|" or a line break. */
static char *
cell (gboolean markdown, const char *text)
{
  if (text == NULL)
    return g_strdup ("-");
  if (!markdown)
    return g_strdup (text);
  g_autoptr(GString) s = g_string_new (NULL);
  for (const char *p = text; *p; p++)
    if (*p == '|')
      g_string_append (s, "\\|");
    else
      g_string_append_c (s, *p == '\n' ? ' ' : *p);
  return g_strdup (s->str);
}

#define N_COLUMNS 6

/* One row of the documents table; a negative width pads on the right. */
static void
table_row (GString *out, gboolean markdown, const char *const cells[N_COLUMNS])
{
  static const int widths[N_COLUMNS] = { -22, -8, -11, 6, 9, 0 };
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      if (markdown)
        g_string_append_printf (out, "| %s ", cells[i]);
      else
        g_string_append_printf (out, "%*s%s", widths[i], cells[i], i + 1 < N_COLUMNS ? " " : "");
    }
  g_string_append (out, markdown ? "|\n" : "\n");
}

static void
documents_table (GString *out, gboolean markdown, PxDocument *const *docs, guint n_docs)
{
  static const char *const header[N_COLUMNS] = {
    "outlet", "role", "published", "words", "sentences", "file"
  };
  table_row (out, markdown, header);
  if (markdown)
    g_string_append (out, "| --- | --- | --- | ---: | ---: | --- |\n");
  for (guint i = 0; i < n_docs; i++)
    {
      const PxRunSource *source = px_document_get_source (docs[i]);
      g_autofree char *outlet = cell (markdown, px_describe_name (docs[i]));
      g_autofree char *published = cell (markdown, source->published);
      g_autofree char *base = g_path_get_basename (source->path);
      g_autofree char *file = cell (markdown, base);
      g_autofree char *words = g_strdup_printf ("%u", px_document_count_words (docs[i]));
      g_autofree char *sentences = g_strdup_printf (
        "%u", px_segmentation_n_sentences (px_document_get_segmentation (docs[i])));
      const char *const row[N_COLUMNS] = {
        outlet, px_role_to_string (source->role), published, words, sentences, file
      };
      table_row (out, markdown, row);
    }
}

static void
chrome_appendix (GString *out, gboolean markdown, const PxRules *rules, const PxDocument *doc)
{
  const PxCleaned *cleaned = px_document_get_cleaned (doc);
  heading (out, markdown, 3, px_describe_name (doc));
  if (px_cleaned_n_trimmed (cleaned) == 0)
    g_string_append (out, "Nothing trimmed.\n");
  for (guint i = 0; i < px_cleaned_n_trimmed (cleaned); i++)
    {
      const char *rule = NULL;
      PxSpan span = px_cleaned_get_trimmed (cleaned, i, &rule);
      g_autofree char *range = range_of (doc, span);
      g_autofree char *text = px_describe_text (doc, span, PREVIEW_CHARS);
      g_autofree char *shown = cell (markdown, text);
      const char *why = px_clean_rules_describe (px_rules_get_clean (rules), rule);
      g_string_append_printf (out, markdown ? "- bytes %s, `%s` (%s): %s\n" : "  %s  %s (%s): %s\n",
                              range, rule, why ? why : "", shown);
    }
}

char *
px_report_run_text (const PxRun *run, const PxRules *rules, PxDocument *const *docs,
                    guint n_docs, gboolean markdown, gsize *len)
{
  GString *out = g_string_new (NULL);
  heading (out, markdown, 1, px_run_get_title (run));
  if (px_run_get_analyst (run) != NULL)
    g_string_append_printf (out, "Analyst: %s\n", px_run_get_analyst (run));
  if (px_run_get_notes (run) != NULL)
    g_string_append_printf (out, "%s\n", px_run_get_notes (run));
  heading (out, markdown, 2, "Documents");
  documents_table (out, markdown, docs, n_docs);
  heading (out, markdown, 2, "Trimmed page chrome");
  for (guint i = 0; i < n_docs; i++)
    chrome_appendix (out, markdown, rules, docs[i]);
  heading (out, markdown, 2, "Manifest");
  g_string_append_printf (out, "parallax %s; run file %s\n", PACKAGE_VERSION, px_run_get_path (run));
  if (len != NULL)
    *len = out->len;
  return g_string_free (out, FALSE);
}

/* ### parallax extract */

static void
extract_one (GString *out, const PxDocument *doc)
{
  const PxEntities *entities = px_extraction_get_entities (px_document_get_extraction (doc));
  guint n = px_entities_n_entities (entities);
  g_string_append_printf (out, "%s: %u entit%s\n", px_document_get_source (doc)->path, n,
                          n == 1 ? "y" : "ies");
  g_autofree guint *count = g_new0 (guint, n + 1);
  g_autofree const PxMention **first = g_new0 (const PxMention *, n + 1);
  for (guint k = 0; k < px_entities_n_mentions (entities); k++)
    {
      const PxMention *m = px_entities_get_mention (entities, k);
      if (count[m->entity]++ == 0)
        first[m->entity] = m;
    }
  for (guint k = 0; k < n; k++)
    {
      const PxEntity *e = px_entities_get_entity (entities, k);
      g_autofree char *where = range_of (doc, first[k]->span);
      g_autofree char *surface = px_describe_text (doc, first[k]->span, PREVIEW_CHARS);
      g_string_append_printf (out, "  %-28s %-7s %3u  first %s \"%s\"%s\n", e->id,
                              px_entity_type_name (e->type), count[k], where, surface,
                              e->gazetteer_entity == PX_NO_ENTITY ? "  (not in the gazetteer)"
                                                                   : "");
    }
}

/* Each metadata field: the run file's or option's value, what the page
 * says, and whether they agree. */
static void
extract_metadata (GString *out, const PxDocument *doc)
{
  const PxRunSource *source = px_document_get_source (doc);
  const PxMetadata *metadata = px_extraction_get_metadata (px_document_get_extraction (doc));
  const char *given[PX_META_N_FIELDS] = {
    [PX_META_TITLE] = NULL, [PX_META_PUBLISHED] = source->published,
    [PX_META_AUTHOR] = source->author, [PX_META_OUTLET] = source->outlet,
  };
  for (guint f = 0; f < PX_META_N_FIELDS; f++)
    {
      const PxMetaValue *v = px_metadata_get (metadata, (PxMetaField) f);
      if (given[f] == NULL && v == NULL)
        continue;
      g_string_append_printf (out, "  %-10s %s", px_meta_field_name ((PxMetaField) f),
                              given[f] ? given[f] : v->value);
      if (given[f] && v && g_ascii_strcasecmp (given[f], v->value) != 0)
        g_string_append_printf (out, "  (given; the page says %s, by %s)", v->value, v->rule);
      else if (!given[f])
        g_string_append_printf (out, "  (detected by %s)", v->rule);
      g_string_append_c (out, '\n');
    }
}

static void
extract_dates (GString *out, const PxDocument *doc)
{
  const GPtrArray *dates = px_extraction_get_dates (px_document_get_extraction (doc));
  g_string_append_printf (out, "  %u date%s\n", dates->len, dates->len == 1 ? "" : "s");
  for (guint k = 0; k < dates->len; k++)
    {
      const PxDate *date = dates->pdata[k];
      g_autofree char *where = range_of (doc, date->span);
      g_autofree char *surface = px_describe_text (doc, date->span, PREVIEW_CHARS);
      g_string_append_printf (out, "  %-28s %-7s %s \"%s\"%s\n",
                              date->value ? date->value : "(unresolved)",
                              px_granularity_name (date->granularity), where, surface,
                              date->ambiguous ? "  (day/month order assumed)" : "");
    }
}

static void
extract_quotes (GString *out, const PxDocument *doc)
{
  const PxExtraction *extraction = px_document_get_extraction (doc);
  const GPtrArray *quotes = px_extraction_get_quotes (extraction);
  const PxEntities *entities = px_extraction_get_entities (extraction);
  g_string_append_printf (out, "  %u quote%s\n", quotes->len, quotes->len == 1 ? "" : "s");
  for (guint k = 0; k < quotes->len; k++)
    {
      const PxQuote *q = quotes->pdata[k];
      guint speaker = px_extraction_quote_speaker (extraction, k);
      g_autofree char *where = range_of (doc, q->span);
      g_autofree char *text = px_describe_text (doc, q->span, PREVIEW_CHARS);
      g_string_append_printf (out, "  %-28s %-9s %s \"%s\"\n",
                              speaker == G_MAXUINT ? "(no speaker)"
                                                   : px_entities_get_entity (entities, speaker)->id,
                              px_quote_kind_name (q->kind), where, text);
    }
}

static void
extract_numbers (GString *out, const PxDocument *doc)
{
  const GPtrArray *numbers = px_extraction_get_numbers (px_document_get_extraction (doc));
  g_string_append_printf (out, "  %u number%s\n", numbers->len, numbers->len == 1 ? "" : "s");
  for (guint k = 0; k < numbers->len; k++)
    {
      const PxNumber *n = numbers->pdata[k];
      g_autofree char *where = range_of (doc, n->span);
      g_autofree char *surface = px_describe_text (doc, n->span, PREVIEW_CHARS);
      g_string_append_printf (out, "  %-28s %s \"%s\"\n", "", where, surface);
    }
}

char *
px_report_extract_text (PxDocument *const *docs, guint n_docs, gsize *len)
{
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < n_docs; i++)
    {
      if (i > 0)
        g_string_append_c (out, '\n');
      extract_one (out, docs[i]);
      extract_metadata (out, docs[i]);
      extract_dates (out, docs[i]);
      extract_quotes (out, docs[i]);
      extract_numbers (out, docs[i]);
    }
  if (len)
    *len = out->len;
  return g_string_free (out, FALSE);
}
