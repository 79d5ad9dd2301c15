/* tables.c: checking a compiled image before anything trusts it. */
#include "config.h"

#include <string.h>

#include "gazetteer/tables.h"

static const gsize element_size[PXG_N_SECTIONS] = {
  [PXG_STRINGS] = 1,
  [PXG_ENTITIES] = sizeof (PxgEntity),
  [PXG_ALIASES] = sizeof (guint32),
  [PXG_MEMBERS] = sizeof (guint32),
  [PXG_ID_HASH] = sizeof (guint32),
  [PXG_VOCAB] = 1,
  [PXG_ROOT_EDGES] = sizeof (PxgEdge),
  [PXG_EDGES] = sizeof (PxgEdge),
  [PXG_NODE_NAMES] = sizeof (PxgPayload),
  [PXG_MORE_NAMES] = sizeof (PxgMoreName),
  [PXG_START_FILTER] = sizeof (guint64),
};

#define CHECKSUM_PRIME 0x9e3779b97f4a7c15u

static inline guint64
checksum_mix (guint64 state, guint64 word)
{
  state = (state ^ word) * CHECKSUM_PRIME;
  return state ^ (state >> 29);
}

/* The four lanes are kept in scalars, one multiply each per 32 bytes: in
 * an array, gcc -O2 makes the loop SSE2 code that builds each 64-bit
 * multiply out of three 32-bit ones, and the chain of each lane is then
 * three times as long; the cache's whole check waited on it. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__ ((optimize ("no-tree-vectorize")))
#endif
guint64
px_tables_checksum (const guint8 *data, gsize len)
{
  gsize at = (sizeof (PxgHeader) + 7) & ~(gsize) 7;
  guint64 l0 = 1, l1 = 2, l2 = 3, l3 = 4;
  for (; at + 32 <= len; at += 32)
    {
      guint64 w[4];
      memcpy (w, data + at, sizeof w);
      l0 = checksum_mix (l0, w[0]);
      l1 = checksum_mix (l1, w[1]);
      l2 = checksum_mix (l2, w[2]);
      l3 = checksum_mix (l3, w[3]);
    }
  guint64 sum = checksum_mix (len, 0);
  sum = checksum_mix (sum, l0);
  sum = checksum_mix (sum, l1);
  sum = checksum_mix (sum, l2);
  sum = checksum_mix (sum, l3);
  for (; at < len; at++)
    sum = checksum_mix (sum, data[at]);
  return sum;
}

#define damaged(error, name, what) \
  px_throw ((error), PX_ERROR_GAZETTEER_FORMAT, "%s: damaged gazetteer cache: %s", (name), (what))

static gboolean
check_header (const char *name, const guint8 *data, gsize len, gboolean check_sum,
              GError **error)
{
  if (len < sizeof (PxgHeader) || memcmp (data, PXG_MAGIC, PXG_MAGIC_LEN) != 0)
    return px_throw (error, PX_ERROR_GAZETTEER_FORMAT,
                     "%s: not a parallax gazetteer cache (bad magic number)", name);
  const PxgHeader *h = (const PxgHeader *) data;
  if (h->byte_order != PXG_BYTE_ORDER)
    return px_throw (error, PX_ERROR_GAZETTEER_FORMAT,
                     "%s: gazetteer cache written on a machine of another byte order", name);
  if (h->version != PXG_VERSION)
    return px_throw (error, PX_ERROR_GAZETTEER_FORMAT,
                     "%s: gazetteer cache format %u, this parallax reads format %u", name,
                     h->version, PXG_VERSION);
  if (h->size != len)
    return damaged (error, name, "its size does not match its header");
  if (check_sum && h->checksum != px_tables_checksum (data, len))
    return damaged (error, name, "its contents do not match their checksum");
  for (guint s = 0; s < PXG_N_SECTIONS; s++)
    {
      const PxgSectionRef *r = &h->sections[s];
      guint64 end = (guint64) r->offset + (guint64) r->count * element_size[s];
      if (r->offset % 8 != 0 || r->offset < sizeof (PxgHeader) || end > len)
        return damaged (error, name, "a section lies outside the file");
    }
  return TRUE;
}

/* The checks below are each one pass over one flat array, with no branch
 * in the loop: a million-name cache is checked in a few milliseconds. */

/* Whether every value of @values is below @bound. */
static gboolean
all_below (const guint32 *values, gsize n, guint32 bound)
{
  guint32 bad = 0;
  for (gsize k = 0; k < n; k++)
    bad |= values[k] >= bound;
  return !bad;
}

/* A pool of NUL-terminated strings: it starts with the empty string and
 * ends with a NUL, so any offset inside it is a C string. */
static gboolean
pool_terminated (const char *pool, guint32 len)
{
  return len > 0 && pool[0] == '\0' && pool[len - 1] == '\0';
}

static gboolean
check_entities (const char *name, const PxgTables *t, GError **error)
{
  const PxgHeader *h = t->header;
  guint32 n = t->n_entities;
  guint32 pool = h->sections[PXG_STRINGS].count;
  guint32 n_aliases = h->sections[PXG_ALIASES].count;
  guint32 n_members = h->sections[PXG_MEMBERS].count;
  guint32 bad_string = 0, bad_record = 0, bad_list = 0;
  for (guint32 e = 0; e < n; e++)
    {
      const PxgEntity *en = &t->entities[e];
      for (guint f = 0; f < PXG_N_FIELDS; f++)
        bad_string |= en->fields[f] >= pool;
      bad_record |= (en->type >= PX_ENTITY_N_TYPES) | (en->fields[PXG_F_ID] == 0)
                    | ((en->metonym_of != PX_NO_ENTITY) & (en->metonym_of >= n));
      bad_list |= ((guint64) en->aliases + en->n_aliases > n_aliases)
                  | (en->n_demonyms > en->n_aliases)
                  | ((guint64) en->member_of + en->n_member_of > n_members);
    }
  if (bad_string)
    return damaged (error, name, "a string lies outside the pool");
  if (bad_record)
    return damaged (error, name, "an entity record is invalid");
  if (bad_list)
    return damaged (error, name, "an entity's lists lie outside the file");
  if (!all_below (t->aliases, n_aliases, pool))
    return damaged (error, name, "an alias lies outside the pool");
  if (!all_below (t->members, n_members, n))
    return damaged (error, name, "a member_of link is invalid");
  guint32 size = h->sections[PXG_ID_HASH].count;
  if (size == 0 || (size & (size - 1)) != 0 || !all_below (t->id_hash, size, n + 1))
    return damaged (error, name, "the id index is invalid");
  return TRUE;
}

/* Every used slot of an edge table joins two nodes by a token that lies
 * in the vocabulary.  Nothing else needs checking: a lookup compares the
 * token's text, and a walk takes one edge per token of the text, so a
 * damaged edge can give a wrong name but never an unbounded walk. */
static gboolean
check_edges (const PxgEdge *edges, guint32 size, guint32 n_nodes, guint32 vocab)
{
  guint32 bad = 0;
  for (guint32 k = 0; k < size; k++)
    {
      const PxgEdge *e = &edges[k];
      guint32 node = PXG_CHILD_NODE (e->child);
      bad |= (e->child != 0) & ((node >= n_nodes) | (node == 0) | (e->parent >= n_nodes)
                                | (e->token >= vocab));
    }
  return !bad;
}

static gboolean
check_trie (const char *name, PxgTables *t, GError **error)
{
  const PxgHeader *h = t->header;
  guint32 n_nodes = h->n_nodes;
  guint32 vocab = h->sections[PXG_VOCAB].count;
  if (!pool_terminated (t->vocab, vocab))
    return damaged (error, name, "the vocabulary is not terminated");
  if (n_nodes == 0 || n_nodes > PXG_MAX_NODES
      || h->sections[PXG_NODE_NAMES].count != n_nodes)
    return damaged (error, name, "the name trie has a bad number of nodes");
  t->n_root_edges = h->sections[PXG_ROOT_EDGES].count;
  t->n_edges = h->sections[PXG_EDGES].count;
  if (t->n_root_edges == 0 || t->n_edges == 0
      || !check_edges (t->root_edges, t->n_root_edges, n_nodes, vocab)
      || !check_edges (t->edges, t->n_edges, n_nodes, vocab))
    return damaged (error, name, "a trie edge is invalid");
  guint32 bad_entity = 0;
  for (guint32 i = 0; i < n_nodes; i++)
    bad_entity |= (t->node_names[i].entity >= t->n_entities)
                  & (t->node_names[i].entity != PX_NO_ENTITY);
  t->n_more_names = h->sections[PXG_MORE_NAMES].count;
  guint32 bad_more = 0;
  for (guint32 k = 0; k < t->n_more_names; k++)
    {
      const PxgMoreName *m = &t->more_names[k];
      bad_entity |= m->name.entity >= t->n_entities;
      bad_more |= (m->node >= n_nodes) | (k > 0 && m->node < t->more_names[k - 1].node);
    }
  if (bad_entity)
    return damaged (error, name, "a name points to no entity");
  if (bad_more)
    return damaged (error, name, "the list of shared names is invalid");
  guint32 words = h->sections[PXG_START_FILTER].count;
  if (words == 0 || (words & (words - 1)) != 0)
    return damaged (error, name, "the start filter has a bad size");
  t->start_mask = words - 1;
  return TRUE;
}

gboolean
px_tables_check (const char *name, const guint8 *data, gsize len, gboolean check_sum,
                 PxgTables *t, GError **error)
{
  g_return_val_if_fail (((guintptr) data) % 8 == 0, FALSE);
  if (!check_header (name, data, len, check_sum, error))
    return FALSE;
  const PxgHeader *h = (const PxgHeader *) data;
  t->header = h;
#define SECTION(type, s) ((const type *) (gconstpointer) (data + h->sections[s].offset))
  t->strings = SECTION (char, PXG_STRINGS);
  t->entities = SECTION (PxgEntity, PXG_ENTITIES);
  t->aliases = SECTION (guint32, PXG_ALIASES);
  t->members = SECTION (guint32, PXG_MEMBERS);
  t->id_hash = SECTION (guint32, PXG_ID_HASH);
  t->vocab = SECTION (char, PXG_VOCAB);
  t->root_edges = SECTION (PxgEdge, PXG_ROOT_EDGES);
  t->edges = SECTION (PxgEdge, PXG_EDGES);
  t->node_names = SECTION (PxgPayload, PXG_NODE_NAMES);
  t->more_names = SECTION (PxgMoreName, PXG_MORE_NAMES);
  t->start_filter = SECTION (guint64, PXG_START_FILTER);
#undef SECTION
  t->n_entities = h->sections[PXG_ENTITIES].count;
  if (!pool_terminated (t->strings, h->sections[PXG_STRINGS].count))
    return damaged (error, name, "the string pool is not terminated");
  return check_entities (name, t, error) && check_trie (name, t, error);
}

const PxgEdge *
px_edge_find (const PxgEdge *table, guint32 size, const char *vocab, guint32 parent,
              guint64 key, const char *folded, gsize len, gboolean ascii)
{
  guint32 slot = px_edge_slot (key, size), probes = 0;
  const PxgEdge *e;
  while ((e = px_edge_next (table, size, parent, key, &slot, &probes)) != NULL)
    {
      if (px_same_token (vocab + e->token, folded, len, ascii))
        return e;
      probes++;
      if (++slot == size)
        slot = 0;
    }
  return NULL;
}

guint32
px_start_class (gunichar c)
{
  if (g_unichar_isdigit (c))
    return PXG_START_DIGIT;
  if (g_unichar_islower (c))
    return PXG_START_LOWER;
  if (g_unichar_isalpha (c) || g_unichar_ismark (c))
    return PXG_START_CAPITAL;
  return PXG_START_OTHER;
}
