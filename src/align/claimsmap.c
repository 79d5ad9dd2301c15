/* claimsmap.c: the reference's claims, and how each document carries
 * them (src/claims does the matching). */
#include "config.h"

#include "align/comparison.h"

/* Whether a quote of @doc, found in @source_doc, is taken from @span. */
static gboolean
quoted_from (const PxComparison *cmp, guint doc, guint source_doc, PxSpan span)
{
  for (guint i = 0; i < cmp->quotes->len; i++)
    {
      const PxQuoteFidelity *q = &g_array_index (cmp->quotes, PxQuoteFidelity, i);
      if (q->doc == doc && q->source_doc == (int) source_doc && q->source.start < span.end
          && q->source.end > span.start)
        return TRUE;
    }
  return FALSE;
}

static gboolean
has_specific_date (const GPtrArray *dates, const GArray *indices)
{
  for (guint i = 0; i < indices->len; i++)
    if (px_compare_date_is_specific (g_ptr_array_index (dates, g_array_index (indices, guint, i))))
      return TRUE;
  return FALSE;
}

/* Two documents that carry one claim date it differently: each gives a
 * precise date and none of one's overlaps any of the other's. */
static gboolean
dates_conflict (const PxComparison *cmp, guint ref, const PxClaim *a, guint doc,
                const PxClaim *b)
{
  const GPtrArray *da = px_extraction_get_dates (px_document_get_extraction (cmp->docs[ref]));
  const GPtrArray *db = px_extraction_get_dates (px_document_get_extraction (cmp->docs[doc]));
  if (!has_specific_date (da, a->dates) || !has_specific_date (db, b->dates))
    return FALSE;
  for (guint i = 0; i < a->dates->len; i++)
    for (guint j = 0; j < b->dates->len; j++)
      if (px_compare_dates_agree (g_ptr_array_index (da, g_array_index (a->dates, guint, i)),
                                  g_ptr_array_index (db, g_array_index (b->dates, guint, j))))
        return FALSE;
  return TRUE;
}

static PxClaimCarriage
carriage_of (const PxComparison *cmp, const PxClaimMatch *match, guint doc, guint ref,
             PxSpan span)
{
  PxClaimCarriage carriage = {
    .verdict = match->verdict, .score = match->score, .claim = -1,
    .only_reference = match->only_here, .only_here = match->only_there,
  };
  if (match->matches != NULL && match->matches->len > 0)
    carriage.claim = (int) g_array_index (match->matches, guint, 0);
  carriage.quoted = quoted_from (cmp, doc, ref, span);
  if (carriage.claim >= 0)
    carriage.date_conflict =
      dates_conflict (cmp, ref, px_claims_get (cmp->claims[ref], match->claim), doc,
                      px_claims_get (cmp->claims[doc], (guint) carriage.claim));
  return carriage;
}

/* The claims of @ref, each with how every document carries it. */
static void
align_reference (PxComparison *cmp, guint ref)
{
  guint n_claims = px_claims_n (cmp->claims[ref]);
  GPtrArray **matches = g_new0 (GPtrArray *, cmp->n);
  for (guint d = 0; d < cmp->n; d++)
    if (d != ref)
      {
        matches[d] = px_claims_align (cmp->claim_rules, cmp->claims[ref], cmp->claims[d]);
        g_ptr_array_add (cmp->claim_matches, matches[d]);
      }
  for (guint c = 0; c < n_claims; c++)
    {
      PxClaimCarriage *carriage = g_new0 (PxClaimCarriage, cmp->n);
      g_ptr_array_add (cmp->carriages, carriage);
      PxSpan span = px_claims_get (cmp->claims[ref], c)->span;
      for (guint d = 0; d < cmp->n; d++)
        if (d == ref)
          carriage[d] = (PxClaimCarriage) { .verdict = PX_CLAIM_AGREE, .score = 1,
                                            .claim = (int) c };
        else
          carriage[d] = carriage_of (cmp, g_ptr_array_index (matches[d], c), d, ref, span);
      PxAlignedClaim aligned = { ref, c, carriage };
      g_array_append_val (cmp->aligned_claims, aligned);
    }
  g_free (matches);
}

void
px_compare_claims (PxComparison *cmp)
{
  cmp->claims = g_new0 (PxClaims *, cmp->n);
  for (guint d = 0; d < cmp->n; d++)
    cmp->claims[d] = px_claims_extract (cmp->claim_rules, cmp->docs[d]);
  cmp->aligned_claims = g_array_new (FALSE, FALSE, sizeof (PxAlignedClaim));
  cmp->carriages = g_ptr_array_new_with_free_func (g_free);
  cmp->claim_matches = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  cmp->claims_aligned = cmp->primary >= 0 || cmp->all_pairs;
  if (cmp->primary >= 0)
    {
      align_reference (cmp, (guint) cmp->primary);
      return;
    }
  /* Every witness's claims against every document: memory and time grow
   * with the square of the documents (8 GiB at 1,000). */
  if (!cmp->claims_aligned)
    return;
  for (guint d = 0; d < cmp->n; d++)
    if (cmp->witness[d] == d)
      align_reference (cmp, d);
}
