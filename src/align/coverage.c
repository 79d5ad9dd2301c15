/* coverage.c: entities by identity across the documents, and what each
 * document adds to or omits from the reference (the primary, or the
 * consensus of the independent witnesses). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "align/comparison.h"

/* While the table is built: one cell per document that names an entity,
 * appended document by document, so a comparison of many documents
 * holds the mentions it has, not a cell for every entity in every
 * document. */
typedef struct {
  guint entity;
  gboolean quoted;              /* a mention inside a quote */
  PxPresence presence;
} Cell;

typedef struct {
  GHashTable *index;            /* id -> entity index + 1 */
  GArray *entities;             /* (element-type PxAlignedEntity) */
  GArray *cells;                /* (element-type Cell) by document */
  GArray *last_cell;            /* (element-type guint) per entity: its newest cell + 1 */
} Table;

static guint
entity_slot (Table *table, const char *id, const char *name, PxEntityType type)
{
  guint slot = GPOINTER_TO_UINT (g_hash_table_lookup (table->index, id));
  if (slot > 0)
    return slot - 1;
  PxAlignedEntity entity = { .id = id, .canonical = name, .type = type };
  g_array_append_val (table->entities, entity);
  g_array_set_size (table->last_cell, table->entities->len);
  g_hash_table_insert (table->index, (gpointer) id, GUINT_TO_POINTER (table->entities->len));
  return table->entities->len - 1;
}

/* The cell of entity @e in document @d, made on its first mention there. */
static Cell *
cell_of (Table *table, guint e, guint d)
{
  guint *last = &g_array_index (table->last_cell, guint, e);
  if (*last > 0)
    {
      Cell *cell = &g_array_index (table->cells, Cell, *last - 1);
      if (cell->presence.doc == d)
        return cell;
    }
  Cell cell = { .entity = e, .presence = { .doc = d } };
  g_array_append_val (table->cells, cell);
  *last = table->cells->len;
  return &g_array_index (table->cells, Cell, table->cells->len - 1);
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
count_mention (const PxComparison *cmp, Table *table, guint d, const GPtrArray *quotes,
               const PxMention *mention)
{
  const char *name;
  PxEntityType type;
  const char *id = px_compare_mention_id (cmp, cmp->docs[d], mention, &name, &type);
  Cell *cell = cell_of (table, entity_slot (table, id, name, type), d);
  if (cell->presence.count++ == 0 || mention->span.start < cell->presence.first.start)
    cell->presence.first = mention->span;
  if (inside_a_quote (quotes, mention->span))
    cell->quoted = TRUE;
}

/* A name inside another counts: a report of the "University of
 * Sheffield" names Sheffield too. */
static void
count_mentions (const PxComparison *cmp, Table *table, guint d)
{
  const PxExtraction *extraction = px_document_get_extraction (cmp->docs[d]);
  const PxEntities *entities = px_extraction_get_entities (extraction);
  const GPtrArray *quotes = px_extraction_get_quotes (extraction);
  for (guint m = 0; m < px_entities_n_mentions (entities); m++)
    count_mention (cmp, table, d, quotes, px_entities_get_mention (entities, m));
  for (guint m = 0; m < px_entities_n_nested (entities); m++)
    count_mention (cmp, table, d, quotes, px_entities_get_nested (entities, m));
}

/* How much an entity matters to one document: how often it is named, how
 * early, whether inside a quote, by its type's weight (rules/compare.yaml). */
static double
document_salience (const PxCompareRules *rules, const PxDocument *doc, PxEntityType type,
                   const PxPresence *p, gboolean quoted)
{
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
  for (guint c = 0; c < table->cells->len; c++)
    {
      Cell *cell = &g_array_index (table->cells, Cell, c);
      PxAlignedEntity *entity = &g_array_index (table->entities, PxAlignedEntity, cell->entity);
      PxPresence *p = &cell->presence;
      p->salience = document_salience (cmp->rules, cmp->docs[p->doc], entity->type, p,
                                       cell->quoted);
      entity->salience += p->salience;
    }
}

static gint
by_value (gconstpointer a, gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;
  return x < y ? -1 : x > y;
}

/* In the primary; without one, carried by more than the rules' share of
 * the independent witnesses. */
static gboolean
in_reference (const PxComparison *cmp, const PxAlignedEntity *entity)
{
  if (cmp->primary >= 0)
    return px_aligned_entity_in (entity, cmp->primary) != NULL;
  g_autofree guint *witnesses = g_new (guint, MAX (1, entity->n_present));
  for (guint i = 0; i < entity->n_present; i++)
    witnesses[i] = cmp->witness[entity->present[i].doc];
  qsort (witnesses, entity->n_present, sizeof (guint), by_value);
  guint carried = 0;
  for (guint i = 0; i < entity->n_present; i++)
    carried += i == 0 || witnesses[i] != witnesses[i - 1];
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

static gint
by_salience_of (gconstpointer a, gconstpointer b, gpointer entities)
{
  return by_salience (&g_array_index ((GArray *) entities, PxAlignedEntity, *(const guint *) a),
                      &g_array_index ((GArray *) entities, PxAlignedEntity, *(const guint *) b));
}

/* Sorts the entities by salience and lays their presences out in that
 * order, each entity's by document: the cells were made document by
 * document, so placing them in their order keeps that. */
static void
finish_table (PxComparison *cmp, Table *table)
{
  guint n_entities = table->entities->len;
  g_autoptr(GArray) sorted = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_entities);
  for (guint e = 0; e < n_entities; e++)
    g_array_append_val (sorted, e);
  g_array_sort_with_data (sorted, by_salience_of, table->entities);
  const guint *order = (const guint *) sorted->data;
  /* Each entity's presences (by its index before the sort), and where
   * they start once laid out in the sorted order. */
  g_autofree guint *count = g_new0 (guint, MAX (1, n_entities));
  for (guint c = 0; c < table->cells->len; c++)
    count[g_array_index (table->cells, Cell, c).entity]++;
  g_autofree guint *at = g_new (guint, MAX (1, n_entities));
  for (guint e = 0, next = 0; e < n_entities; e++)
    {
      at[order[e]] = next;
      next += count[order[e]];
    }
  cmp->presence = g_new (PxPresence, MAX (1, table->cells->len));
  for (guint c = 0; c < table->cells->len; c++)
    {
      const Cell *cell = &g_array_index (table->cells, Cell, c);
      cmp->presence[at[cell->entity]++] = cell->presence;
    }
  cmp->entities = g_array_sized_new (FALSE, FALSE, sizeof (PxAlignedEntity), n_entities);
  for (guint e = 0; e < n_entities; e++)
    {
      PxAlignedEntity entity = g_array_index (table->entities, PxAlignedEntity, order[e]);
      entity.n_present = count[order[e]];
      entity.present = &cmp->presence[at[order[e]] - entity.n_present];
      entity.reference = in_reference (cmp, &entity);
      g_array_append_val (cmp->entities, entity);
    }
}

typedef struct {
  const PxComparison *cmp;
  guint doc;
} RankBy;

static double
salience_in (const PxAlignedEntity *entity, guint doc)
{
  const PxPresence *p = px_aligned_entity_in (entity, doc);
  return p != NULL ? p->salience : 0;
}

/* Most salient in @doc first (for omits: in the reference document, or
 * overall), then by id so that the order is stable. */
static gint
by_salience_in (gconstpointer a, gconstpointer b, gpointer data)
{
  const RankBy *rank = data;
  const PxAlignedEntity *x = px_comparison_get_entity (rank->cmp, *(const guint *) a);
  const PxAlignedEntity *y = px_comparison_get_entity (rank->cmp, *(const guint *) b);
  double sx = rank->doc < rank->cmp->n ? salience_in (x, rank->doc) : x->salience;
  double sy = rank->doc < rank->cmp->n ? salience_in (y, rank->doc) : y->salience;
  if (sx != sy)
    return sx < sy ? 1 : -1;
  return strcmp (x->id, y->id);
}

/* A reference entity @e is omitted by every document but the primary
 * that does not name it. */
static void
list_omits (PxComparison *cmp, const PxAlignedEntity *entity, guint e)
{
  guint i = 0;
  for (guint d = 0; d < cmp->n; d++)
    {
      if (i < entity->n_present && entity->present[i].doc == d)
        i++;
      else if ((int) d != cmp->primary)
        g_array_append_val (cmp->omits[d], e);
    }
}

/* Adds come from the presences; omits from the reference's entities,
 * which are few, so neither walks every entity for every document. */
static void
list_differences (PxComparison *cmp)
{
  cmp->adds = g_new0 (GArray *, cmp->n);
  cmp->omits = g_new0 (GArray *, cmp->n);
  for (guint d = 0; d < cmp->n; d++)
    {
      cmp->adds[d] = g_array_new (FALSE, FALSE, sizeof (guint));
      cmp->omits[d] = g_array_new (FALSE, FALSE, sizeof (guint));
    }
  for (guint e = 0; e < cmp->entities->len; e++)
    {
      const PxAlignedEntity *entity = px_comparison_get_entity (cmp, e);
      if (entity->reference)
        list_omits (cmp, entity, e);
      else
        for (guint i = 0; i < entity->n_present; i++)
          if ((int) entity->present[i].doc != cmp->primary)
            g_array_append_val (cmp->adds[entity->present[i].doc], e);
    }
  RankBy in_reference = { cmp, cmp->primary >= 0 ? (guint) cmp->primary : G_MAXUINT };
  for (guint d = 0; d < cmp->n; d++)
    {
      RankBy in_doc = { cmp, d };
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
    g_array_new (FALSE, FALSE, sizeof (Cell)),
    g_array_new (FALSE, TRUE, sizeof (guint)),
  };
  for (guint d = 0; d < cmp->n; d++)
    count_mentions (cmp, &table, d);
  weigh (cmp, &table);
  finish_table (cmp, &table);
  list_differences (cmp);
  g_hash_table_unref (table.index);
  g_array_unref (table.entities);
  g_array_unref (table.cells);
  g_array_unref (table.last_cell);
}

static gint
by_document (gconstpointer key, gconstpointer element)
{
  guint doc = *(const guint *) key;
  const PxPresence *p = element;
  return doc < p->doc ? -1 : doc > p->doc;
}

const PxPresence *
px_aligned_entity_in (const PxAlignedEntity *entity, guint doc)
{
  g_return_val_if_fail (entity != NULL, NULL);
  return bsearch (&doc, entity->present, entity->n_present, sizeof (PxPresence), by_document);
}
