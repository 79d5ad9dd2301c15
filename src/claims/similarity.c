/* similarity.c: how alike two claims are, and the alignment of two
 * documents' claims (docs/claims.md).
 *
 * Each part of a claim (terms, entities, numbers, dates) is a sorted set
 * of strings, so the overlap of two parts is one merge.  A part scores its
 * Dice coefficient, 2|A∩B| / (|A| + |B|), and the similarity is the mean
 * of the parts' scores weighted by the rules, over the parts at least one
 * claim has: a sentence without a number is not less like another without
 * a number.  Everything is symmetric in the two claims, and the alignment
 * breaks ties by index, so its output is the same on every run.
 */
#include "config.h"

#include <string.h>

#include "claims/claims-private.h"

const char *
px_claim_verdict_name (PxClaimVerdict verdict)
{
  switch (verdict)
    {
    case PX_CLAIM_AGREE:
      return "agree";
    case PX_CLAIM_PARTIAL:
      return "partial";
    case PX_CLAIM_ABSENT:
      return "absent";
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The strings in both sorted arrays. */
static guint
count_shared (const GPtrArray *a, const GPtrArray *b)
{
  guint shared = 0;
  for (guint i = 0, j = 0; i < a->len && j < b->len;)
    {
      int order = strcmp (a->pdata[i], b->pdata[j]);
      shared += order == 0;
      i += order <= 0;
      j += order >= 0;
    }
  return shared;
}

static const GPtrArray *
part_of (const PxClaim *claim, PxClaimPart part)
{
  switch (part)
    {
    case PX_CLAIM_PART_TERMS:
      return claim->terms;
    case PX_CLAIM_PART_ENTITIES:
      return claim->entities;
    case PX_CLAIM_PART_NUMBERS:
      return claim->number_keys;
    case PX_CLAIM_PART_DATES:
      return claim->date_keys;
    default:
      g_assert_not_reached ();
    }
}

double
px_claim_similarity (const PxClaimRules *rules, const PxClaim *a, const PxClaim *b)
{
  g_return_val_if_fail (rules != NULL && a != NULL && b != NULL, 0);
  double sum = 0, weight = 0;
  for (guint part = 0; part < PX_CLAIM_N_PARTS; part++)
    {
      const GPtrArray *x = part_of (a, part), *y = part_of (b, part);
      guint total = x->len + y->len;
      if (total == 0)
        continue;
      sum += rules->weights[part] * 2.0 * count_shared (x, y) / total;
      weight += rules->weights[part];
    }
  return weight > 0 ? sum / weight : 0;
}

/* ### Alignment */

typedef struct {
  guint claim;
  double score;
} Candidate;

/* Best first; among equals, the earlier claim. */
static int
compare_candidates (gconstpointer a, gconstpointer b)
{
  const Candidate *x = a, *y = b;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->claim < y->claim ? -1 : x->claim > y->claim;
}

static void
match_free (PxClaimMatch *match)
{
  g_array_unref (match->matches);
  g_ptr_array_unref (match->only_here);
  g_ptr_array_unref (match->only_there);
  g_free (match);
}

/* Appends the strings of sorted @a that sorted @b lacks. */
static void
append_missing (GPtrArray *out, const GPtrArray *a, const GPtrArray *b)
{
  for (guint i = 0, j = 0; i < a->len; i++)
    {
      while (j < b->len && strcmp (b->pdata[j], a->pdata[i]) < 0)
        j++;
      if (j == b->len || strcmp (b->pdata[j], a->pdata[i]) != 0)
        g_ptr_array_add (out, g_strdup (a->pdata[i]));
    }
}

/* What an analyst needs to see why two claims are not the same: the
 * terms, then the entities, each side has alone. */
static void
fill_differences (PxClaimMatch *match, const PxClaim *here, const PxClaim *there)
{
  append_missing (match->only_here, here->terms, there->terms);
  append_missing (match->only_here, here->entities, there->entities);
  append_missing (match->only_there, there->terms, here->terms);
  append_missing (match->only_there, there->entities, here->entities);
}

static PxClaimVerdict
verdict_of (const PxClaimRules *rules, double score)
{
  if (score >= rules->agree)
    return PX_CLAIM_AGREE;
  return score >= rules->partial ? PX_CLAIM_PARTIAL : PX_CLAIM_ABSENT;
}

static PxClaimMatch *
align_one (const PxClaimRules *rules, const PxClaims *a, guint i, const PxClaims *b)
{
  const PxClaim *here = px_claims_get (a, i);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint j = 0; j < px_claims_n (b); j++)
    {
      Candidate c = { j, px_claim_similarity (rules, here, px_claims_get (b, j)) };
      if (c.score >= rules->partial)
        g_array_append_val (candidates, c);
    }
  g_array_sort (candidates, compare_candidates);

  PxClaimMatch *match = g_new0 (PxClaimMatch, 1);
  match->claim = i;
  match->verdict = PX_CLAIM_ABSENT;
  match->matches = g_array_sized_new (FALSE, FALSE, sizeof (guint), candidates->len);
  match->only_here = g_ptr_array_new_with_free_func (g_free);
  match->only_there = g_ptr_array_new_with_free_func (g_free);
  for (guint k = 0; k < candidates->len; k++)
    g_array_append_val (match->matches, g_array_index (candidates, Candidate, k).claim);
  if (candidates->len > 0)
    {
      const Candidate *best = &g_array_index (candidates, Candidate, 0);
      match->score = best->score;
      match->verdict = verdict_of (rules, best->score);
      fill_differences (match, here, px_claims_get (b, best->claim));
    }
  return match;
}

GPtrArray *
px_claims_align (const PxClaimRules *rules, const PxClaims *a, const PxClaims *b)
{
  g_return_val_if_fail (rules != NULL && a != NULL && b != NULL, NULL);
  GPtrArray *out = g_ptr_array_new_full (px_claims_n (a), (GDestroyNotify) match_free);
  for (guint i = 0; i < px_claims_n (a); i++)
    g_ptr_array_add (out, align_one (rules, a, i, b));
  return out;
}
