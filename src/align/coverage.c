/* coverage.c: entities by identity across the documents, and what each
 * document adds to or omits from the reference (the primary, or the
 * consensus of the independent witnesses). */
#include "config.h"

#include <string.h>

#include "align/comparison.h"

typedef struct {
  GHashTable *index;            /* id -> entity index + 1 */
  GArray *entities;             /* (element-type PxAlignedEntity) */
  GArray *presence;             /* (element-type PxPresence) n per entity */
  GArray *in_quote;             /* (element-type gboolean) n per entity */
} Table;

static guint
entity_slot (const PxComparison *cmp, Table *table, const char *id, const char *name,
             PxEntityType type)
{
  guint slot = GPOINTER_TO_UINT (g_hash_table_lookup (table->index, id));
  if (slot > 0)
    return slot - 1;
  PxAlignedEntity entity = { .id = id, .canonical = name, .type = type };
  g_array_append_val (table->entities, entity);
  g_array_set_size (table->presence, table->presence->len + cmp->n);
  g_array_set_size (table->in_quote, table->in_quote->len + cmp->n);
  g_hash_table_insert (table->index, (gpointer) id, GUINT_TO_POINTER (table->entities->len));
  return table->entities->len - 1;
}

static gboolean
inside_a_quote (const GPtrArray *quotes, PxSpan span)
{
  for (guint q = 0; q < quotes->len; q++)
    {
      const PxQuote *quote = g_ptr_array_index (quotes, q);
      if (span.start >= quote->span.start && span.end <= quote->span.end)
        return TRUE;
    }
  return FALSE;
}

static void
count_mentions (const PxComparison *cmp, Table *table, guint d)
{
  const PxExtraction *extraction = px_document_get_extraction (cmp->docs[d]);
  const PxEntities *entities = px_extraction_get_entities (extraction);
  const GPtrArray *quotes = px_extraction_get_quotes (extraction);
  for (guint m = 0; m < px_entities_n_mentions (entities); m++)
    {
      const PxMention *mention = px_entities_get_mention (entities, m);
      const char *name;
      PxEntityType type;
      const char *id = px_compare_mention_id (cmp, cmp->docs[d], mention, &name, &type);
      guint e = entity_slot (cmp, table, id, name, type);
      PxPresence *p = &g_array_index (table->presence, PxPresence, e * cmp->n + d);
      if (p->count++ == 0)
        p->first = mention->span;
      if (inside_a_quote (quotes, mention->span))
        g_array_index (table->in_quote, gboolean, e * cmp->n + d) = TRUE;
    }
}

/* How much an entity matters to one document: how often it is named, how
 * early, whether inside a quote, by its type's weight (rules/compare.yaml). */
static double
document_salience (const PxCompareRules *rules, const PxDocument *doc, PxEntityType type,
                   const PxPresence *p, gboolean quoted)
{
  if (p->count == 0)
    return 0;
  PxSpan body = px_cleaned_get_body (px_document_get_cleaned (doc));
  double length = MAX (1.0, (double) (body.end - body.start));
  double at = p->first.start > body.start ? (double) (p->first.start - body.start) : 0;
  double earliness = 1.0 - MIN (1.0, at / length);
  return rules->type_weight[type] * (rules->salience_mention * p->count
                                     + rules->salience_position * earliness
                                     + (quoted ? rules->salience_quote : 0));
}

static void
weigh (const PxComparison *cmp, Table *table)
{
  for (guint e = 0; e < table->entities->len; e++)
    {
      PxAlignedEntity *entity = &g_array_index (table->entities, PxAlignedEntity, e);
      for (guint d = 0; d < cmp->n; d++)
        {
          PxPresence *p = &g_array_index (table->presence, PxPresence, e * cmp->n + d);
          p->salience = document_salience (cmp->rules, cmp->docs[d], entity->type, p,
                                           g_array_index (table->in_quote, gboolean,
                                                          e * cmp->n + d));
          entity->salience += p->salience;
        }
    }
}

/* In the primary; without one, carried by more than the rules' share of
 * the independent witnesses. */
static gboolean
in_reference (const PxComparison *cmp, const PxPresence *presence)
{
  if (cmp->primary >= 0)
    return presence[cmp->primary].count > 0;
  g_autofree gboolean *counted = g_new0 (gboolean, cmp->n);
  guint carried = 0;
  for (guint d = 0; d < cmp->n; d++)
    if (presence[d].count > 0 && !counted[cmp->witness[d]])
      {
        counted[cmp->witness[d]] = TRUE;
        carried++;
      }
  return carried > cmp->rules->consensus_share * cmp->n_witnesses;
}

static gint
by_salience (gconstpointer a, gconstpointer b)
{
  const PxAlignedEntity *x = a, *y = b;
  if (x->salience != y->salience)
    return x->salience < y->salience ? 1 : -1;
  return strcmp (x->id, y->id);
}

/* Sorts the entities by salience and lays the presence out in that order. */
static void
finish_table (PxComparison *cmp, Table *table)
{
  guint n_entities = table->entities->len;
  for (guint e = 0; e < n_entities; e++)
    {
      /* Stash each entity's old index where its presence is until sorted. */
      PxAlignedEntity *entity = &g_array_index (table->entities, PxAlignedEntity, e);
      entity->presence = GUINT_TO_POINTER (e);
    }
  g_array_sort (table->entities, by_salience);
  cmp->presence = g_new0 (PxPresence, MAX (1, n_entities * cmp->n));
  for (guint e = 0; e < n_entities; e++)
    {
      PxAlignedEntity *entity = &g_array_index (table->entities, PxAlignedEntity, e);
      guint old = GPOINTER_TO_UINT (entity->presence);
      memcpy (&cmp->presence[e * cmp->n],
              &g_array_index (table->presence, PxPresence, old * cmp->n),
              cmp->n * sizeof (PxPresence));
      entity->presence = &cmp->presence[e * cmp->n];
      entity->reference = in_reference (cmp, entity->presence);
    }
  cmp->entities = g_steal_pointer (&table->entities);
}

typedef struct {
  const PxComparison *cmp;
  guint doc;
} RankBy;

/* Most salient in @doc first (for omits: in the reference document, or
 * overall), then by id so that the order is stable. */
static gint
by_salience_in (gconstpointer a, gconstpointer b, gpointer data)
{
  const RankBy *rank = data;
  const PxAlignedEntity *x = px_comparison_get_entity (rank->cmp, *(const guint *) a);
  const PxAlignedEntity *y = px_comparison_get_entity (rank->cmp, *(const guint *) b);
  double sx = rank->doc < rank->cmp->n ? x->presence[rank->doc].salience : x->salience;
  double sy = rank->doc < rank->cmp->n ? y->presence[rank->doc].salience : y->salience;
  if (sx != sy)
    return sx < sy ? 1 : -1;
  return strcmp (x->id, y->id);
}

static void
list_differences (PxComparison *cmp)
{
  cmp->adds = g_new0 (GArray *, cmp->n);
  cmp->omits = g_new0 (GArray *, cmp->n);
  for (guint d = 0; d < cmp->n; d++)
    {
      cmp->adds[d] = g_array_new (FALSE, FALSE, sizeof (guint));
      cmp->omits[d] = g_array_new (FALSE, FALSE, sizeof (guint));
      if ((int) d == cmp->primary)
        continue;
      for (guint e = 0; e < cmp->entities->len; e++)
        {
          const PxAlignedEntity *entity = px_comparison_get_entity (cmp, e);
          gboolean here = entity->presence[d].count > 0;
          if (here && !entity->reference)
            g_array_append_val (cmp->adds[d], e);
          else if (!here && entity->reference)
            g_array_append_val (cmp->omits[d], e);
        }
      RankBy in_doc = { cmp, d };
      RankBy in_reference = { cmp, cmp->primary >= 0 ? (guint) cmp->primary : G_MAXUINT };
      g_array_sort_with_data (cmp->adds[d], by_salience_in, &in_doc);
      g_array_sort_with_data (cmp->omits[d], by_salience_in, &in_reference);
    }
}

void
px_compare_entities (PxComparison *cmp)
{
  Table table = {
    g_hash_table_new (g_str_hash, g_str_equal),
    g_array_new (FALSE, FALSE, sizeof (PxAlignedEntity)),
    g_array_new (FALSE, TRUE, sizeof (PxPresence)),
    g_array_new (FALSE, TRUE, sizeof (gboolean)),
  };
  for (guint d = 0; d < cmp->n; d++)
    count_mentions (cmp, &table, d);
  weigh (cmp, &table);
  finish_table (cmp, &table);
  list_differences (cmp);
  g_hash_table_unref (table.index);
  g_array_unref (table.presence);
  g_array_unref (table.in_quote);
}
