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
  [PXG_STEP_FILTER] = sizeof (guint64),
};

#define CHECKSUM_PRIME 0x9e3779b97f4a7c15u

static inline guint64
checksum_mix (guint64 state, guint64 word)
{
  state = (state ^ word) * CHECKSUM_PRIME;
  return state ^ (state >> 29);
}

static inline guint64
checksum_step (guint64 state, guint64 first, guint64 second)
{
  state = (state ^ first) * CHECKSUM_PRIME + second;
  return state ^ (state >> 29);
}

/* The checksum as it goes: four lanes over the image's 64-byte blocks
 * from the end of the header, then its last bytes (format 6; format 5
 * took 32-byte blocks, a word per lane). */
typedef struct {
  guint64 lanes[4];
  gsize at;                 /* the next block */
} Sum;

static void
sum_init (Sum *sum)
{
  sum->lanes[0] = 1;
  sum->lanes[1] = 2;
  sum->lanes[2] = 3;
  sum->lanes[3] = 4;
  sum->at = (sizeof (PxgHeader) + 7) & ~(gsize) 7;
}

/* Every block that ends at or before @end: each lane takes two words of
 * it in one step, (lane ^ first) * prime + second, then a shift and xor.
 * Each of the three is bijective in each word, so one changed word always
 * changes its lane, and the lane every step after.  The lanes are kept in
 * scalars: in an array, gcc -O2 makes the loop SSE2 code that builds each
 * 64-bit multiply out of three 32-bit ones, and the chain of each lane is
 * then three times as long; the cache's whole check waited on it. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__ ((optimize ("no-tree-vectorize")))
#endif
static void
sum_blocks (Sum *sum, const guint8 *data, gsize end)
{
  guint64 l0 = sum->lanes[0], l1 = sum->lanes[1], l2 = sum->lanes[2], l3 = sum->lanes[3];
  gsize at = sum->at;
  for (; at + 64 <= end; at += 64)
    {
      guint64 w[8];
      for (guint k = 0; k < 8; k++)
        memcpy (&w[k], data + at + 8 * k, 8);
      l0 = checksum_step (l0, w[0], w[1]);
      l1 = checksum_step (l1, w[2], w[3]);
      l2 = checksum_step (l2, w[4], w[5]);
      l3 = checksum_step (l3, w[6], w[7]);
    }
  sum->lanes[0] = l0;
  sum->lanes[1] = l1;
  sum->lanes[2] = l2;
  sum->lanes[3] = l3;
  sum->at = at;
}

static guint64
sum_finish (Sum *sum, const guint8 *data, gsize len)
{
  sum_blocks (sum, data, len);
  guint64 value = checksum_mix (len, 0);
  for (guint k = 0; k < 4; k++)
    value = checksum_mix (value, sum->lanes[k]);
  for (gsize at = sum->at; at < len; at++)
    value = checksum_mix (value, data[at]);
  return value;
}

guint64
px_tables_checksum (const guint8 *data, gsize len)
{
  Sum sum;
  sum_init (&sum);
  return sum_finish (&sum, data, len);
}

#define damaged(error, name, what) \
  px_throw ((error), PX_ERROR_GAZETTEER_FORMAT, "%s: damaged gazetteer cache: %s", (name), (what))

/* Magic, byte order, version, size, and every section inside the file:
 * what must hold before any section is read. */
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

/* A pool of NUL-terminated strings: it starts with the empty string and
 * ends with a NUL, so any offset inside it is a C string. */
static gboolean
pool_terminated (const char *pool, guint32 len)
{
  return len > 0 && pool[0] == '\0' && pool[len - 1] == '\0';
}

/* ### The checks of the sections' elements
 *
 * Each is a pass over a range of one flat array with no branch in the
 * loop, noting what it finds in a Verdict, so that the image can be read
 * once: the checksum and these checks take it a chunk at a time, each
 * chunk's elements checked while it is in cache (check_image).  Before
 * that, the checksum read all of a million-name cache (104 MiB) and the
 * checks read most of it again. */

typedef struct {
  guint32 bad_string, bad_record, bad_list;   /* entities */
  guint32 bad_alias, bad_member, bad_id;
  guint32 bad_edge;
  guint32 bad_entity;                         /* a name's entity */
  guint32 bad_more;                           /* the shared names' order */
} Verdict;

static guint32
any_at_least (const guint32 *values, guint32 from, guint32 to, guint32 bound)
{
  guint32 bad = 0;
  for (guint32 k = from; k < to; k++)
    bad |= values[k] >= bound;
  return bad;
}

static void
check_entity_range (const PxgTables *t, guint32 from, guint32 to, Verdict *v)
{
  const PxgHeader *h = t->header;
  guint32 n = t->n_entities;
  guint32 pool = h->sections[PXG_STRINGS].count;
  guint32 n_aliases = h->sections[PXG_ALIASES].count;
  guint32 n_members = h->sections[PXG_MEMBERS].count;
  guint32 bad_string = 0, bad_record = 0, bad_list = 0;
  for (guint32 e = from; e < to; e++)
    {
      const PxgEntity *en = &t->entities[e];
      for (guint f = 0; f < PXG_N_FIELDS; f++)
        bad_string |= en->fields[f] >= pool;
      bad_record |= (en->type >= PX_ENTITY_N_TYPES) | (en->fields[PXG_F_ID] == 0)
                    | (en->fields[PXG_F_NAME] == 0)
                    | ((en->metonym_of != PX_NO_ENTITY) & (en->metonym_of >= n));
      bad_list |= ((guint64) en->aliases + en->n_aliases > n_aliases)
                  | (en->n_demonyms > en->n_aliases)
                  | ((guint64) en->member_of + en->n_member_of > n_members);
    }
  v->bad_string |= bad_string;
  v->bad_record |= bad_record;
  v->bad_list |= bad_list;
}

/* Every used slot of an edge table joins two nodes by a token that lies
 * in the vocabulary.  Nothing else needs checking: a lookup compares the
 * token's text, and a walk takes one edge per token of the text, so a
 * damaged edge can give a wrong name but never an unbounded walk. */
static guint32
check_edge_range (const PxgEdge *edges, guint32 from, guint32 to, guint32 n_nodes, guint32 vocab)
{
  guint32 bad = 0;
  for (guint32 k = from; k < to; k++)
    {
      const PxgEdge *e = &edges[k];
      guint32 node = PXG_CHILD_NODE (e->child);
      bad |= (e->child != 0) & ((node >= n_nodes) | (node == 0) | (e->parent >= n_nodes)
                                | (e->token >= vocab));
    }
  return bad;
}

static void
check_name_range (const PxgTables *t, guint32 from, guint32 to, Verdict *v)
{
  guint32 bad = 0;
  for (guint32 i = from; i < to; i++)
    bad |= (t->node_names[i].entity >= t->n_entities)
           & (t->node_names[i].entity != PX_NO_ENTITY);
  v->bad_entity |= bad;
}

static void
check_more_range (const PxgTables *t, guint32 from, guint32 to, Verdict *v)
{
  guint32 n_nodes = t->header->n_nodes, bad_entity = 0, bad_more = 0;
  for (guint32 k = from; k < to; k++)
    {
      const PxgMoreName *m = &t->more_names[k];
      bad_entity |= m->name.entity >= t->n_entities;
      bad_more |= (m->node >= n_nodes) | (k > 0 && m->node < t->more_names[k - 1].node);
    }
  v->bad_entity |= bad_entity;
  v->bad_more |= bad_more;
}

/* The elements of section @s from @from to @to. */
static void
check_range (const PxgTables *t, PxgSection s, guint32 from, guint32 to, Verdict *v)
{
  const PxgHeader *h = t->header;
  guint32 vocab = h->sections[PXG_VOCAB].count;
  switch (s)
    {
    case PXG_ENTITIES:
      check_entity_range (t, from, to, v);
      break;
    case PXG_ALIASES:
      v->bad_alias |= any_at_least (t->aliases, from, to, h->sections[PXG_STRINGS].count);
      break;
    case PXG_MEMBERS:
      v->bad_member |= any_at_least (t->members, from, to, t->n_entities);
      break;
    case PXG_ID_HASH:
      v->bad_id |= any_at_least (t->id_hash, from, to, t->n_entities + 1);
      break;
    case PXG_ROOT_EDGES:
      v->bad_edge |= check_edge_range (t->root_edges, from, to, h->n_nodes, vocab);
      break;
    case PXG_EDGES:
      v->bad_edge |= check_edge_range (t->edges, from, to, h->n_nodes, vocab);
      break;
    case PXG_NODE_NAMES:
      check_name_range (t, from, to, v);
      break;
    case PXG_MORE_NAMES:
      check_more_range (t, from, to, v);
      break;
    default:
      break;
    }
}

#define CHUNK (256 * 1024)   /* a multiple of the checksum's 64-byte blocks */

/* Every element of the sections that have checks, and the checksum when
 * @sum is not NULL, in one pass over the image: after each chunk is
 * summed, the elements that end in it are checked. */
static void
check_image (const PxgTables *t, const guint8 *data, gsize len, Sum *sum, Verdict *v)
{
  const PxgHeader *h = t->header;
  guint32 done[PXG_N_SECTIONS] = { 0 };
  gsize end = sum ? sum->at : len;
  do
    {
      end = sum ? MIN (end + CHUNK, len) : len;
      if (sum)
        sum_blocks (sum, data, end);
      for (guint s = 0; s < PXG_N_SECTIONS; s++)
        {
          const PxgSectionRef *r = &h->sections[s];
          if (end <= r->offset || done[s] == r->count)
            continue;
          guint32 upto = (guint32) MIN ((end - r->offset) / element_size[s], (gsize) r->count);
          check_range (t, (PxgSection) s, done[s], upto, v);
          done[s] = upto;
        }
    }
  while (end < len);
}

static void
set_counts (PxgTables *t)
{
  const PxgHeader *h = t->header;
  t->n_entities = h->sections[PXG_ENTITIES].count;
  t->start_mask = h->sections[PXG_START_FILTER].count - 1;
  t->step_mask = h->sections[PXG_STEP_FILTER].count - 1;
  t->n_more_names = h->sections[PXG_MORE_NAMES].count;
  t->n_root_edges = h->sections[PXG_ROOT_EDGES].count;
  t->n_edges = h->sections[PXG_EDGES].count;
}

/* A table size the masks of the lookups need: a power of two, not 0. */
static gboolean
is_power_of_two (guint32 n)
{
  return n != 0 && (n & (n - 1)) == 0;
}

/* What the pass found, and the few values checked apart, reported in the
 * order the checks were written in: the first problem is named. */
static gboolean
report (const char *name, const PxgTables *t, const Verdict *v, GError **error)
{
  const PxgHeader *h = t->header;
  if (!pool_terminated (t->strings, h->sections[PXG_STRINGS].count))
    return damaged (error, name, "the string pool is not terminated");
  if (v->bad_string)
    return damaged (error, name, "a string lies outside the pool");
  if (v->bad_record)
    return damaged (error, name, "an entity record is invalid");
  if (v->bad_list)
    return damaged (error, name, "an entity's lists lie outside the file");
  if (v->bad_alias)
    return damaged (error, name, "an alias lies outside the pool");
  if (v->bad_member)
    return damaged (error, name, "a member_of link is invalid");
  guint32 id_size = h->sections[PXG_ID_HASH].count;
  if (!is_power_of_two (id_size) || v->bad_id)
    return damaged (error, name, "the id index is invalid");
  if (!pool_terminated (t->vocab, h->sections[PXG_VOCAB].count))
    return damaged (error, name, "the vocabulary is not terminated");
  guint32 n_nodes = h->n_nodes;
  if (n_nodes == 0 || n_nodes > PXG_MAX_NODES || h->sections[PXG_NODE_NAMES].count != n_nodes)
    return damaged (error, name, "the name trie has a bad number of nodes");
  if (t->n_root_edges == 0 || t->n_edges == 0 || v->bad_edge)
    return damaged (error, name, "a trie edge is invalid");
  if (v->bad_entity)
    return damaged (error, name, "a name points to no entity");
  if (v->bad_more)
    return damaged (error, name, "the list of shared names is invalid");
  guint32 words = h->sections[PXG_START_FILTER].count;
  if (!is_power_of_two (words))
    return damaged (error, name, "the start filter has a bad size");
  words = h->sections[PXG_STEP_FILTER].count;
  if (!is_power_of_two (words))
    return damaged (error, name, "the step filter has a bad size");
  return TRUE;
}

gboolean
px_tables_check (const char *name, const guint8 *data, gsize len, gboolean check_sum,
                 PxgTables *t, GError **error)
{
  g_return_val_if_fail (((guintptr) data) % 8 == 0, FALSE);
  if (!check_header (name, data, len, error))
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
  t->step_filter = SECTION (guint64, PXG_STEP_FILTER);
#undef SECTION
  set_counts (t);
  Verdict v = { 0 };
  Sum sum;
  sum_init (&sum);
  check_image (t, data, len, check_sum ? &sum : NULL, &v);
  if (check_sum && h->checksum != sum_finish (&sum, data, len))
    return damaged (error, name, "its contents do not match their checksum");
  return report (name, t, &v, error);
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
