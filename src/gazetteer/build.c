/* build.c: from source entities to a compiled image.
 *
 * The trie is built with a hash of (node, token) -> child, then flattened:
 * nodes keep their creation order, so a child's index is always above its
 * parent's (the checker relies on that to rule out cycles), and each node's
 * edges are sorted by token for binary search.
 */
#include "config.h"

#include <string.h>

#include "gazetteer/gazetteer-private.h"

#define DEFAULT_CAPS_ONLY_MAX_LETTERS 3

PxSourceEntity *
px_source_entity_new (void)
{
  PxSourceEntity *e = g_new0 (PxSourceEntity, 1);
  e->aliases = g_ptr_array_new_with_free_func (g_free);
  e->member_of = g_ptr_array_new_with_free_func (g_free);
  return e;
}

void
px_source_entity_free (PxSourceEntity *e)
{
  if (e == NULL)
    return;
  for (guint f = 0; f < PXG_N_FIELDS; f++)
    g_free (e->fields[f]);
  g_free (e->metonym_of);
  g_ptr_array_unref (e->aliases);
  g_ptr_array_unref (e->member_of);
  g_free (e);
}

struct _PxBuilder {
  guint caps_only_max_letters;
  guint layer;
  GPtrArray *entities;            /* PxSourceEntity*, owned */
  GHashTable *by_id;              /* id (borrowed) -> index + 1 */
};

PxBuilder *
px_builder_new (const PxGazetteerOptions *options)
{
  PxBuilder *b = g_new0 (PxBuilder, 1);
  b->caps_only_max_letters = options && options->caps_only_max_letters
                               ? options->caps_only_max_letters
                               : DEFAULT_CAPS_ONLY_MAX_LETTERS;
  b->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) px_source_entity_free);
  b->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  return b;
}

void
px_builder_free (PxBuilder *b)
{
  if (b == NULL)
    return;
  g_hash_table_unref (b->by_id);
  g_ptr_array_unref (b->entities);
  g_free (b);
}

void
px_builder_next_layer (PxBuilder *b)
{
  b->layer++;
}

gboolean
px_builder_add (PxBuilder *b, PxSourceEntity *entity, GError **error)
{
  g_autoptr(PxSourceEntity) owned = entity;
  const char *id = entity->fields[PXG_F_ID];
  entity->layer = b->layer;
  gpointer slot = g_hash_table_lookup (b->by_id, id);
  if (slot == NULL)
    {
      g_ptr_array_add (b->entities, g_steal_pointer (&owned));
      g_hash_table_insert (b->by_id, (gpointer) id, GUINT_TO_POINTER (b->entities->len));
      return TRUE;
    }
  guint index = GPOINTER_TO_UINT (slot) - 1;
  PxSourceEntity *old = b->entities->pdata[index];
  if (old->layer == b->layer)
    return px_throw (error, PX_ERROR_GAZETTEER_FORMAT,
                     "%s:%u: id '%s' is already defined at %s:%u", entity->fields[PXG_F_FILE],
                     entity->line, id, old->fields[PXG_F_FILE], old->line);
  /* A later layer replaces the entity whole, keeping its index. */
  g_hash_table_remove (b->by_id, id);
  b->entities->pdata[index] = g_steal_pointer (&owned);
  px_source_entity_free (old);
  g_hash_table_insert (b->by_id, ((PxSourceEntity *) b->entities->pdata[index])->fields[PXG_F_ID],
                       GUINT_TO_POINTER (index + 1));
  return TRUE;
}

/* ### Compiling */

typedef struct {
  guint32 node, entity, flags, layer;
} NamePayload;

typedef struct {
  guint32 parent, token, child;
} Edge;

typedef struct {
  const PxBuilder *b;
  GString *pool;
  GHashTable *interned;           /* string -> offset */
  GHashTable *tokens;             /* folded token -> tmp id + 1 */
  GPtrArray *token_names;         /* tmp id -> folded token (owned by tokens) */
  GHashTable *children;           /* (parent << 32 | tmp token) -> child + 1 */
  guint32 n_nodes;
  GArray *payloads;               /* NamePayload */
  guint32 start_classes;          /* PXG_START_* of the names' first characters */
  guint32 *start_filter;          /* PXG_FILTER_WORDS */
} Compiler;

/* g_int64_hash folds the two halves together, and (parent, token) pairs
 * then collide by the million; multiply first. */
static guint
hash_edge (gconstpointer key)
{
  guint64 v = *(const guint64 *) key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return (guint) (v >> 32);
}

static guint32
intern (Compiler *c, const char *s)
{
  if (s == NULL || *s == '\0')
    return 0;
  gpointer offset;
  if (g_hash_table_lookup_extended (c->interned, s, NULL, &offset))
    return GPOINTER_TO_UINT (offset);
  guint32 at = (guint32) c->pool->len;
  g_string_append_len (c->pool, s, (gssize) strlen (s) + 1);
  g_hash_table_insert (c->interned, g_strdup (s), GUINT_TO_POINTER (at));
  return at;
}

static guint32
token_id (Compiler *c, const char *folded)
{
  gpointer id = g_hash_table_lookup (c->tokens, folded);
  if (id)
    return GPOINTER_TO_UINT (id) - 1;
  char *key = g_strdup (folded);
  g_ptr_array_add (c->token_names, key);
  g_hash_table_insert (c->tokens, key, GUINT_TO_POINTER (c->token_names->len));
  return c->token_names->len - 1;
}

static guint32
child_of (Compiler *c, guint32 parent, guint32 token)
{
  guint64 key = ((guint64) parent << 32) | token;
  gpointer child = g_hash_table_lookup (c->children, &key);
  if (child)
    return GPOINTER_TO_UINT (child) - 1;
  guint64 *k = g_new (guint64, 1);
  *k = key;
  guint32 node = c->n_nodes++;
  g_hash_table_insert (c->children, k, GUINT_TO_POINTER (node + 1));
  return node;
}

static guint32
name_flags (const PxBuilder *b, const char *name, gboolean demonym)
{
  gboolean capital, all_caps;
  gsize len = strlen (name);
  px_gazetteer_case (name, len, &capital, &all_caps);
  guint32 flags = demonym ? PXG_NAME_DEMONYM : 0;
  if (capital)
    flags |= PXG_NAME_CAPITAL;
  if (all_caps && px_count_letters (name, len) <= b->caps_only_max_letters)
    flags |= PXG_NAME_ALL_CAPS;
  return flags;
}

static void
add_name (Compiler *c, guint32 entity, guint layer, const char *name, gboolean demonym)
{
  g_autoptr(GString) folded = g_string_new (NULL);
  PxNameTokens t;
  px_name_tokens_init (&t, name, strlen (name), folded);
  guint32 node = 0;
  gboolean any = FALSE;
  while (px_name_tokens_next (&t))
    {
      if (!any && px_start_class (g_utf8_get_char_validated (name + t.start, -1))
                    != PXG_START_CAPITAL)
        {
          guint32 bit = PXG_FILTER_BIT (px_vocab_hash (folded->str, folded->len));
          c->start_filter[bit / 32] |= 1u << (bit % 32);
        }
      node = child_of (c, node, token_id (c, folded->str));
      any = TRUE;
    }
  if (!any)
    return;
  NamePayload p = { node, entity, name_flags (c->b, name, demonym), layer };
  g_array_append_val (c->payloads, p);
  c->start_classes |= px_start_class (g_utf8_get_char_validated (name, -1));
}

static gboolean
resolve_link (const PxBuilder *b, const PxSourceEntity *e, const char *key, const char *id,
              guint32 *out, GError **error)
{
  gpointer slot = g_hash_table_lookup (b->by_id, id);
  if (slot == NULL)
    return px_throw (error, PX_ERROR_GAZETTEER_FORMAT, "%s:%u: %s '%s' is no entity's id",
                     e->fields[PXG_F_FILE], e->line, key, id);
  *out = GPOINTER_TO_UINT (slot) - 1;
  return TRUE;
}

static int
compare_payloads (gconstpointer a, gconstpointer b)
{
  const NamePayload *x = a, *y = b;
  if (x->node != y->node)
    return x->node < y->node ? -1 : 1;
  if (x->layer != y->layer)
    return x->layer > y->layer ? -1 : 1;   /* the latest layer first */
  if (x->entity != y->entity)
    return x->entity < y->entity ? -1 : 1;
  return x->flags < y->flags ? -1 : x->flags > y->flags;
}

static int
compare_edges (gconstpointer a, gconstpointer b)
{
  const Edge *x = a, *y = b;
  if (x->parent != y->parent)
    return x->parent < y->parent ? -1 : 1;
  return x->token < y->token ? -1 : x->token > y->token;
}

static int
compare_strings (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

typedef struct {
  GArray *sections[PXG_N_SECTIONS];
} Image;

/* Sorted vocabulary; fills @remap (tmp id -> final id). */
static void
build_vocab (Compiler *c, Image *img, guint32 *remap)
{
  guint n = c->token_names->len;
  g_autofree const char **sorted = g_new (const char *, n + 1);
  for (guint k = 0; k < n; k++)
    sorted[k] = c->token_names->pdata[k];
  qsort (sorted, n, sizeof *sorted, compare_strings);
  /* Open addressing at most half full: a probe ends fast, and always. */
  guint32 size = 2;
  while (size < 2 * (guint64) n + 1)
    size *= 2;
  GArray *hash = img->sections[PXG_VOCAB_HASH];
  g_array_set_size (hash, size);
  memset (hash->data, 0, sizeof (guint32) * size);
  for (guint k = 0; k < n; k++)
    {
      guint32 tmp = GPOINTER_TO_UINT (g_hash_table_lookup (c->tokens, sorted[k])) - 1;
      remap[tmp] = k;
      guint32 offset = intern (c, sorted[k]);
      g_array_append_val (img->sections[PXG_VOCAB], offset);
      guint32 h = px_vocab_hash (sorted[k], strlen (sorted[k]));
      while (g_array_index (hash, guint32, h & (size - 1)) != 0)
        h++;
      g_array_index (hash, guint32, h & (size - 1)) = k + 1;
    }
}

static void
build_trie (Compiler *c, Image *img, const guint32 *remap)
{
  g_autoptr(GArray) edges = g_array_sized_new (FALSE, FALSE, sizeof (Edge),
                                               g_hash_table_size (c->children));
  GHashTableIter it;
  gpointer key, value;
  g_hash_table_iter_init (&it, c->children);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      guint64 k = *(guint64 *) key;
      Edge e = { (guint32) (k >> 32), remap[(guint32) k], GPOINTER_TO_UINT (value) - 1 };
      g_array_append_val (edges, e);
    }
  g_array_sort (edges, compare_edges);
  g_array_sort (c->payloads, compare_payloads);

  GArray *nodes = img->sections[PXG_NODES];
  g_array_set_size (nodes, c->n_nodes);
  memset (nodes->data, 0, sizeof (PxgNode) * c->n_nodes);
  for (guint k = 0; k < edges->len; k++)
    {
      const Edge *e = &g_array_index (edges, Edge, k);
      PxgNode *node = &g_array_index (nodes, PxgNode, e->parent);
      if (node->n_edges == 0)
        node->edges = k;
      node->n_edges++;
      PxgEdge out = { e->token, e->child };
      g_array_append_val (img->sections[PXG_EDGES], out);
    }
  GArray *payloads = img->sections[PXG_PAYLOADS];
  guint32 current = G_MAXUINT32, top_layer = 0;
  for (guint k = 0; k < c->payloads->len; k++)
    {
      const NamePayload *p = &g_array_index (c->payloads, NamePayload, k);
      PxgNode *node = &g_array_index (nodes, PxgNode, p->node);
      if (p->node != current)
        {
          current = p->node;
          top_layer = p->layer;
          node->payloads = payloads->len;
        }
      else
        {
          const PxgPayload *last = &g_array_index (payloads, PxgPayload, payloads->len - 1);
          /* A later layer takes the name; the same name twice is one. */
          if (p->layer != top_layer || (last->entity == p->entity && last->flags == p->flags))
            continue;
        }
      node->n_payloads++;
      PxgPayload out = { p->entity, p->flags };
      g_array_append_val (payloads, out);
    }
}

static void
build_entities (Compiler *c, Image *img, const guint32 *metonyms, GArray *member_links)
{
  const PxBuilder *b = c->b;
  guint link = 0;
  for (guint i = 0; i < b->entities->len; i++)
    {
      const PxSourceEntity *e = b->entities->pdata[i];
      PxgEntity out = { 0 };
      for (guint f = 0; f < PXG_N_FIELDS; f++)
        out.fields[f] = intern (c, e->fields[f]);
      out.type = e->type;
      out.line = e->line;
      out.metonym_of = metonyms[i];
      out.aliases = img->sections[PXG_LISTS]->len;
      out.n_aliases = e->aliases->len;
      out.n_demonyms = e->n_demonyms;
      for (guint k = 0; k < e->aliases->len; k++)
        {
          guint32 s = intern (c, e->aliases->pdata[k]);
          g_array_append_val (img->sections[PXG_LISTS], s);
        }
      out.member_of = img->sections[PXG_LISTS]->len;
      out.n_member_of = e->member_of->len;
      for (guint k = 0; k < e->member_of->len; k++, link++)
        g_array_append_val (img->sections[PXG_LISTS], g_array_index (member_links, guint32, link));
      g_array_append_val (img->sections[PXG_ENTITIES], out);
    }
}

static int
compare_ids (gconstpointer a, gconstpointer b, gpointer data)
{
  const PxBuilder *builder = data;
  const PxSourceEntity *x = builder->entities->pdata[*(const guint32 *) a];
  const PxSourceEntity *y = builder->entities->pdata[*(const guint32 *) b];
  return strcmp (x->fields[PXG_F_ID], y->fields[PXG_F_ID]);
}

static void
build_id_index (const PxBuilder *b, Image *img)
{
  GArray *index = img->sections[PXG_ID_INDEX];
  for (guint32 i = 0; i < b->entities->len; i++)
    g_array_append_val (index, i);
  g_array_sort_with_data (index, compare_ids, (gpointer) b);
}

static gboolean
resolve_links (const PxBuilder *b, guint32 *metonyms, GArray *member_links, GError **error)
{
  for (guint i = 0; i < b->entities->len; i++)
    {
      const PxSourceEntity *e = b->entities->pdata[i];
      metonyms[i] = PX_NO_ENTITY;
      if (e->metonym_of && !resolve_link (b, e, "metonym_of", e->metonym_of, &metonyms[i], error))
        return FALSE;
      for (guint k = 0; k < e->member_of->len; k++)
        {
          guint32 target;
          if (!resolve_link (b, e, "member_of", e->member_of->pdata[k], &target, error))
            return FALSE;
          g_array_append_val (member_links, target);
        }
    }
  return TRUE;
}

static GBytes *
serialize (Compiler *c, Image *img, const guint8 *hash, const guint8 *stamp, GError **error)
{
  img->sections[PXG_STRINGS] = g_array_new (FALSE, FALSE, 1);
  g_array_append_vals (img->sections[PXG_STRINGS], c->pool->str, c->pool->len);
  PxgHeader header = { 0 };
  memcpy (header.magic, PXG_MAGIC, PXG_MAGIC_LEN);
  header.version = PXG_VERSION;
  header.byte_order = PXG_BYTE_ORDER;
  if (hash)
    memcpy (header.hash, hash, PXG_HASH_LEN);
  if (stamp)
    memcpy (header.stamp, stamp, PXG_HASH_LEN);
  header.caps_only_max_letters = c->b->caps_only_max_letters;
  header.start_classes = c->start_classes;
  guint64 offset = (sizeof header + 7) & ~(guint64) 7;
  for (guint s = 0; s < PXG_N_SECTIONS; s++)
    {
      GArray *a = img->sections[s];
      header.sections[s].offset = (guint32) offset;
      header.sections[s].count = a->len;
      offset = (offset + (guint64) a->len * g_array_get_element_size (a) + 7) & ~(guint64) 7;
      if (offset > G_MAXUINT32)
        return px_throw_null (error, PX_ERROR_GAZETTEER_FORMAT,
                              "the gazetteer is too large to compile (over 4 GiB)");
    }
  header.size = (guint32) offset;
  guint8 *data = g_malloc0 (offset);
  memcpy (data, &header, sizeof header);
  for (guint s = 0; s < PXG_N_SECTIONS; s++)
    {
      GArray *a = img->sections[s];
      if (a->len)
        memcpy (data + header.sections[s].offset, a->data,
                (gsize) a->len * g_array_get_element_size (a));
    }
  return g_bytes_new_take (data, offset);
}

static void
compiler_clear (Compiler *c, Image *img)
{
  g_string_free (c->pool, TRUE);
  g_hash_table_unref (c->interned);
  g_hash_table_unref (c->tokens);
  g_ptr_array_unref (c->token_names);
  g_hash_table_unref (c->children);
  g_array_unref (c->payloads);
  for (guint s = 0; s < PXG_N_SECTIONS; s++)
    if (img->sections[s])
      g_array_unref (img->sections[s]);
}

GBytes *
px_builder_finish (PxBuilder *b, const guint8 *hash, const guint8 *stamp, GError **error)
{
  static const gsize sizes[PXG_N_SECTIONS] = {
    [PXG_STRINGS] = 1, [PXG_ENTITIES] = sizeof (PxgEntity), [PXG_LISTS] = 4,
    [PXG_ID_INDEX] = 4, [PXG_VOCAB] = 4, [PXG_NODES] = sizeof (PxgNode),
    [PXG_EDGES] = sizeof (PxgEdge), [PXG_PAYLOADS] = sizeof (PxgPayload),
    [PXG_VOCAB_HASH] = 4, [PXG_START_FILTER] = 4,
  };
  guint n = b->entities->len;
  g_autofree guint32 *metonyms = g_new (guint32, n + 1);
  g_autoptr(GArray) member_links = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (!resolve_links (b, metonyms, member_links, error))
    return NULL;

  Compiler c = {
    .b = b,
    .pool = g_string_new_len ("", 1),
    .interned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    .tokens = g_hash_table_new (g_str_hash, g_str_equal),
    .token_names = g_ptr_array_new_with_free_func (g_free),
    .children = g_hash_table_new_full (hash_edge, g_int64_equal, g_free, NULL),
    .n_nodes = 1,
    .payloads = g_array_new (FALSE, FALSE, sizeof (NamePayload)),
  };
  Image img = { { NULL } };
  for (guint s = 0; s < PXG_N_SECTIONS; s++)
    if (s != PXG_STRINGS)
      img.sections[s] = g_array_new (FALSE, FALSE, (guint) sizes[s]);

  g_array_set_size (img.sections[PXG_START_FILTER], PXG_FILTER_WORDS);
  memset (img.sections[PXG_START_FILTER]->data, 0, PXG_FILTER_WORDS * sizeof (guint32));
  c.start_filter = (guint32 *) (gpointer) img.sections[PXG_START_FILTER]->data;
  for (guint i = 0; i < n; i++)
    {
      const PxSourceEntity *e = b->entities->pdata[i];
      add_name (&c, i, e->layer, e->fields[PXG_F_NAME], FALSE);
      for (guint k = 0; k < e->aliases->len; k++)
        add_name (&c, i, e->layer, e->aliases->pdata[k], k >= e->aliases->len - e->n_demonyms);
    }
  g_autofree guint32 *remap = g_new (guint32, c.token_names->len + 1);
  build_vocab (&c, &img, remap);
  build_trie (&c, &img, remap);
  build_entities (&c, &img, metonyms, member_links);
  build_id_index (b, &img);
  GBytes *image = serialize (&c, &img, hash, stamp, error);
  compiler_clear (&c, &img);
  return image;
}
