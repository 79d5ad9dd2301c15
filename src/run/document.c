/* document.c: one source through ingest, clean and segment (see run.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "run/run.h"

struct _PxRules {
  PxCleanRules *clean;
  PxSegmentRules *segment;
};

struct _PxDocument {
  PxRunSource source;    /* strings owned by @strings */
  GStringChunk *strings;
  PxText *text;
  PxCleaned *cleaned;
  PxSegmentation *segmentation;
  PxExtraction *extraction;
};

PxRules *
px_rules_load_default (GError **error)
{
  g_autoptr(PxRules) rules = g_new0 (PxRules, 1);
  rules->clean = px_clean_rules_load_default (error);
  if (rules->clean == NULL)
    return NULL;
  rules->segment = px_segment_rules_load_default (error);
  if (rules->segment == NULL)
    return NULL;
  return g_steal_pointer (&rules);
}

void
px_rules_free (PxRules *rules)
{
  if (rules == NULL)
    return;
  px_clean_rules_free (rules->clean);
  px_segment_rules_free (rules->segment);
  g_free (rules);
}

const PxCleanRules *
px_rules_get_clean (const PxRules *rules)
{
  return rules->clean;
}

const PxSegmentRules *
px_rules_get_segment (const PxRules *rules)
{
  return rules->segment;
}

static void
copy_source (PxDocument *doc, const PxRunSource *source)
{
  doc->source = *source;
  const char **fields[] = {
    &doc->source.path, &doc->source.given, &doc->source.outlet, &doc->source.published, &doc->source.url,
    &doc->source.author, &doc->source.date_order, &doc->source.language,
  };
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (*fields[i] != NULL)
      *fields[i] = g_string_chunk_insert_const (doc->strings, *fields[i]);
}

PxDocument *
px_document_load (const PxRunSource *source, const PxRules *rules, guint64 max_bytes,
                  GError **error)
{
  g_return_val_if_fail (source != NULL && source->path != NULL && rules != NULL, NULL);

  g_autoptr(PxDocument) doc = g_new0 (PxDocument, 1);
  doc->strings = g_string_chunk_new (256);
  copy_source (doc, source);
  /* A run-file source has no --encoding option; its own key is the way. */
  g_autofree char *hint = source->line > 0
    ? g_strdup_printf ("set 'encoding: latin-1' on this source in the run file (line %u)",
                       source->line)
    : NULL;
  PxIngestOptions options = { source->encoding, max_bytes, hint };
  doc->text = px_text_load (source->path, &options, error);
  if (doc->text == NULL)
    return NULL;
  doc->cleaned = px_clean (rules->clean, doc->text, error);
  if (doc->cleaned == NULL)
    return NULL;
  guint n = px_cleaned_n_kept (doc->cleaned);
  g_autofree PxSpan *kept = g_new (PxSpan, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    kept[i] = px_cleaned_get_kept (doc->cleaned, i);
  doc->segmentation = px_segment (rules->segment, doc->text, kept, n);
  return g_steal_pointer (&doc);
}

void
px_document_free (PxDocument *doc)
{
  if (doc == NULL)
    return;
  g_clear_pointer (&doc->extraction, px_extraction_free);
  g_clear_pointer (&doc->segmentation, px_segmentation_free);
  g_clear_pointer (&doc->cleaned, px_cleaned_free);
  g_clear_pointer (&doc->text, px_text_unref);
  g_string_chunk_free (doc->strings);
  g_free (doc);
}

const PxRunSource *
px_document_get_source (const PxDocument *doc)
{
  return &doc->source;
}

const PxText *
px_document_get_text (const PxDocument *doc)
{
  return doc->text;
}

const PxCleaned *
px_document_get_cleaned (const PxDocument *doc)
{
  return doc->cleaned;
}

const PxSegmentation *
px_document_get_segmentation (const PxDocument *doc)
{
  return doc->segmentation;
}

/* The source's publication date and date order, for the date extractor.
 * Only a full date anchors relative dates: "last week" in a piece known
 * only to be from January 2025 stays unresolved rather than guessed. */
static void
date_context (const PxRunSource *source, PxDateContext *context)
{
  g_date_clear (&context->published, 1);
  guint y = 0, m = 0, d = 0;
  char tail = 0;
  if (source->published && strlen (source->published) == 10
      && sscanf (source->published, "%4u-%2u-%2u%c", &y, &m, &d, &tail) == 3
      && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y))
    g_date_set_dmy (&context->published, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  context->order = g_strcmp0 (source->date_order, "dmy") == 0   ? PX_DATE_ORDER_DMY
                   : g_strcmp0 (source->date_order, "mdy") == 0 ? PX_DATE_ORDER_MDY
                                                                 : PX_DATE_ORDER_DEFAULT;
}

void
px_document_extract (PxDocument *doc, const PxExtractRules *rules)
{
  PxDateContext context;
  date_context (&doc->source, &context);
  g_clear_pointer (&doc->extraction, px_extraction_free);
  doc->extraction = px_extract (rules, doc->text, doc->cleaned, doc->segmentation, &context);
}

const PxExtraction *
px_document_get_extraction (const PxDocument *doc)
{
  return doc->extraction;
}

guint
px_document_count_words (const PxDocument *doc)
{
  guint words = 0;
  for (guint i = 0; i < px_segmentation_n_tokens (doc->segmentation); i++)
    {
      PxTokenKind kind = px_segmentation_get_token (doc->segmentation, i)->kind;
      words += kind == PX_TOKEN_WORD || kind == PX_TOKEN_NUMBER;
    }
  return words;
}
