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

#include <stdlib.h>
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

/* ### Hashed parts
 *
 * Claims are compared many times each (every claim of one document with
 * every claim of another), so each part is hashed once, when the claim is
 * read.  Hashes sorted within a part and unique in it can be merged like
 * the strings themselves; equal hashes are confirmed by the strings, so
 * the count is exact.  A claim with two strings of one part on one hash
 * (not seen in practice) is compared by its strings. */

static guint64
hash_string (const char *s)
{
  /* FNV-1a, then a final mix so that short strings spread over all bits. */
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  for (; *s != '\0'; s++)
    h = (h ^ (guchar) *s) * G_GUINT64_CONSTANT (0x100000001b3);
  h ^= h >> 33;
  h *= G_GUINT64_CONSTANT (0xff51afd7ed558ccd);
  h ^= h >> 33;
  return h;
}

static int
compare_keys (gconstpointer a, gconstpointer b)
{
  const PxClaimKey *x = a, *y = b;
  return x->hash < y->hash ? -1 : x->hash > y->hash;
}

PxClaimKeys *
px_claim_keys_new (const PxClaim *claim)
{
  guint n = 0;
  for (guint part = 0; part < PX_CLAIM_N_PARTS; part++)
    n += part_of (claim, part)->len;
  PxClaimKeys *keys = g_malloc (sizeof (PxClaimKeys) + n * sizeof (PxClaimKey));
  keys->unique = TRUE;
  guint k = 0;
  for (guint part = 0; part < PX_CLAIM_N_PARTS; part++)
    {
      const GPtrArray *strings = part_of (claim, part);
      PxClaimKey *first = &keys->keys[k];
      for (guint i = 0; i < strings->len; i++, k++)
        keys->keys[k] = (PxClaimKey) { hash_string (strings->pdata[i]), strings->pdata[i] };
      qsort (first, strings->len, sizeof (PxClaimKey), compare_keys);
      for (guint i = 1; i < strings->len; i++)
        if (first[i - 1].hash == first[i].hash)
          keys->unique = FALSE;
      keys->end[part] = k;
    }
  return keys;
}

/* The strings in both parts, merged by hash. */
static guint
count_shared_keys (const PxClaimKey *a, guint na, const PxClaimKey *b, guint nb)
{
  guint shared = 0;
  for (guint i = 0, j = 0; i < na && j < nb;)
    {
      if (a[i].hash < b[j].hash)
        i++;
      else if (a[i].hash > b[j].hash)
        j++;
      else
        shared += strcmp (a[i++].string, b[j++].string) == 0;
    }
  return shared;
}

static double
similarity_of_strings (const PxClaimRules *rules, const PxClaim *a, const PxClaim *b)
{
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

static guint
part_size (const PxClaimKeys *keys, guint part)
{
  return keys->end[part] - (part > 0 ? keys->end[part - 1] : 0);
}

/* The same sums as similarity_of_strings(), in the same order, from each
 * part's count of shared strings. */
static double
similarity_of_counts (const PxClaimRules *rules, const PxClaimKeys *a, const PxClaimKeys *b,
                      const guint *shared)
{
  double sum = 0, weight = 0;
  for (guint part = 0; part < PX_CLAIM_N_PARTS; part++)
    {
      guint total = part_size (a, part) + part_size (b, part);
      if (total == 0)
        continue;
      sum += rules->weights[part] * 2.0 * shared[part] / total;
      weight += rules->weights[part];
    }
  return weight > 0 ? sum / weight : 0;
}

static double
similarity_of_keys (const PxClaimRules *rules, const PxClaimKeys *a, const PxClaimKeys *b)
{
  guint shared[PX_CLAIM_N_PARTS];
  for (guint part = 0; part < PX_CLAIM_N_PARTS; part++)
    {
      guint a_start = part > 0 ? a->end[part - 1] : 0, b_start = part > 0 ? b->end[part - 1] : 0;
      shared[part] = count_shared_keys (&a->keys[a_start], a->end[part] - a_start,
                                        &b->keys[b_start], b->end[part] - b_start);
    }
  return similarity_of_counts (rules, a, b, shared);
}

double
px_claim_similarity (const PxClaimRules *rules, const PxClaim *a, const PxClaim *b)
{
  g_return_val_if_fail (rules != NULL && a != NULL && b != NULL, 0);
  if (a->keys != NULL && b->keys != NULL && a->keys->unique && b->keys->unique)
    return similarity_of_keys (rules, a->keys, b->keys);
  return similarity_of_strings (rules, a, b);
}

/* ### Two documents' claims at once
 *
 * Most pairs of claims share no string, and those score 0, below any
 * partial threshold.  Merging the two documents' keys, sorted by (part,
 * hash), counts the shared strings of exactly the pairs that have some;
 * every other pair is known to score 0 without being looked at. */

static int
compare_document_keys (gconstpointer a, gconstpointer b)
{
  const PxClaimsKey *x = a, *y = b;
  if (x->part != y->part)
    return x->part < y->part ? -1 : 1;
  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return (x->claim > y->claim) - (x->claim < y->claim);
}

void
px_claims_index_keys (PxClaims *claims)
{
  guint n = 0;
  claims->unique = TRUE;
  for (guint c = 0; c < claims->claims->len; c++)
    {
      const PxClaimKeys *keys = g_array_index (claims->claims, PxClaim, c).keys;
      n += keys->end[PX_CLAIM_N_PARTS - 1];
      claims->unique = claims->unique && keys->unique;
    }
  claims->keys = g_new (PxClaimsKey, MAX (n, 1));
  claims->n_keys = n;
  guint k = 0;
  for (guint c = 0; c < claims->claims->len; c++)
    {
      const PxClaimKeys *keys = g_array_index (claims->claims, PxClaim, c).keys;
      for (guint part = 0, i = 0; part < PX_CLAIM_N_PARTS; part++)
        for (; i < keys->end[part]; i++)
          claims->keys[k++] = (PxClaimsKey) { keys->keys[i].hash, keys->keys[i].string, c, part };
    }
  qsort (claims->keys, n, sizeof (PxClaimsKey), compare_document_keys);
}

/* The similarity of every claim of @a with every claim of @b. */
typedef struct {
  const PxClaimRules *rules;
  const PxClaims *a, *b;
  guint na, nb;
  guint *shared;            /* (owned) na x nb x PX_CLAIM_N_PARTS, or NULL: compare pairs */
  guint8 *any;              /* (owned) na x nb: whether the pair shares a string */
} Scores;

/* The order of two keys' groups: (part, hash). */
static int
group_order (const PxClaimsKey *x, const PxClaimsKey *y)
{
  if (x->part != y->part)
    return x->part < y->part ? -1 : 1;
  return x->hash < y->hash ? -1 : x->hash > y->hash;
}

static gboolean
same_group (const PxClaimsKey *x, const PxClaimsKey *y)
{
  return group_order (x, y) == 0;
}

/* Counts, for each pair of claims, the strings they share in each part. */
static void
count_all_shared (Scores *sc)
{
  const PxClaimsKey *x = sc->a->keys, *y = sc->b->keys;
  guint nx = sc->a->n_keys, ny = sc->b->n_keys;
  for (guint i = 0, j = 0; i < nx && j < ny;)
    {
      int order = group_order (&x[i], &y[j]);
      if (order != 0)
        {
          i += order < 0;
          j += order > 0;
          continue;
        }
      guint i_end = i + 1, j_end = j + 1;
      while (i_end < nx && same_group (&x[i_end], &x[i]))
        i_end++;
      while (j_end < ny && same_group (&y[j_end], &y[j]))
        j_end++;
      for (guint p = i; p < i_end; p++)
        for (guint q = j; q < j_end; q++)
          if (strcmp (x[p].string, y[q].string) == 0)
            {
              gsize cell = (gsize) x[p].claim * sc->nb + y[q].claim;
              sc->shared[cell * PX_CLAIM_N_PARTS + x[p].part]++;
              sc->any[cell] = TRUE;
            }
      i = i_end;
      j = j_end;
    }
}

static void
scores_init (Scores *sc, const PxClaimRules *rules, const PxClaims *a, const PxClaims *b)
{
  *sc = (Scores) { rules, a, b, px_claims_n (a), px_claims_n (b), NULL, NULL };
  /* A hash shared by two strings of one claim's part (never seen) would
   * make counts by hash wrong: such documents compare claim by claim. */
  if (!a->unique || !b->unique)
    return;
  gsize cells = (gsize) sc->na * sc->nb;
  sc->shared = g_new0 (guint, MAX (cells, 1) * PX_CLAIM_N_PARTS);
  sc->any = g_new0 (guint8, MAX (cells, 1));
  count_all_shared (sc);
}

static void
scores_clear (Scores *sc)
{
  g_clear_pointer (&sc->shared, g_free);
  g_clear_pointer (&sc->any, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Scores, scores_clear)

/* px_claim_similarity() of claim @i of a and claim @j of b; 0 for a pair
 * that shares nothing, which is what the full sum gives. */
static double
score_of (const Scores *sc, guint i, guint j)
{
  const PxClaim *x = px_claims_get (sc->a, i), *y = px_claims_get (sc->b, j);
  if (sc->shared == NULL)
    return px_claim_similarity (sc->rules, x, y);
  gsize cell = (gsize) i * sc->nb + j;
  if (!sc->any[cell])
    return 0;
  return similarity_of_counts (sc->rules, x->keys, y->keys,
                               &sc->shared[cell * PX_CLAIM_N_PARTS]);
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
align_one (const Scores *sc, guint i)
{
  const PxClaimRules *rules = sc->rules;
  const PxClaims *a = sc->a, *b = sc->b;
  const PxClaim *here = px_claims_get (a, i);
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  for (guint j = 0; j < px_claims_n (b); j++)
    {
      Candidate c = { j, score_of (sc, i, j) };
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
  g_auto(Scores) sc;
  scores_init (&sc, rules, a, b);
  GPtrArray *out = g_ptr_array_new_full (px_claims_n (a), (GDestroyNotify) match_free);
  for (guint i = 0; i < px_claims_n (a); i++)
    g_ptr_array_add (out, align_one (&sc, i));
  return out;
}

void
px_claims_count_carried (const PxClaimRules *rules, const PxClaims *a, const PxClaims *b,
                         guint *a_carried, guint *b_carried)
{
  g_return_if_fail (rules != NULL && a != NULL && b != NULL);
  guint na = px_claims_n (a), nb = px_claims_n (b);
  g_auto(Scores) sc;
  scores_init (&sc, rules, a, b);
  g_autofree gboolean *b_hit = g_new0 (gboolean, MAX (nb, 1));
  *a_carried = *b_carried = 0;
  /* Similarity is symmetric, so one pass over the pairs answers both
   * ways; a pair is scored only while one of its claims is not yet
   * known to be carried. */
  for (guint i = 0; i < na; i++)
    {
      gboolean a_hit = FALSE;
      for (guint j = 0; j < nb; j++)
        {
          if (a_hit && b_hit[j])
            continue;
          if (score_of (&sc, i, j) < rules->partial)
            continue;
          *a_carried += !a_hit;
          *b_carried += !b_hit[j];
          a_hit = b_hit[j] = TRUE;
        }
    }
}
