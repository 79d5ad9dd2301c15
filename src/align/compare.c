/* compare.c: px_compare(), the order of its parts, and what they share:
 * the documents' tokens and who is one witness with whom. */
#include "config.h"

#include "align/comparison.h"

/* Above this many documents, pairs are listed only when they share text,
 * and claim overlap is not computed for every pair: both grow with the
 * square of the documents. */


static void
tokenize_body (const PxComparison *cmp, const PxDocument *doc, guint first_flags, GArray *out)
{
  const PxText *text = px_document_get_text (doc);
  const char *data = px_text_get_normalized (text, NULL);
  const PxSegmentation *seg = px_document_get_segmentation (doc);
  for (guint i = 0; i < px_segmentation_n_sentences (seg); i++)
    {
      const PxSentence *sentence = px_segmentation_get_sentence (seg, i);
      px_align_tokenize (cmp->rules, data, sentence->span,
                         PX_ALIGN_SENTENCE_START | (i == 0 ? first_flags : 0), out);
    }
}

/* The primary as quotes are searched in it: its title, then its body
 * (the tokens px_compare_reuse() made). */
static GArray *
tokenize_source (const PxComparison *cmp, guint doc)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
  PxSpan title;
  if (px_cleaned_get_title (px_document_get_cleaned (cmp->docs[doc]), &title))
    px_align_tokenize (cmp->rules,
                       px_text_get_normalized (px_document_get_text (cmp->docs[doc]), NULL),
                       title, PX_ALIGN_BREAK | PX_ALIGN_SENTENCE_START, tokens);
  g_array_append_vals (tokens, cmp->tokens[doc]->data, cmp->tokens[doc]->len);
  return tokens;
}

static guint
find_root (guint *parent, guint i)
{
  while (parent[i] != i)
    i = parent[i] = parent[parent[i]];
  return i;
}

/* Documents that republish one another, transitively, are one witness,
 * represented by the first listed. */
static void
group_witnesses (PxComparison *cmp)
{
  cmp->witness = g_new (guint, cmp->n);
  for (guint i = 0; i < cmp->n; i++)
    cmp->witness[i] = i;
  for (guint p = 0; p < cmp->reuse->len; p++)
    {
      const PxReusePair *pair = &g_array_index (cmp->reuse, PxReusePair, p);
      if (pair->ratio < cmp->rules->republication_ratio)
        continue;
      guint a = find_root (cmp->witness, pair->a), b = find_root (cmp->witness, pair->b);
      cmp->witness[MAX (a, b)] = MIN (a, b);
    }
  cmp->n_witnesses = 0;
  for (guint i = 0; i < cmp->n; i++)
    {
      cmp->witness[i] = find_root (cmp->witness, i);
      cmp->n_witnesses += cmp->witness[i] == i;
    }
}

void
px_compare_reuse (PxComparison *cmp)
{
  cmp->tokens = g_new0 (GArray *, cmp->n);
  for (guint i = 0; i < cmp->n; i++)
    {
      cmp->tokens[i] = g_array_new (FALSE, FALSE, sizeof (PxAlignToken));
      tokenize_body (cmp, cmp->docs[i], PX_ALIGN_BREAK, cmp->tokens[i]);
    }
  if (cmp->primary >= 0)
    cmp->source_tokens = tokenize_source (cmp, (guint) cmp->primary);
  cmp->reuse = px_align_reuse (cmp->rules, cmp->tokens, cmp->n, cmp->n_threads);
  group_witnesses (cmp);
}

const char *
px_compare_mention_id (const PxComparison *cmp, const PxDocument *doc, const PxMention *mention,
                       const char **name, PxEntityType *type)
{
  const PxExtraction *extraction = px_document_get_extraction (doc);
  const PxEntity *entity = px_entities_get_entity (px_extraction_get_entities (extraction),
                                                   mention->entity);
  const PxGazetteer *gaz = px_extraction_get_gazetteer (extraction);
  guint target = PX_NO_ENTITY;
  if (cmp->rollup && mention->metonymic && entity->gazetteer_entity != PX_NO_ENTITY)
    target = px_gazetteer_entity_metonym_of (gaz, entity->gazetteer_entity);
  if (target == PX_NO_ENTITY)
    {
      *name = entity->name;
      *type = entity->type;
      return entity->id;
    }
  *name = px_gazetteer_entity_field (gaz, target, "name");
  *type = px_gazetteer_entity_type (gaz, target);
  return px_gazetteer_entity_field (gaz, target, "id");
}

/* The parts in the order they run: each reads what the ones before
 * filled in (witnesses, entities, quotes...). */
static const struct {
  const char *name;
  void (*run) (PxComparison *cmp);
} parts[PX_COMPARE_N_PARTS] = {
  { "reuse", px_compare_reuse },
  { "entities", px_compare_entities },
  { "quotes", px_compare_quotes },
  { "claims", px_compare_claims },
  { "dates", px_compare_dates },
  { "facts", px_compare_facts },
  { "pairs", px_compare_pairs },
};

const char *
px_compare_part_name (guint part)
{
  g_return_val_if_fail (part < PX_COMPARE_N_PARTS, NULL);
  return parts[part].name;
}

PxComparison *
px_compare_timed (const PxCompareRules *rules, const PxClaimRules *claim_rules,
                  PxDocument *const *docs, guint n_docs, const PxCompareOptions *options,
                  double *part_ms)
{
  g_return_val_if_fail (options->primary < (int) n_docs, NULL);
  for (guint i = 0; i < n_docs; i++)
    g_return_val_if_fail (px_document_get_extraction (docs[i]) != NULL, NULL);

  PxComparison *cmp = g_new0 (PxComparison, 1);
  cmp->rules = rules;
  cmp->claim_rules = claim_rules;
  cmp->docs = docs;
  cmp->n = n_docs;
  cmp->primary = options->primary;
  cmp->rollup = options->rollup_metonyms;
  cmp->n_threads = options->n_threads ? options->n_threads : g_get_num_processors ();
  cmp->all_pairs = n_docs <= PX_COMPARE_ALL_PAIRS_MAX;

  for (guint p = 0; p < PX_COMPARE_N_PARTS; p++)
    {
      gint64 start = part_ms != NULL ? g_get_monotonic_time () : 0;
      parts[p].run (cmp);
      if (part_ms != NULL)
        part_ms[p] = (double) (g_get_monotonic_time () - start) / 1000.0;
    }
  return cmp;
}

PxComparison *
px_compare (const PxCompareRules *rules, const PxClaimRules *claim_rules,
            PxDocument *const *docs, guint n_docs, const PxCompareOptions *options)
{
  return px_compare_timed (rules, claim_rules, docs, n_docs, options, NULL);
}

static void
free_array_list (GArray **arrays, guint n)
{
  for (guint i = 0; arrays != NULL && i < n; i++)
    if (arrays[i] != NULL)
      g_array_unref (arrays[i]);
  g_free (arrays);
}

void
px_comparison_free (PxComparison *cmp)
{
  if (cmp == NULL)
    return;
  free_array_list (cmp->tokens, cmp->n);
  free_array_list (cmp->adds, cmp->n);
  free_array_list (cmp->omits, cmp->n);
  free_array_list (cmp->dates_added, cmp->n);
  free_array_list (cmp->dates_omitted, cmp->n);
  free_array_list (cmp->numbers_added, cmp->n);
  free_array_list (cmp->numbers_omitted, cmp->n);
  g_clear_pointer (&cmp->source_tokens, g_array_unref);
  g_free (cmp->witness);
  g_clear_pointer (&cmp->entities, g_array_unref);
  g_free (cmp->presence);
  g_clear_pointer (&cmp->quotes, g_array_unref);
  g_clear_pointer (&cmp->diffs, g_ptr_array_unref);
  g_clear_pointer (&cmp->echoes, g_array_unref);
  for (guint i = 0; cmp->claims != NULL && i < cmp->n; i++)
    px_claims_free (cmp->claims[i]);
  g_free (cmp->claims);
  g_clear_pointer (&cmp->aligned_claims, g_array_unref);
  g_clear_pointer (&cmp->carriages, g_ptr_array_unref);
  g_clear_pointer (&cmp->claim_matches, g_ptr_array_unref);
  g_free (cmp->periods);
  g_clear_pointer (&cmp->agreements, g_array_unref);
  for (guint i = 0; cmp->mismatches != NULL && i < cmp->mismatches->len; i++)
    g_free (g_array_index (cmp->mismatches, PxEventMismatch, i).reason);
  g_clear_pointer (&cmp->mismatches, g_array_unref);
  for (guint i = 0; cmp->reuse != NULL && i < cmp->reuse->len; i++)
    px_reuse_pair_clear (&g_array_index (cmp->reuse, PxReusePair, i));
  g_clear_pointer (&cmp->reuse, g_array_unref);
  g_clear_pointer (&cmp->pairs, g_array_unref);
  g_free (cmp);
}

/* ### Accessors */

guint
px_comparison_n_documents (const PxComparison *cmp)
{
  return cmp->n;
}

const PxDocument *
px_comparison_get_document (const PxComparison *cmp, guint doc)
{
  g_return_val_if_fail (doc < cmp->n, NULL);
  return cmp->docs[doc];
}

int
px_comparison_get_primary (const PxComparison *cmp)
{
  return cmp->primary;
}

guint
px_comparison_get_witness (const PxComparison *cmp, guint doc)
{
  g_return_val_if_fail (doc < cmp->n, 0);
  return cmp->witness[doc];
}

guint
px_comparison_n_witnesses (const PxComparison *cmp)
{
  return cmp->n_witnesses;
}

gboolean
px_comparison_rolls_up_metonyms (const PxComparison *cmp)
{
  return cmp->rollup;
}

gboolean
px_comparison_aligns_claims (const PxComparison *cmp)
{
  return cmp->claims_aligned;
}

guint
px_comparison_n_entities (const PxComparison *cmp)
{
  return cmp->entities->len;
}

const PxAlignedEntity *
px_comparison_get_entity (const PxComparison *cmp, guint i)
{
  g_return_val_if_fail (i < cmp->entities->len, NULL);
  return &g_array_index (cmp->entities, PxAlignedEntity, i);
}

const GArray *
px_comparison_get_adds (const PxComparison *cmp, guint doc)
{
  g_return_val_if_fail (doc < cmp->n, NULL);
  return cmp->adds[doc];
}

const GArray *
px_comparison_get_omits (const PxComparison *cmp, guint doc)
{
  g_return_val_if_fail (doc < cmp->n, NULL);
  return cmp->omits[doc];
}

guint
px_comparison_n_quotes (const PxComparison *cmp)
{
  return cmp->quotes->len;
}

const PxQuoteFidelity *
px_comparison_get_quote (const PxComparison *cmp, guint i)
{
  g_return_val_if_fail (i < cmp->quotes->len, NULL);
  return &g_array_index (cmp->quotes, PxQuoteFidelity, i);
}

guint
px_comparison_n_echoes (const PxComparison *cmp)
{
  return cmp->echoes->len;
}

const PxEcho *
px_comparison_get_echo (const PxComparison *cmp, guint i)
{
  g_return_val_if_fail (i < cmp->echoes->len, NULL);
  return &g_array_index (cmp->echoes, PxEcho, i);
}

guint
px_comparison_n_claims (const PxComparison *cmp)
{
  return cmp->aligned_claims->len;
}

const PxAlignedClaim *
px_comparison_get_claim (const PxComparison *cmp, guint i)
{
  g_return_val_if_fail (i < cmp->aligned_claims->len, NULL);
  return &g_array_index (cmp->aligned_claims, PxAlignedClaim, i);
}

const PxClaims *
px_comparison_get_claims (const PxComparison *cmp, guint doc)
{
  g_return_val_if_fail (doc < cmp->n, NULL);
  return cmp->claims[doc];
}

const PxPeriod *
px_comparison_get_period (const PxComparison *cmp, guint doc)
{
  g_return_val_if_fail (doc < cmp->n, NULL);
  return &cmp->periods[doc];
}

const PxPeriod *
px_comparison_get_reference_period (const PxComparison *cmp)
{
  return &cmp->reference_period;
}

guint
px_comparison_n_date_agreements (const PxComparison *cmp)
{
  return cmp->agreements->len;
}

const PxDateAgreement *
px_comparison_get_date_agreement (const PxComparison *cmp, guint i)
{
  g_return_val_if_fail (i < cmp->agreements->len, NULL);
  return &g_array_index (cmp->agreements, PxDateAgreement, i);
}

guint
px_comparison_n_mismatches (const PxComparison *cmp)
{
  return cmp->mismatches->len;
}

const PxEventMismatch *
px_comparison_get_mismatch (const PxComparison *cmp, guint i)
{
  g_return_val_if_fail (i < cmp->mismatches->len, NULL);
  return &g_array_index (cmp->mismatches, PxEventMismatch, i);
}

const PxEventMismatch *
px_comparison_find_mismatch (const PxComparison *cmp, guint doc)
{
  for (guint i = 0; i < cmp->mismatches->len; i++)
    if (g_array_index (cmp->mismatches, PxEventMismatch, i).doc == doc)
      return &g_array_index (cmp->mismatches, PxEventMismatch, i);
  return NULL;
}

guint
px_comparison_n_pairs (const PxComparison *cmp)
{
  return cmp->pairs->len;
}

const PxDocumentPair *
px_comparison_get_pair (const PxComparison *cmp, guint i)
{
  g_return_val_if_fail (i < cmp->pairs->len, NULL);
  return &g_array_index (cmp->pairs, PxDocumentPair, i);
}

const GArray *
px_comparison_get_added_dates (const PxComparison *cmp, guint doc)
{
  g_return_val_if_fail (doc < cmp->n, NULL);
  return cmp->dates_added[doc];
}

const GArray *
px_comparison_get_added_numbers (const PxComparison *cmp, guint doc)
{
  g_return_val_if_fail (doc < cmp->n, NULL);
  return cmp->numbers_added[doc];
}

const GArray *
px_comparison_get_omitted_dates (const PxComparison *cmp, guint doc)
{
  g_return_val_if_fail (doc < cmp->n, NULL);
  return cmp->dates_omitted[doc];
}

const GArray *
px_comparison_get_omitted_numbers (const PxComparison *cmp, guint doc)
{
  g_return_val_if_fail (doc < cmp->n, NULL);
  return cmp->numbers_omitted[doc];
}
