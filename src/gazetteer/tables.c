/* tables.c: checking a compiled image before anything trusts it. */
#include "config.h"

#include <string.h>

#include "gazetteer/tables.h"

static const gsize element_size[PXG_N_SECTIONS] = {
  [PXG_STRINGS] = 1,
  [PXG_ENTITIES] = sizeof (PxgEntity),
  [PXG_LISTS] = sizeof (guint32),
  [PXG_ID_INDEX] = sizeof (guint32),
  [PXG_VOCAB] = sizeof (guint32),
  [PXG_NODES] = sizeof (PxgNode),
  [PXG_EDGES] = sizeof (PxgEdge),
  [PXG_PAYLOADS] = sizeof (PxgPayload),
  [PXG_VOCAB_HASH] = sizeof (guint32),
  [PXG_START_FILTER] = sizeof (guint32),
};

#define damaged(error, name, what) \
  px_throw ((error), PX_ERROR_GAZETTEER_FORMAT, "%s: damaged gazetteer cache: %s", (name), (what))

static gboolean
check_header (const char *name, const guint8 *data, gsize len, GError **error)
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
  for (guint s = 0; s < PXG_N_SECTIONS; s++)
    {
      const PxgSectionRef *r = &h->sections[s];
      guint64 end = (guint64) r->offset + (guint64) r->count * element_size[s];
      if (r->offset % 8 != 0 || r->offset < sizeof (PxgHeader) || end > len)
        return damaged (error, name, "a section lies outside the file");
    }
  return TRUE;
}

static gboolean
in_pool (const PxgTables *t, guint32 offset)
{
  return offset < t->header->sections[PXG_STRINGS].count;
}

static gboolean
check_entities (const char *name, const PxgTables *t, GError **error)
{
  const PxgHeader *h = t->header;
  guint32 n = h->sections[PXG_ENTITIES].count;
  guint32 n_lists = h->sections[PXG_LISTS].count;
  for (guint32 e = 0; e < n; e++)
    {
      const PxgEntity *en = &t->entities[e];
      for (guint f = 0; f < PXG_N_FIELDS; f++)
        if (!in_pool (t, en->fields[f]))
          return damaged (error, name, "a string lies outside the pool");
      if (en->type >= PX_ENTITY_N_TYPES || en->fields[PXG_F_ID] == 0
          || (en->metonym_of != PX_NO_ENTITY && en->metonym_of >= n))
        return damaged (error, name, "an entity record is invalid");
      if ((guint64) en->aliases + en->n_aliases > n_lists || en->n_demonyms > en->n_aliases
          || (guint64) en->member_of + en->n_member_of > n_lists)
        return damaged (error, name, "an entity's lists lie outside the file");
      for (guint32 k = 0; k < en->n_aliases; k++)
        if (!in_pool (t, t->lists[en->aliases + k]))
          return damaged (error, name, "an alias lies outside the pool");
      for (guint32 k = 0; k < en->n_member_of; k++)
        if (t->lists[en->member_of + k] >= n)
          return damaged (error, name, "a member_of link is invalid");
    }
  for (guint32 k = 0; k < n; k++)
    {
      if (t->id_index[k] >= n)
        return damaged (error, name, "the id index is invalid");
      if (k > 0 && strcmp (t->strings + t->entities[t->id_index[k - 1]].fields[PXG_F_ID],
                           t->strings + t->entities[t->id_index[k]].fields[PXG_F_ID]) >= 0)
        return damaged (error, name, "the id index is not sorted");
    }
  return TRUE;
}

/* The table's size is a power of two with a free slot, so a probe always
 * ends; every slot names a word of the vocabulary, each word once. */
static gboolean
check_vocab_hash (const char *name, PxgTables *t, GError **error)
{
  guint32 size = t->header->sections[PXG_VOCAB_HASH].count;
  guint32 n_vocab = t->header->sections[PXG_VOCAB].count;
  if (size == 0 || (size & (size - 1)) != 0 || size <= n_vocab)
    return damaged (error, name, "the vocabulary hash has a bad size");
  guint32 used = 0;
  for (guint32 k = 0; k < size; k++)
    {
      if (t->vocab_hash[k] > n_vocab)
        return damaged (error, name, "the vocabulary hash names no word");
      used += t->vocab_hash[k] != 0;
    }
  if (used != n_vocab)
    return damaged (error, name, "the vocabulary hash does not hold every word once");
  t->vocab_mask = size - 1;
  return TRUE;
}

static gboolean
check_trie (const char *name, PxgTables *t, GError **error)
{
  const PxgHeader *h = t->header;
  guint32 n_vocab = h->sections[PXG_VOCAB].count;
  guint32 n_nodes = h->sections[PXG_NODES].count;
  guint32 n_edges = h->sections[PXG_EDGES].count;
  guint32 n_payloads = h->sections[PXG_PAYLOADS].count;
  for (guint32 v = 0; v < n_vocab; v++)
    if (!in_pool (t, t->vocab[v]))
      return damaged (error, name, "a token lies outside the pool");
  if (n_nodes == 0)
    return damaged (error, name, "the name trie has no root");
  for (guint32 i = 0; i < n_nodes; i++)
    {
      const PxgNode *node = &t->nodes[i];
      if ((guint64) node->edges + node->n_edges > n_edges
          || (guint64) node->payloads + node->n_payloads > n_payloads)
        return damaged (error, name, "a trie node lies outside the file");
      for (guint32 k = 0; k < node->n_edges; k++)
        {
          const PxgEdge *edge = &t->edges[node->edges + k];
          if (edge->token >= n_vocab || edge->child >= n_nodes || edge->child <= i
              || (k > 0 && edge->token <= t->edges[node->edges + k - 1].token))
            return damaged (error, name, "a trie edge is invalid");
        }
    }
  for (guint32 k = 0; k < n_payloads; k++)
    if (t->payloads[k].entity >= h->sections[PXG_ENTITIES].count)
      return damaged (error, name, "a name points to no entity");
  return check_vocab_hash (name, t, error);
}

gboolean
px_tables_check (const char *name, const guint8 *data, gsize len, PxgTables *t, GError **error)
{
  g_return_val_if_fail (((guintptr) data) % 8 == 0, FALSE);
  if (!check_header (name, data, len, error))
    return FALSE;
  const PxgHeader *h = (const PxgHeader *) data;
  t->header = h;
  t->strings = (const char *) (data + h->sections[PXG_STRINGS].offset);
  t->entities = (const PxgEntity *) (data + h->sections[PXG_ENTITIES].offset);
  t->lists = (const guint32 *) (data + h->sections[PXG_LISTS].offset);
  t->id_index = (const guint32 *) (data + h->sections[PXG_ID_INDEX].offset);
  t->vocab = (const guint32 *) (data + h->sections[PXG_VOCAB].offset);
  t->nodes = (const PxgNode *) (data + h->sections[PXG_NODES].offset);
  t->edges = (const PxgEdge *) (data + h->sections[PXG_EDGES].offset);
  t->payloads = (const PxgPayload *) (data + h->sections[PXG_PAYLOADS].offset);
  t->vocab_hash = (const guint32 *) (data + h->sections[PXG_VOCAB_HASH].offset);
  t->start_filter = (const guint32 *) (data + h->sections[PXG_START_FILTER].offset);
  if (h->sections[PXG_START_FILTER].count != PXG_FILTER_WORDS)
    return damaged (error, name, "the start filter has a bad size");
  guint32 pool = h->sections[PXG_STRINGS].count;
  if (pool == 0 || t->strings[0] != '\0' || t->strings[pool - 1] != '\0')
    return damaged (error, name, "the string pool is not terminated");
  if (h->sections[PXG_ID_INDEX].count != h->sections[PXG_ENTITIES].count)
    return damaged (error, name, "the id index does not cover the entities");
  return check_entities (name, t, error) && check_trie (name, t, error);
}

guint32
px_tables_token (const PxgTables *t, const char *folded, gsize len)
{
  guint32 mask = t->vocab_mask;
  for (guint32 h = px_vocab_hash (folded, len), probes = 0; probes <= mask; h++, probes++)
    {
      guint32 slot = t->vocab_hash[h & mask];
      if (slot == 0)
        return PX_NO_ENTITY;
      const char *word = t->strings + t->vocab[slot - 1];
      if (strncmp (word, folded, len) == 0 && word[len] == '\0')
        return slot - 1;
    }
  return PX_NO_ENTITY;
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
