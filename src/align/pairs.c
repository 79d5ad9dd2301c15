/* pairs.c: how alike every two documents are: shared text, shared
 * entities, shared claims. */
#include "config.h"

#include <string.h>

#include "align/comparison.h"

/* Each document's set of entity ids, from the entities' presences. */
static GHashTable **
entity_sets (const PxComparison *cmp)
{
  GHashTable **sets = g_new0 (GHashTable *, cmp->n);
  for (guint d = 0; d < cmp->n; d++)
    sets[d] = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint e = 0; e < cmp->entities->len; e++)
    {
      const PxAlignedEntity *entity = &g_array_index (cmp->entities, PxAlignedEntity, e);
      for (guint i = 0; i < entity->n_present; i++)
        g_hash_table_add (sets[entity->present[i].doc], (gpointer) entity->id);
    }
  return sets;
}

static double
jaccard (GHashTable *a, GHashTable *b)
{
  guint common = 0;
  GHashTableIter iter;
  gpointer key;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    common += g_hash_table_contains (b, key);
  guint all = g_hash_table_size (a) + g_hash_table_size (b) - common;
  return all ? (double) common / all : 0;
}

/* Share of both documents' claims that the other carries: only counts,
 * so the alignments themselves are not built. */
static double
claim_overlap (const PxComparison *cmp, guint a, guint b)
{
  guint na = px_claims_n (cmp->claims[a]), nb = px_claims_n (cmp->claims[b]);
  if (na + nb == 0)
    return 0;
  guint a_carried, b_carried;
  px_claims_count_carried (cmp->claim_rules, cmp->claims[a], cmp->claims[b], &a_carried,
                           &b_carried);
  return (double) (a_carried + b_carried) / (na + nb);
}

static void
add_pair (PxComparison *cmp, guint a, guint b, const PxReusePair *reuse, GHashTable **sets)
{
  PxDocumentPair pair = { .a = a, .b = b, .claim_overlap = -1 };
  if (reuse != NULL)
    {
      pair.reuse = reuse->ratio;
      pair.reuse_a = reuse->ratio_a;
      pair.reuse_b = reuse->ratio_b;
      pair.passages = (const GArray *) reuse->passages;
      pair.republication = reuse->ratio >= cmp->rules->republication_ratio;
    }
  pair.entity_jaccard = jaccard (sets[a], sets[b]);
  if (cmp->all_pairs)
    pair.claim_overlap = claim_overlap (cmp, a, b);
  g_array_append_val (cmp->pairs, pair);
}

void
px_compare_pairs (PxComparison *cmp)
{
  cmp->pairs = g_array_new (FALSE, FALSE, sizeof (PxDocumentPair));
  GHashTable **sets = entity_sets (cmp);
  /* Reuse pairs come sorted by (a, b): walk them beside every pair. */
  guint r = 0;
  for (guint a = 0; a < cmp->n; a++)
    for (guint b = a + 1; b < cmp->n; b++)
      {
        const PxReusePair *reuse = NULL;
        if (r < cmp->reuse->len)
          {
            const PxReusePair *next = &g_array_index (cmp->reuse, PxReusePair, r);
            if (next->a == a && next->b == b)
              {
                reuse = next;
                r++;
              }
          }
        if (cmp->all_pairs || reuse != NULL)
          add_pair (cmp, a, b, reuse, sets);
      }
  for (guint d = 0; d < cmp->n; d++)
    g_hash_table_unref (sets[d]);
  g_free (sets);
}
