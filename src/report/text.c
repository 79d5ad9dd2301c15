/* text.c: what `parallax inspect` and `parallax extract` show on a terminal.
 * Run and comparison reports are compare-text.c. */
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
  /* A name inside another ("Sheffield" in "University of Sheffield"). */
  for (guint k = 0; k < px_entities_n_nested (entities); k++)
    {
      const PxMention *m = px_entities_get_nested (entities, k);
      count[m->entity]++;
      if (first[m->entity] == NULL || m->span.start < first[m->entity]->span.start)
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
