/* build.c: from source entities to a compiled image.
 *
 * The trie's edges are hash tables keyed by the path key of the node
 * they lead to, the same tables the cache holds (tables.h); nodes are
 * numbered in creation order.
 */
#include "config.h"

#include <string.h>

#include "gazetteer/gazetteer-private.h"

#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif

#define DEFAULT_CAPS_ONLY_MAX_LETTERS 3

/* ### Memory
 *
 * A million names touch some 400 MiB of fresh memory while compiling
 * (the trie's tables, the vocabulary, the image), much of it written at
 * random.  In 4 KiB pages that is a hundred thousand page faults and a
 * TLB miss on most writes, which cost a third of the compile: the large
 * arrays are asked to be backed by 2 MiB pages where the kernel makes them
 * on request (transparent huge pages in "madvise" mode).  It is a hint: a
 * kernel without them, or one that refuses, changes nothing else. */

/* Below this, an array stays in small pages (it may share them). */
#define HUGE_PAGE ((gsize) 2 << 20)

void
px_hint_huge_pages (gpointer data, gsize len)
{
#if defined(G_OS_UNIX) && defined(MADV_HUGEPAGE)
  guintptr start = ((guintptr) data + HUGE_PAGE - 1) & ~(guintptr) (HUGE_PAGE - 1);
  guintptr end = ((guintptr) data + len) & ~(guintptr) (HUGE_PAGE - 1);
  if (data != NULL && end > start)
    (void) madvise ((void *) start, end - start, MADV_HUGEPAGE);
#else
  (void) data;
  (void) len;
#endif
}

/* g_malloc0 for a large array: hinted before its pages are first
 * touched (calloc may zero them itself). */
static gpointer
big_new0 (gsize n, gsize size)
{
  gsize len = n * size;
  gpointer p = g_malloc (len);
  px_hint_huge_pages (p, len);
  memset (p, 0, len);
  return p;
}

static gpointer
big_new (gsize n, gsize size)
{
  gpointer p = g_malloc (n * size);
  px_hint_huge_pages (p, n * size);
  return p;
}

static GArray *
big_array (gsize element, guint32 reserved)
{
  GArray *a = g_array_sized_new (FALSE, FALSE, (guint) element, reserved);
  px_hint_huge_pages (a->data, element * reserved);
  return a;
}

static GString *
big_string (gsize reserved)
{
  GString *s = g_string_sized_new (reserved);
  px_hint_huge_pages (s->str, s->allocated_len);
  return s;
}

PxSourceEntity *
px_source_entity_new (void)
{
  PxSourceEntity *e = g_new0 (PxSourceEntity, 1);
  e->member_of = g_ptr_array_new_with_free_func (g_free);
  return e;
}

void
px_source_entity_set_aliases (PxSourceEntity *e, GPtrArray *names)
{
  g_assert (!e->borrowed && e->aliases == NULL);
  guint n = names->len;
  e->aliases = (char **) g_ptr_array_steal (names, NULL);
  e->n_aliases = n;
}

void
px_source_entity_free (PxSourceEntity *e)
{
  if (e == NULL || e->borrowed)
    return;
  for (guint f = 0; f < PXG_N_FIELDS; f++)
    g_free (e->fields[f]);
  for (guint k = 0; k < e->n_aliases; k++)
    g_free (e->aliases[k]);
  g_free (e->aliases);
  g_free (e->metonym_of);
  g_clear_pointer (&e->member_of, g_ptr_array_unref);
  g_free (e);
}

static guint
n_member_of (const PxSourceEntity *e)
{
  return e->member_of ? e->member_of->len : 0;
}

/* An entity by its id: its index + 1 (0 empty), and the low half of the
 * id's hash, so that a probe reads neither the entity nor its id unless
 * they are likely the ones. */
typedef struct {
  guint32 entity;
  guint32 hash;
} IdSlot;

struct _PxBuilder {
  guint caps_only_max_letters;
  guint layer;
  GPtrArray *entities;            /* PxSourceEntity*, owned */
  IdSlot *by_id;                  /* open addressing by id hash */
  guint32 by_id_size;             /* a power of two, over twice the entities */
  GPtrArray *kept;                /* owned buffers that entities borrow from */
  GPtrArray *slabs;               /* owned blocks of borrowed entities */
  guint8 *slab_at;                /* the free room of the last one */
  gsize slab_left;
};

PxBuilder *
px_builder_new (const PxGazetteerOptions *options)
{
  PxBuilder *b = g_new0 (PxBuilder, 1);
  b->caps_only_max_letters = options && options->caps_only_max_letters
                               ? options->caps_only_max_letters
                               : DEFAULT_CAPS_ONLY_MAX_LETTERS;
  b->entities = g_ptr_array_new_with_free_func ((GDestroyNotify) px_source_entity_free);
  b->by_id_size = 1024;
  b->by_id = g_new0 (IdSlot, b->by_id_size);
  b->kept = g_ptr_array_new_with_free_func (g_free);
  b->slabs = g_ptr_array_new_with_free_func (g_aligned_free);
  return b;
}

void
px_builder_free (PxBuilder *b)
{
  if (b == NULL)
    return;
  g_free (b->by_id);
  g_ptr_array_unref (b->entities);
  g_ptr_array_unref (b->kept);
  g_ptr_array_unref (b->slabs);
  g_free (b);
}

char *
px_builder_keep (PxBuilder *b, char *data)
{
  g_ptr_array_add (b->kept, data);
  return data;
}

/* Entities of a bulk list are cut from blocks of this size: a million
 * names make 380,000 of them, which one by one cost three allocations
 * each and 130 MiB of scattered heap. */
#define SLAB_SIZE ((gsize) 4 << 20)

PxSourceEntity *
px_builder_new_borrowed (PxBuilder *b, guint n_aliases)
{
  gsize size = (sizeof (PxSourceEntity) + sizeof (char *) * n_aliases + 7) & ~(gsize) 7;
  if (size > b->slab_left)
    {
      /* Aligned, so that every 2 MiB of it can be one huge page. */
      gsize block = MAX (size, SLAB_SIZE);
      b->slab_at = g_aligned_alloc (block, 1, HUGE_PAGE);
      px_hint_huge_pages (b->slab_at, block);
      b->slab_left = block;
      g_ptr_array_add (b->slabs, b->slab_at);
    }
  PxSourceEntity *e = (PxSourceEntity *) (gpointer) b->slab_at;
  b->slab_at += size;
  b->slab_left -= size;
  memset (e, 0, sizeof *e);
  e->aliases = (char **) (e + 1);
  e->borrowed = TRUE;
  return e;
}

void
px_builder_next_layer (PxBuilder *b)
{
  b->layer++;
}

static const char *
entity_id (const PxBuilder *b, guint32 index)
{
  return ((const PxSourceEntity *) b->entities->pdata[index])->fields[PXG_F_ID];
}

/* The slot of @id in the id table: the one that names it, or the empty
 * one where it would go. */
static IdSlot *
id_slot (const PxBuilder *b, const char *id, guint32 hash)
{
  guint32 mask = b->by_id_size - 1;
  guint32 slot = hash & mask;
  for (; b->by_id[slot].entity; slot = (slot + 1) & mask)
    if (b->by_id[slot].hash == hash && strcmp (entity_id (b, b->by_id[slot].entity - 1), id) == 0)
      break;
  return &b->by_id[slot];
}

static guint32
id_hash (const char *id)
{
  return (guint32) px_token_hash (id, strlen (id));
}

static void
id_table_grow (PxBuilder *b)
{
  g_autofree IdSlot *old = b->by_id;
  guint32 old_size = b->by_id_size;
  b->by_id_size *= 2;
  b->by_id = big_new0 (b->by_id_size, sizeof (IdSlot));
  guint32 mask = b->by_id_size - 1;
  for (guint32 k = 0; k < old_size; k++)
    if (old[k].entity)
      {
        guint32 slot = old[k].hash & mask;
        while (b->by_id[slot].entity)
          slot = (slot + 1) & mask;
        b->by_id[slot] = old[k];
      }
}

gboolean
px_builder_add (PxBuilder *b, PxSourceEntity *entity, GError **error)
{
  g_autoptr(PxSourceEntity) owned = entity;
  const char *id = entity->fields[PXG_F_ID];
  entity->layer = b->layer;
  guint32 hash = id_hash (id);
  IdSlot *slot = id_slot (b, id, hash);
  if (slot->entity == 0)
    {
      g_ptr_array_add (b->entities, g_steal_pointer (&owned));
      *slot = (IdSlot) { b->entities->len, hash };
      if (2 * b->entities->len > b->by_id_size)
        id_table_grow (b);
      return TRUE;
    }
  guint index = slot->entity - 1;
  PxSourceEntity *old = b->entities->pdata[index];
  if (old->layer == b->layer)
    return px_throw (error, PX_ERROR_GAZETTEER_FORMAT,
                     "%s:%u: id '%s' is already defined at %s:%u", entity->fields[PXG_F_FILE],
                     entity->line, id, old->fields[PXG_F_FILE], old->line);
  /* A later layer replaces the entity whole, keeping its index (and its
   * slot, since the id is the same). */
  b->entities->pdata[index] = g_steal_pointer (&owned);
  px_source_entity_free (old);
  return TRUE;
}

/* ### Compiling
 *
 * Everything is built in flat arrays: the vocabulary is interned through
 * an open-addressing table of token hashes, and the trie's edges go
 * straight into tables of the cache's own layout, keyed by the child's
 * path key (tables.h); a million names compile without a per-name
 * allocation. */

typedef struct {
  guint32 node, entity, flags, layer;
} NamePayload;

/* The edges of one table as they are made, in a flat array with their
 * children's path keys, and an open-addressing index over them grown by
 * doubling; the final table is laid out once all are known. */
typedef struct {
  GArray *edges;                  /* PxgEdge */
  GArray *keys;                   /* guint64 */
  guint32 *index;                 /* edge + 1, 0 empty */
  guint32 size;                   /* of the index, a power of two */
} EdgeTable;

/* A vocabulary token and the low half of its hash, side by side so that
 * a probe reads one cache line. */
typedef struct {
  guint32 offset;                 /* in the vocabulary; 0 empty */
  guint32 hash;
} VocabSlot;

typedef struct {
  const PxBuilder *b;
  char *pool;                     /* PXG_STRINGS, in the image (image_start) */
  gsize pool_len, pool_room;
  GHashTable *interned;           /* string (borrowed from the sources) -> offset */
  const char *last_interned[PXG_N_FIELDS];  /* each field's last string interned, */
  guint32 last_offset[PXG_N_FIELDS];        /* at this offset */
  GString *vocab;                 /* PXG_VOCAB */
  VocabSlot *vocab_slots;         /* open addressing by token hash */
  guint32 vocab_size, vocab_used;
  EdgeTable root, edges;
  GArray *node_flags;             /* guint32 PXG_CHILD_* per node */
  GArray *payloads;               /* NamePayload */
  guint32 start_classes;          /* PXG_START_* of the names' first characters */
  GString *folded;
  GString *ahead;                 /* prefetch_name's folded tokens */
} Compiler;

static guint32
append_string (Compiler *c, const char *s)
{
  if (s == NULL || *s == '\0')
    return 0;
  gsize len = strlen (s) + 1;
  g_assert (c->pool_len + len <= c->pool_room);   /* pool_room is an upper bound */
  guint32 at = (guint32) c->pool_len;
  memcpy (c->pool + at, s, len);
  c->pool_len += len;
  return at;
}

/* Fields that repeat across entities (the file, a subtype, a source) are
 * stored once. */
static guint32
intern (Compiler *c, PxgField f, const char *s)
{
  if (s == NULL || *s == '\0')
    return 0;
  /* The entities of a bulk list share one string for their file: it is
   * not hashed again for each. */
  if (s == c->last_interned[f])
    return c->last_offset[f];
  gpointer offset;
  guint32 at;
  if (g_hash_table_lookup_extended (c->interned, s, NULL, &offset))
    at = GPOINTER_TO_UINT (offset);
  else
    {
      at = append_string (c, s);
      g_hash_table_insert (c->interned, (gpointer) s, GUINT_TO_POINTER (at));
    }
  c->last_interned[f] = s;
  c->last_offset[f] = at;
  return at;
}

static void
vocab_grow (Compiler *c)
{
  guint32 old_size = c->vocab_size;
  g_autofree VocabSlot *old = c->vocab_slots;
  c->vocab_size = 2 * old_size;
  c->vocab_slots = big_new0 (c->vocab_size, sizeof (VocabSlot));
  for (guint32 k = 0; k < old_size; k++)
    if (old[k].offset)
      {
        guint32 slot = old[k].hash & (c->vocab_size - 1);
        while (c->vocab_slots[slot].offset)
          slot = (slot + 1) & (c->vocab_size - 1);
        c->vocab_slots[slot] = old[k];
      }
}

/* An empty vocabulary index for about @expected tokens. */
static void
vocab_init (Compiler *c, guint32 expected)
{
  c->vocab_size = 1024;
  while (c->vocab_size < 2 * (guint64) expected && c->vocab_size < (1u << 31))
    c->vocab_size *= 2;
  c->vocab_slots = big_new0 (c->vocab_size, sizeof (VocabSlot));
}

/* The folded token's offset in the vocabulary, added if new. */
static guint32
vocab_token (Compiler *c, const char *folded, gsize len, guint64 hash)
{
  if (2 * (c->vocab_used + 1) > c->vocab_size)
    vocab_grow (c);
  guint32 mask = c->vocab_size - 1;
  guint32 check = (guint32) hash;
  guint32 slot = check & mask;
  for (; c->vocab_slots[slot].offset; slot = (slot + 1) & mask)
    {
      const char *word = c->vocab->str + c->vocab_slots[slot].offset;
      if (c->vocab_slots[slot].hash == check && strncmp (word, folded, len) == 0
          && word[len] == '\0')
        return c->vocab_slots[slot].offset;
    }
  guint32 at = (guint32) c->vocab->len;
  g_string_append_len (c->vocab, folded, (gssize) len);
  g_string_append_c (c->vocab, '\0');
  c->vocab_slots[slot] = (VocabSlot) { at, check };
  c->vocab_used++;
  return at;
}

/* Puts @e in @slots of @size, which holds no edge with its key. */
static void
edge_place (PxgEdge *slots, guint32 size, const PxgEdge *e, guint64 key)
{
  guint32 slot = px_edge_slot (key, size);
  while (slots[slot].child)
    slot = slot + 1 == size ? 0 : slot + 1;
  slots[slot] = *e;
}

/* The final tables take a key's low half for the slot: the index takes
 * the high half, so that its clusters are not the final ones. */
static guint32
index_slot (guint64 key)
{
  return (guint32) (key >> 32);
}

/* A table sized for about @expected edges, so that it seldom grows: a
 * grown array is copied, and a grown index rebuilt. */
static void
edge_table_init (EdgeTable *t, guint32 expected)
{
  t->edges = big_array (sizeof (PxgEdge), expected);
  t->keys = big_array (sizeof (guint64), expected);
  t->size = 1024;
  while (t->size < 2 * (guint64) expected && t->size < (1u << 31))
    t->size *= 2;
  t->index = big_new0 (t->size, sizeof (guint32));
}

static void
edge_table_clear (EdgeTable *t)
{
  g_array_unref (t->edges);
  g_array_unref (t->keys);
  g_free (t->index);
}

static void
edge_index_place (EdgeTable *t, guint32 k)
{
  guint32 mask = t->size - 1;
  guint32 slot = index_slot (g_array_index (t->keys, guint64, k)) & mask;
  while (t->index[slot])
    slot = (slot + 1) & mask;
  t->index[slot] = k + 1;
}

static void
edge_index_grow (EdgeTable *t)
{
  g_free (t->index);
  t->size *= 2;
  t->index = big_new0 (t->size, sizeof (guint32));
  for (guint32 k = 0; k < t->edges->len; k++)
    edge_index_place (t, k);
}

static guint32
new_node (Compiler *c)
{
  guint32 none = 0;
  g_array_append_val (c->node_flags, none);
  return c->node_flags->len - 1;
}

/* The child of @parent (of path key @parent_key) by the folded token,
 * created if new; its path key in @key. */
static guint32
child_of (Compiler *c, guint32 parent, guint64 parent_key, const GString *folded, guint64 hash,
          guint64 *key_out)
{
  EdgeTable *t = parent == 0 ? &c->root : &c->edges;
  guint32 mask = t->size - 1;
  guint64 key = px_path_key (parent_key, hash);
  *key_out = key;
  guint32 check = (guint32) key;
  guint32 slot = index_slot (key) & mask;
  for (; t->index[slot]; slot = (slot + 1) & mask)
    {
      const PxgEdge *e = &g_array_index (t->edges, PxgEdge, t->index[slot] - 1);
      if (e->parent == parent && e->check == check
          && strcmp (c->vocab->str + e->token, folded->str) == 0)
        return e->child;
    }
  PxgEdge edge = {
    .parent = parent,
    .child = new_node (c),
    .token = vocab_token (c, folded->str, folded->len, hash),
    .check = check,
  };
  g_array_append_val (t->edges, edge);
  g_array_append_val (t->keys, key);
  t->index[slot] = t->edges->len;
  if (2 * t->edges->len > t->size)
    edge_index_grow (t);
  g_array_index (c->node_flags, guint32, parent) |= PXG_CHILD_HAS_EDGES;
  return edge.child;
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

static gboolean
add_name (Compiler *c, guint32 entity, guint layer, const char *name, gboolean demonym,
          GError **error)
{
  gsize len = strlen (name);
  PxNameToken token;
  guint32 node = 0;
  guint64 key = PXG_ROOT_KEY;
  gboolean after_word = FALSE;
  for (gsize pos = 0; px_name_token_next (name, len, pos, after_word, c->folded, &token);
       pos = token.end, after_word = token.after_word)
    {
      px_name_token_folded (name, &token, c->folded);
      node = child_of (c, node, key, c->folded, token.hash, &key);
      if (c->node_flags->len > PXG_MAX_NODES)
        return px_throw (error, PX_ERROR_GAZETTEER_FORMAT,
                         "the gazetteer is too large to compile (over %u name tokens)",
                         PXG_MAX_NODES);
    }
  if (node == 0)
    return TRUE;
  NamePayload p = { node, entity, name_flags (c->b, name, demonym), layer };
  g_array_append_val (c->payloads, p);
  g_array_index (c->node_flags, guint32, node) |= PXG_CHILD_HAS_NAMES;
  c->start_classes |= px_start_class (g_utf8_get_char_validated (name, -1));
  return TRUE;
}

/* ### Reading ahead
 *
 * Each token of a name costs a load from the trie's index at a slot no
 * earlier name has touched, a cache miss that nothing in the name's own
 * walk can overlap, since the next step needs this one's node; a profile
 * put two thirds of the insertion's time on that one load.  But a slot
 * depends only on the path key, a hash of the token hashes, so the index
 * slots of a name several names ahead are known and fetched while the
 * current one is walked.  (Fetching the edges those slots name as well,
 * halfway there, measured no better.) */

/* How many names ahead: enough for a few fetches to be in flight, few
 * enough that they are still in cache when their name comes. */
#define NAMES_AHEAD 8
/* Tokens fetched of one name; longer names are rare. */
#define TOKENS_AHEAD 6

/* A position in the names in the order they are compiled: each entity's
 * name (k 0), then its aliases and demonyms (k 1 on). */
typedef struct {
  guint entity;
  guint k;
} NameCursor;

static const char *
cursor_name (const PxBuilder *b, const NameCursor *at)
{
  if (at->entity >= b->entities->len)
    return NULL;
  const PxSourceEntity *e = b->entities->pdata[at->entity];
  return at->k == 0 ? e->fields[PXG_F_NAME] : e->aliases[at->k - 1];
}

static void
cursor_next (const PxBuilder *b, NameCursor *at)
{
  const PxSourceEntity *e = b->entities->pdata[at->entity];
  if (++at->k > e->n_aliases)
    {
      at->entity++;
      at->k = 0;
    }
}

/* The index slots of @name's edges, and the vocabulary's slots of its
 * tokens (read when an edge is new). */
static void
prefetch_name (Compiler *c, const char *name)
{
  gsize len = strlen (name);
  PxNameToken token;
  guint64 key = PXG_ROOT_KEY;
  gboolean after_word = FALSE;
  guint n = 0;
  for (gsize pos = 0;
       n < TOKENS_AHEAD && px_name_token_next (name, len, pos, after_word, c->ahead, &token);
       pos = token.end, after_word = token.after_word, n++)
    {
      const EdgeTable *t = n == 0 ? &c->root : &c->edges;
      key = px_path_key (key, token.hash);
      __builtin_prefetch (&t->index[index_slot (key) & (t->size - 1)]);
      __builtin_prefetch (&c->vocab_slots[(guint32) token.hash & (c->vocab_size - 1)]);
    }
}

static gboolean
resolve_link (const PxBuilder *b, const PxSourceEntity *e, const char *key, const char *id,
              guint32 *out, GError **error)
{
  const IdSlot *slot = id_slot (b, id, id_hash (id));
  if (slot->entity == 0)
    return px_throw (error, PX_ERROR_GAZETTEER_FORMAT, "%s:%u: %s '%s' is no entity's id",
                     e->fields[PXG_F_FILE], e->line, key, id);
  *out = slot->entity - 1;
  return TRUE;
}

static int
compare_payloads (gconstpointer a, gconstpointer b)
{
  const NamePayload *x = a, *y = b;
  if (x->layer != y->layer)
    return x->layer > y->layer ? -1 : 1;   /* the latest layer first */
  if (x->entity != y->entity)
    return x->entity < y->entity ? -1 : 1;
  return x->flags < y->flags ? -1 : x->flags > y->flags;
}

/* The image, built where it will stay: the sections whose sizes the
 * trie and the entities fix are laid out and allocated at once, and
 * filled in place; the two that are only known once filled (the string
 * pool and the shared names) come last, in room reserved for them at
 * their upper bounds (every string once, every name shared), so that
 * nothing is copied or moved.  Reserved room never written is never
 * touched, and costs no memory. */
typedef struct {
  guint8 *data;                   /* owned */
  guint64 len;                    /* the bytes laid out */
  PxgSectionRef refs[PXG_N_SECTIONS];
} Image;

static const gsize element_size[PXG_N_SECTIONS] = {
  [PXG_STRINGS] = 1, [PXG_ENTITIES] = sizeof (PxgEntity), [PXG_ALIASES] = sizeof (guint32),
  [PXG_MEMBERS] = sizeof (guint32), [PXG_ID_HASH] = sizeof (guint32), [PXG_VOCAB] = 1,
  [PXG_ROOT_EDGES] = sizeof (PxgEdge), [PXG_EDGES] = sizeof (PxgEdge),
  [PXG_NODE_NAMES] = sizeof (PxgPayload), [PXG_MORE_NAMES] = sizeof (PxgMoreName),
  [PXG_START_FILTER] = sizeof (guint64), [PXG_STEP_FILTER] = sizeof (guint64),
};

/* Places section @s, of @count elements, after those laid out so far. */
static gboolean
image_lay_out (Image *img, PxgSection s, guint64 count, GError **error)
{
  guint64 end = img->len + count * element_size[s];
  if (count > G_MAXUINT32 || end > G_MAXUINT32 - 8)
    return px_throw (error, PX_ERROR_GAZETTEER_FORMAT,
                     "the gazetteer is too large to compile (over 4 GiB)");
  img->refs[s] = (PxgSectionRef) { (guint32) img->len, (guint32) count };
  img->len = (end + 7) & ~(guint64) 7;
  return TRUE;
}

/* Section @s, laid out, with the padding after it zeroed, so that a file
 * is the same bytes for the same sources. */
static gpointer
image_section (Image *img, PxgSection s)
{
  guint8 *at = img->data + img->refs[s].offset;
  gsize size = img->refs[s].count * element_size[s];
  gsize padded = (size + 7) & ~(gsize) 7;
  memset (at + size, 0, padded - size);
  return at;
}

/* The final edge table: about three quarters full, so that a probe ends
 * soon, and never full, so that a search for a missing token ends at an
 * empty slot. */
static guint32
edge_table_size (const EdgeTable *t)
{
  guint32 used = t->edges->len;
  return MAX (used + used / 3 + 1, 8u);
}

/* The edges' indices in the order of their checks (their keys' low
 * halves), by two passes of a radix sort on 16 bits.  (transfer full) */
static guint32 *
edges_by_check (const EdgeTable *t)
{
  guint32 n = t->edges->len;
  const PxgEdge *edges = (const PxgEdge *) (gconstpointer) t->edges->data;
  guint32 *order = g_new (guint32, MAX (n, 1));
  g_autofree guint32 *scratch = g_new (guint32, MAX (n, 1));
  g_autofree guint32 *count = g_new (guint32, 65536);
  for (guint32 k = 0; k < n; k++)
    order[k] = k;
  /* Low digit from @order into @scratch, high digit back. */
  guint32 *from = order, *to = scratch;
  for (guint shift = 0; shift < 32; shift += 16)
    {
      memset (count, 0, sizeof (guint32) * 65536);
      for (guint32 k = 0; k < n; k++)
        count[(edges[k].check >> shift) & 0xFFFF]++;
      guint32 at = 0;
      for (guint32 d = 0; d < 65536; d++)
        {
          guint32 here = count[d];
          count[d] = at;
          at += here;
        }
      for (guint32 k = 0; k < n; k++)
        {
          guint32 i = from[k];
          to[count[(edges[i].check >> shift) & 0xFFFF]++] = i;
        }
      guint32 *swap = from;
      from = to;
      to = swap;
    }
  return order;
}

/* Placed in the order of their checks, the edges of every run of used
 * slots are sorted (tables.h, PxgEdge): each goes to the first free slot
 * from its own, after every edge placed before it with a check no
 * greater. */
static void
build_edges (Compiler *c, EdgeTable *t, Image *img, PxgSection s)
{
  guint32 used = t->edges->len;
  guint32 size = img->refs[s].count;
  PxgEdge *slots = image_section (img, s);
  memset (slots, 0, sizeof (PxgEdge) * size);
  const guint32 *flags = (const guint32 *) (gconstpointer) c->node_flags->data;
  g_autofree guint32 *order = edges_by_check (t);
  for (guint32 j = 0; j < used; j++)
    {
      guint32 k = order[j];
      PxgEdge e = g_array_index (t->edges, PxgEdge, k);
      e.child |= flags[e.child];
      edge_place (slots, size, &e, g_array_index (t->keys, guint64, k));
    }
}

/* The payloads grouped by node (a counting sort), each node's ordered
 * latest layer first; only the latest layer's names are kept, and the
 * same name twice is one.  A node's first name goes in its slot, the
 * others in the list of shared names. */
static void
build_payloads (Compiler *c, Image *img, GArray *more, guint32 *n_names)
{
  guint32 n_nodes = c->node_flags->len;
  PxgPayload *first = image_section (img, PXG_NODE_NAMES);
  for (guint32 i = 0; i < n_nodes; i++)
    first[i] = (PxgPayload) { PX_NO_ENTITY, 0 };
  const NamePayload *in = (const NamePayload *) (gconstpointer) c->payloads->data;
  guint32 n = c->payloads->len;
  g_autofree guint32 *at = g_new0 (guint32, n_nodes + 1);
  for (guint32 k = 0; k < n; k++)
    at[in[k].node + 1]++;
  for (guint32 i = 0; i < n_nodes; i++)
    at[i + 1] += at[i];
  g_autofree NamePayload *sorted = g_new (NamePayload, n + 1);
  g_autofree guint32 *fill = g_memdup2 (at, sizeof (guint32) * (n_nodes + 1));
  for (guint32 k = 0; k < n; k++)
    sorted[fill[in[k].node]++] = in[k];
  *n_names = 0;
  for (guint32 i = 0; i < n_nodes; i++)
    {
      guint32 lo = at[i], hi = at[i + 1];
      if (hi - lo > 1)
        qsort (sorted + lo, hi - lo, sizeof (NamePayload), compare_payloads);
      const PxgPayload *last = NULL;
      for (guint32 k = lo; k < hi; k++)
        {
          const NamePayload *p = &sorted[k];
          /* A later layer takes the name; the same name twice is one. */
          if (last && (p->layer != sorted[lo].layer
                       || (last->entity == p->entity && last->flags == p->flags)))
            continue;
          ++*n_names;
          if (last == NULL)
            {
              first[i] = (PxgPayload) { p->entity, p->flags };
              last = &first[i];
              continue;
            }
          first[i].flags |= PXG_NAME_MORE;
          PxgMoreName m = { i, { p->entity, p->flags } };
          g_array_append_val (more, m);
          last = &g_array_index (more, PxgMoreName, more->len - 1).name;
        }
    }
}

/* Two bits per key, in about 16 bits per key. */
static guint32
filter_words (guint32 keys)
{
  guint32 words = 64;
  while (words < keys / 4 && words < (1u << 24))
    words *= 2;
  return words;
}

static void
build_start_filter (Compiler *c, Image *img)
{
  guint32 words = img->refs[PXG_START_FILTER].count;
  guint64 *bits = image_section (img, PXG_START_FILTER);
  const guint32 *flags = (const guint32 *) (gconstpointer) c->node_flags->data;
  memset (bits, 0, sizeof (guint64) * words);
  /* The root's edges are the names' first tokens. */
  for (guint k = 0; k < c->root.keys->len; k++)
    {
      guint64 key = g_array_index (c->root.keys, guint64, k);
      guint32 child = PXG_CHILD_NODE (g_array_index (c->root.edges, PxgEdge, k).child);
      px_start_filter_add (bits, words - 1, key);
      if (flags[child] & PXG_CHILD_HAS_NAMES)
        bits[(key >> 12) & (words - 1)] |= px_start_filter_name_bits (key);
    }
}

/* Whether each node is a child of the root, as bits. */
static guint64 *
first_step_nodes (const Compiler *c)
{
  guint64 *first = g_new0 (guint64, c->node_flags->len / 64 + 1);
  for (guint k = 0; k < c->root.edges->len; k++)
    {
      guint32 node = PXG_CHILD_NODE (g_array_index (c->root.edges, PxgEdge, k).child);
      first[node / 64] |= G_GUINT64_CONSTANT (1) << (node % 64);
    }
  return first;
}

/* The number of edges that a name's second token takes. */
static guint32
count_second_steps (const Compiler *c)
{
  g_autofree guint64 *first = first_step_nodes (c);
  guint32 n = 0;
  for (guint k = 0; k < c->edges.edges->len; k++)
    {
      guint32 parent = g_array_index (c->edges.edges, PxgEdge, k).parent;
      n += (guint32) ((first[parent / 64] >> (parent % 64)) & 1);
    }
  return n;
}

/* The path keys of the nodes a name's second token leads to: most walks
 * from a name's first token end at the second step, and the filter
 * says so from a word in cache rather than a slot of the largest
 * table. */
static void
build_step_filter (Compiler *c, Image *img)
{
  guint32 words = img->refs[PXG_STEP_FILTER].count;
  guint64 *bits = image_section (img, PXG_STEP_FILTER);
  g_autofree guint64 *first = first_step_nodes (c);
  memset (bits, 0, sizeof (guint64) * words);
  for (guint k = 0; k < c->edges.edges->len; k++)
    {
      guint32 parent = g_array_index (c->edges.edges, PxgEdge, k).parent;
      if ((first[parent / 64] >> (parent % 64)) & 1)
        px_start_filter_add (bits, words - 1, g_array_index (c->edges.keys, guint64, k));
    }
}

static void
build_entities (Compiler *c, Image *img, const guint32 *metonyms, const GArray *member_links)
{
  const PxBuilder *b = c->b;
  guint link = 0;
  PxgEntity *entities = image_section (img, PXG_ENTITIES);
  guint32 *aliases = image_section (img, PXG_ALIASES);
  guint32 *members = image_section (img, PXG_MEMBERS);
  guint32 n_aliases = 0;
  for (guint i = 0; i < b->entities->len; i++)
    {
      const PxSourceEntity *e = b->entities->pdata[i];
      PxgEntity *out = &entities[i];
      memset (out, 0, sizeof *out);
      for (guint f = 0; f < PXG_N_FIELDS; f++)
        out->fields[f] = f == PXG_F_ID || f == PXG_F_NAME ? append_string (c, e->fields[f])
                                                          : intern (c, f, e->fields[f]);
      out->type = e->type;
      out->line = e->line;
      out->metonym_of = metonyms[i];
      out->aliases = n_aliases;
      out->n_aliases = e->n_aliases;
      out->n_demonyms = e->n_demonyms;
      for (guint k = 0; k < e->n_aliases; k++)
        aliases[n_aliases++] = append_string (c, e->aliases[k]);
      out->member_of = link;
      out->n_member_of = n_member_of (e);
      for (guint k = 0; k < n_member_of (e); k++, link++)
        members[link] = g_array_index (member_links, guint32, link);
    }
}

/* Ids by hash, at most half full. */
static guint32
id_hash_size (const PxBuilder *b)
{
  guint32 size = 2;
  while (size < 2 * (guint64) b->entities->len + 1)
    size *= 2;
  return size;
}

static void
build_id_hash (Compiler *c, Image *img)
{
  const PxBuilder *b = c->b;
  guint32 size = img->refs[PXG_ID_HASH].count;
  guint32 *slots = image_section (img, PXG_ID_HASH);
  memset (slots, 0, sizeof (guint32) * size);
  for (guint32 i = 0; i < b->entities->len; i++)
    {
      const PxSourceEntity *e = b->entities->pdata[i];
      guint32 slot = px_id_slot (e->fields[PXG_F_ID], size - 1);
      while (slots[slot])
        slot = (slot + 1) & (size - 1);
      slots[slot] = i + 1;
    }
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
      for (guint k = 0; k < n_member_of (e); k++)
        {
          guint32 target;
          if (!resolve_link (b, e, "member_of", e->member_of->pdata[k], &target, error))
            return FALSE;
          g_array_append_val (member_links, target);
        }
    }
  return TRUE;
}

static gsize
string_room (const char *s)
{
  return s && *s ? strlen (s) + 1 : 0;
}

/* Lays out the sections whose sizes are known before they are filled,
 * and allocates the image for them and for the two that follow. */
static gboolean
image_start (Compiler *c, Image *img, guint32 n_member_links, GError **error)
{
  const PxBuilder *b = c->b;
  guint64 n_aliases = 0;
  guint64 pool_room = 1;               /* offset 0: no string */
  for (guint i = 0; i < b->entities->len; i++)
    {
      const PxSourceEntity *e = b->entities->pdata[i];
      n_aliases += e->n_aliases;
      for (guint f = 0; f < PXG_N_FIELDS; f++)
        pool_room += string_room (e->fields[f]);
      for (guint k = 0; k < e->n_aliases; k++)
        pool_room += string_room (e->aliases[k]);
    }
  img->len = (sizeof (PxgHeader) + 7) & ~(guint64) 7;
  if (!image_lay_out (img, PXG_ENTITIES, b->entities->len, error)
      || !image_lay_out (img, PXG_ALIASES, n_aliases, error)
      || !image_lay_out (img, PXG_MEMBERS, n_member_links, error)
      || !image_lay_out (img, PXG_ID_HASH, id_hash_size (b), error)
      || !image_lay_out (img, PXG_VOCAB, c->vocab->len, error)
      || !image_lay_out (img, PXG_ROOT_EDGES, edge_table_size (&c->root), error)
      || !image_lay_out (img, PXG_EDGES, edge_table_size (&c->edges), error)
      || !image_lay_out (img, PXG_NODE_NAMES, c->node_flags->len, error)
      || !image_lay_out (img, PXG_START_FILTER, filter_words (c->root.edges->len), error)
      || !image_lay_out (img, PXG_STEP_FILTER, filter_words (count_second_steps (c)), error))
    return FALSE;
  guint64 more_room = (guint64) c->payloads->len * element_size[PXG_MORE_NAMES];
  guint64 room = img->len + pool_room + 8 + more_room + 8;
  if (room > G_MAXUINT32)
    return px_throw (error, PX_ERROR_GAZETTEER_FORMAT,
                     "the gazetteer is too large to compile (over 4 GiB)");
  img->data = big_new (room, 1);
  memcpy (image_section (img, PXG_VOCAB), c->vocab->str, c->vocab->len);
  c->pool = (char *) img->data + img->len;
  c->pool_room = pool_room;
  c->pool[0] = '\0';
  c->pool_len = 1;
  return TRUE;
}

/* Appends the string pool and the shared names, and writes the header. */
static GBytes *
image_finish (Compiler *c, Image *img, const GArray *more, guint32 n_names, const guint8 *hash,
              const guint8 *stamp, GError **error)
{
  /* The pool is in place already, at the offset it is laid out at. */
  if (!image_lay_out (img, PXG_STRINGS, c->pool_len, error)
      || !image_lay_out (img, PXG_MORE_NAMES, more->len, error))
    return NULL;
  image_section (img, PXG_STRINGS);
  guint8 *more_names = image_section (img, PXG_MORE_NAMES);
  if (more->len)                  /* an empty array has no data */
    memcpy (more_names, more->data, more->len * element_size[PXG_MORE_NAMES]);
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
  header.size = (guint32) img->len;
  header.n_nodes = c->node_flags->len;
  header.n_names = n_names;
  memcpy (header.sections, img->refs, sizeof header.sections);
  header.checksum = px_tables_checksum (img->data, img->len);
  gsize head = (sizeof header + 7) & ~(gsize) 7;
  memset (img->data, 0, head);
  memcpy (img->data, &header, sizeof header);
  gsize len = img->len;
  return g_bytes_new_take (g_steal_pointer (&img->data), len);
}

static void
compiler_clear (Compiler *c, Image *img)
{
  g_hash_table_unref (c->interned);
  g_string_free (c->vocab, TRUE);
  g_free (c->vocab_slots);
  edge_table_clear (&c->root);
  edge_table_clear (&c->edges);
  g_array_unref (c->node_flags);
  g_array_unref (c->payloads);
  g_string_free (c->folded, TRUE);
  g_string_free (c->ahead, TRUE);
  g_free (img->data);
}

GBytes *
px_builder_finish (PxBuilder *b, const guint8 *hash, const guint8 *stamp, GError **error)
{
  guint n = b->entities->len;
  g_autofree guint32 *metonyms = g_new (guint32, n + 1);
  g_autoptr(GArray) member_links = g_array_new (FALSE, FALSE, sizeof (guint32));
  if (!resolve_links (b, metonyms, member_links, error))
    return NULL;

  /* The arrays are sized from the number of names, as a list of names
   * in the benchmark's proportions needs them (about a first token per
   * name and two tokens more, a vocabulary of a third of the tokens). */
  guint32 n_names_in = 0;
  for (guint i = 0; i < n; i++)
    n_names_in += 1 + ((const PxSourceEntity *) b->entities->pdata[i])->n_aliases;
  Compiler c = {
    .b = b,
    .interned = g_hash_table_new (g_str_hash, g_str_equal),
    .vocab = big_string (8 * (gsize) n_names_in + 1),
    .node_flags = big_array (sizeof (guint32), 3 * n_names_in + 1),
    .payloads = big_array (sizeof (NamePayload), n_names_in),
    .folded = g_string_sized_new (64),
    .ahead = g_string_sized_new (64),
  };
  new_node (&c);                   /* the root, of path key PXG_ROOT_KEY */
  g_string_append_c (c.vocab, '\0');
  vocab_init (&c, n_names_in);
  edge_table_init (&c.root, n_names_in / 2);
  edge_table_init (&c.edges, 2 * n_names_in);
  Image img = { NULL };
  g_autoptr(GArray) more = g_array_new (FALSE, FALSE, sizeof (PxgMoreName));

  GBytes *image = NULL;
  /* While a name is compiled, the slots of the one NAMES_AHEAD later
   * are fetched. */
  NameCursor at = { 0, 0 }, ahead = { 0, 0 };
  for (guint k = 0; k < NAMES_AHEAD && cursor_name (b, &ahead); k++)
    cursor_next (b, &ahead);
  for (const char *name; (name = cursor_name (b, &at)) != NULL; cursor_next (b, &at))
    {
      const char *later = cursor_name (b, &ahead);
      if (later)
        {
          prefetch_name (&c, later);
          cursor_next (b, &ahead);
        }
      const PxSourceEntity *e = b->entities->pdata[at.entity];
      gboolean demonym = at.k > e->n_aliases - e->n_demonyms;
      if (!add_name (&c, at.entity, e->layer, name, demonym, error))
        goto out;
    }
  if (!image_start (&c, &img, member_links->len, error))
    goto out;
  build_edges (&c, &c.root, &img, PXG_ROOT_EDGES);
  build_edges (&c, &c.edges, &img, PXG_EDGES);
  guint32 n_names;
  build_payloads (&c, &img, more, &n_names);
  build_start_filter (&c, &img);
  build_step_filter (&c, &img);
  build_entities (&c, &img, metonyms, member_links);
  build_id_hash (&c, &img);
  image = image_finish (&c, &img, more, n_names, hash, stamp, error);
out:
  compiler_clear (&c, &img);
  return image;
}
