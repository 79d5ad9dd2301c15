/* fidelity.c: every quote of every report searched in the primary (or,
 * without one, in the other witnesses), with a verdict.
 *
 * Whether a quote the source lacks is a misquote or someone else's words
 * depends on who the report credits: a quote credited to the source's own
 * voices (its outlet, its author, the state behind a state-run outlet)
 * that the source does not have is "absent"; one credited to anyone else
 * is "absent_other_speaker" and must not be read as a misquote.
 */
#include "config.h"

#include <string.h>

#include "align/comparison.h"

static const char *
entity_named (const PxDocument *doc, const char *name)
{
  if (name == NULL)
    return NULL;
  const PxExtraction *extraction = px_document_get_extraction (doc);
  const PxEntities *entities = px_extraction_get_entities (extraction);
  for (guint e = 0; e < px_entities_n_entities (entities); e++)
    {
      const PxEntity *entity = px_entities_get_entity (entities, e);
      if (g_ascii_strcasecmp (entity->name, name) == 0)
        return entity->id;
    }
  /* Not named in the body: the gazetteer may still know it whole. */
  const PxGazetteer *gaz = px_extraction_get_gazetteer (extraction);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (gaz, name, strlen (name), found);
  if (found->len == 1 && g_array_index (found, PxNameMatch, 0).span.start == 0
      && g_array_index (found, PxNameMatch, 0).span.end == strlen (name))
    return px_gazetteer_entity_field (gaz, g_array_index (found, PxNameMatch, 0).entity, "id");
  return NULL;
}

static void
add_voice (GHashTable *voices, const char *id)
{
  if (id != NULL)
    g_hash_table_add (voices, (gpointer) id);
}

/* The outlet, and for a state-run or state-funded outlet its state. */
static void
add_outlet_voices (GHashTable *voices, const PxDocument *doc, const char *outlet)
{
  const char *id = entity_named (doc, outlet);
  add_voice (voices, id);
  const PxGazetteer *gaz = px_extraction_get_gazetteer (px_document_get_extraction (doc));
  guint entity = id ? px_gazetteer_find (gaz, id) : PX_NO_ENTITY;
  if (entity == PX_NO_ENTITY)
    return;
  const char *ownership = px_gazetteer_entity_field (gaz, entity, "ownership");
  const char *country = px_gazetteer_entity_field (gaz, entity, "country");
  if (ownership != NULL && g_str_has_prefix (ownership, "state") && country != NULL)
    add_voice (voices, country);
}

/* Who speaks in @doc in its own right.  (transfer full) */
static GHashTable *
voices_of (const PxDocument *doc)
{
  GHashTable *voices = g_hash_table_new (g_str_hash, g_str_equal);
  const PxRunSource *source = px_document_get_source (doc);
  const PxMetadata *meta = px_extraction_get_metadata (px_document_get_extraction (doc));
  const PxMetaValue *author = px_metadata_get (meta, PX_META_AUTHOR);
  const PxMetaValue *outlet = px_metadata_get (meta, PX_META_OUTLET);
  add_voice (voices, entity_named (doc, source->author));
  add_voice (voices, entity_named (doc, author ? author->value : NULL));
  add_outlet_voices (voices, doc, source->outlet);
  add_outlet_voices (voices, doc, outlet ? outlet->value : NULL);
  return voices;
}

static const char *
speaker_of (const PxDocument *doc, guint quote)
{
  const PxExtraction *extraction = px_document_get_extraction (doc);
  guint entity = px_extraction_quote_speaker (extraction, quote);
  if (entity == G_MAXUINT)
    return NULL;
  return px_entities_get_entity (px_extraction_get_entities (extraction), entity)->id;
}

/* Verbatim first, then with elision, then altered, then absent; the
 * better score among equals. */
static gboolean
better_match (const PxQuoteMatch *a, const PxQuoteMatch *b)
{
  if (a->verdict != b->verdict)
    return a->verdict < b->verdict;
  return a->score > b->score || (a->echo && !b->echo);
}

typedef struct {
  PxComparison *cmp;
  GArray **sources;             /* per document: title and body tokens, or NULL */
  GHashTable **voices;          /* per document, or NULL */
} Context;

static void
prepare_source (Context *ctx, guint doc)
{
  if (ctx->sources[doc] != NULL)
    return;
  if ((int) doc == ctx->cmp->primary)
    ctx->sources[doc] = g_array_ref (ctx->cmp->source_tokens);
  else
    {
      /* Sources are the title and body, as for the primary. */
      ctx->sources[doc] = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
      PxSpan title;
      const PxDocument *d = ctx->cmp->docs[doc];
      if (px_cleaned_get_title (px_document_get_cleaned (d), &title))
        px_align_tokenize (ctx->cmp->rules,
                           px_text_get_normalized (px_document_get_text (d), NULL), title,
                           PX_ALIGN_BREAK | PX_ALIGN_SENTENCE_START, ctx->sources[doc]);
      g_array_append_vals (ctx->sources[doc], ctx->cmp->tokens[doc]->data,
                           ctx->cmp->tokens[doc]->len);
    }
  ctx->voices[doc] = voices_of (ctx->cmp->docs[doc]);
}

/* The documents a quote of @doc is searched in. */
static gboolean
is_source_for (const PxComparison *cmp, guint doc, guint other)
{
  if (cmp->primary >= 0)
    return (int) other == cmp->primary;
  return cmp->witness[other] == other && !px_same_witness (cmp, doc, other);
}

static void
check_quote (Context *ctx, guint doc, guint q, const PxQuote *quote)
{
  PxComparison *cmp = ctx->cmp;
  const char *text = px_text_get_normalized (px_document_get_text (cmp->docs[doc]), NULL);
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
  px_align_tokenize (cmp->rules, text, quote->span, 0, words);

  PxQuoteMatch best = { .verdict = PX_VERDICT_ABSENT };
  int best_doc = -1;
  for (guint o = 0; o < cmp->n; o++)
    {
      if (o == doc || !is_source_for (cmp, doc, o))
        continue;
      prepare_source (ctx, o);
      PxQuoteMatch match = { 0 };
      px_align_quote (cmp->rules, (const PxAlignToken *) words->data, words->len,
                      quote->kind == PX_QUOTE_TERM,
                      (const PxAlignToken *) ctx->sources[o]->data, ctx->sources[o]->len,
                      &match);
      if (best_doc < 0 || better_match (&match, &best))
        {
          px_quote_match_clear (&best);
          best = match;
          best_doc = (int) o;
        }
      else
        px_quote_match_clear (&match);
    }

  PxQuoteFidelity fidelity = {
    .doc = doc, .quote = q, .speaker = speaker_of (cmp->docs[doc], q),
    .verdict = best.verdict, .source_doc = -1, .score = best.score,
    .echo = best.echo, .echo_doc = best.echo ? best_doc : -1, .echo_source = best.echo_source,
  };
  if (best.verdict != PX_VERDICT_ABSENT)
    {
      fidelity.source_doc = best_doc;
      fidelity.source = best.source;
    }
  else if (fidelity.speaker != NULL && best_doc >= 0
           && !g_hash_table_contains (ctx->voices[best_doc], fidelity.speaker))
    fidelity.verdict = PX_VERDICT_ABSENT_OTHER_SPEAKER;
  if (best.diff != NULL)
    {
      fidelity.diff = best.diff;
      g_ptr_array_add (cmp->diffs, g_steal_pointer (&best.diff));
    }
  px_quote_match_clear (&best);
  g_array_append_val (cmp->quotes, fidelity);
}

static gboolean
holds_a_quote (const GPtrArray *quotes, PxSpan span)
{
  for (guint q = 0; q < quotes->len; q++)
    {
      const PxQuote *quote = g_ptr_array_index (quotes, q);
      if (quote->span.start < span.end && quote->span.end > span.start)
        return TRUE;
    }
  return FALSE;
}

/* The report's own sentences (quotes are checked above) that open like
 * one of the primary's: each searched as a quote would be, and kept when
 * it is not the primary's words but echoes their opening. */
static void
find_echoes (PxComparison *cmp, guint doc)
{
  const PxDocument *d = cmp->docs[doc];
  const PxSegmentation *seg = px_document_get_segmentation (d);
  const GPtrArray *quotes = px_extraction_get_quotes (px_document_get_extraction (d));
  const GArray *body = cmp->tokens[doc];
  g_autoptr(GArray) words = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
  for (guint s = 0, next = 0; s < px_segmentation_n_sentences (seg); s++)
    {
      PxSpan span = px_segmentation_get_sentence (seg, s)->span;
      /* The body's tokens were made sentence by sentence: the sentence's
       * own are those that start in it. */
      guint first = next;
      while (next < body->len && g_array_index (body, PxAlignToken, next).span.start < span.end)
        next++;
      if (holds_a_quote (quotes, span))
        continue;
      g_array_set_size (words, 0);
      if (next > first)   /* an empty body's array has no data to point into */
        g_array_append_vals (words, &g_array_index (body, PxAlignToken, first), next - first);
      /* The body's first sentence also opens its range; alone, it does not. */
      if (words->len > 0)
        g_array_index (words, PxAlignToken, 0).flags &= ~(guint) PX_ALIGN_BREAK;
      PxQuoteMatch match = { 0 };
      px_align_quote (cmp->rules, (const PxAlignToken *) words->data, words->len, FALSE,
                      (const PxAlignToken *) cmp->source_tokens->data, cmp->source_tokens->len,
                      &match);
      if (match.verdict == PX_VERDICT_ABSENT && match.echo)
        {
          PxEcho echo = { doc, span, match.echo_source };
          g_array_append_val (cmp->echoes, echo);
        }
      px_quote_match_clear (&match);
    }
}

void
px_compare_quotes (PxComparison *cmp)
{
  cmp->quotes = g_array_new (FALSE, FALSE, sizeof (PxQuoteFidelity));
  cmp->diffs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  cmp->echoes = g_array_new (FALSE, FALSE, sizeof (PxEcho));
  Context ctx = { cmp, g_new0 (GArray *, cmp->n), g_new0 (GHashTable *, cmp->n) };
  for (guint d = 0; d < cmp->n; d++)
    {
      if ((int) d == cmp->primary)
        continue;
      const GPtrArray *quotes = px_extraction_get_quotes (px_document_get_extraction (cmp->docs[d]));
      for (guint q = 0; q < quotes->len; q++)
        check_quote (&ctx, d, q, g_ptr_array_index (quotes, q));
      if (cmp->primary >= 0 && !px_same_witness (cmp, d, (guint) cmp->primary))
        find_echoes (cmp, d);
    }
  for (guint d = 0; d < cmp->n; d++)
    {
      g_clear_pointer (&ctx.sources[d], g_array_unref);
      g_clear_pointer (&ctx.voices[d], g_hash_table_unref);
    }
  g_free (ctx.sources);
  g_free (ctx.voices);
}
