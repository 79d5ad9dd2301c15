/* gazetteer.c: a checked image, its entities, and matching names in text. */
#include "config.h"

#include <string.h>

#include "gazetteer/gazetteer-private.h"

struct _PxGazetteer {
  gint ref_count;
  GBytes *image;          /* owns the memory (or the mapped file) */
  PxgTables tables;
};

static const char *const type_names[PX_ENTITY_N_TYPES] = {
  "person", "org", "outlet", "place", "event", "weapon",
};

const char *
px_entity_type_name (PxEntityType type)
{
  g_return_val_if_fail (type < PX_ENTITY_N_TYPES, "?");
  return type_names[type];
}

gboolean
px_entity_type_from_string (const char *name, PxEntityType *out)
{
  for (guint k = 0; k < PX_ENTITY_N_TYPES; k++)
    if (g_strcmp0 (name, type_names[k]) == 0)
      {
        *out = (PxEntityType) k;
        return TRUE;
      }
  return FALSE;
}

PxGazetteer *
px_gazetteer_new_from_image (const char *name, GBytes *image, gboolean check_sum,
                             GError **error)
{
  gsize len = 0;
  const guint8 *data = g_bytes_get_data (image, &len);
  PxgTables tables;
  if (data == NULL || !px_tables_check (name, data, len, check_sum, &tables, error))
    {
      if (data == NULL)
        px_throw (error, PX_ERROR_GAZETTEER_FORMAT, "%s: empty gazetteer cache", name);
      return NULL;
    }
  PxGazetteer *self = g_new0 (PxGazetteer, 1);
  self->ref_count = 1;
  self->image = g_bytes_ref (image);
  self->tables = tables;
  return self;
}

GBytes *
px_gazetteer_get_image (const PxGazetteer *self)
{
  return self->image;
}

PxGazetteer *
px_gazetteer_ref (PxGazetteer *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_int_inc (&self->ref_count);
  return self;
}

void
px_gazetteer_unref (PxGazetteer *self)
{
  if (self == NULL || !g_atomic_int_dec_and_test (&self->ref_count))
    return;
  g_bytes_unref (self->image);
  g_free (self);
}

/* ### Entities */

static const PxgEntity *
entity_at (const PxGazetteer *self, guint entity)
{
  /* An index from elsewhere is a programmer's error. */
  g_assert (entity < px_gazetteer_n_entities (self));
  return &self->tables.entities[entity];
}

guint
px_gazetteer_n_entities (const PxGazetteer *self)
{
  return self->tables.header->sections[PXG_ENTITIES].count;
}

guint
px_gazetteer_n_names (const PxGazetteer *self)
{
  return self->tables.header->n_names;
}

char *
px_gazetteer_source_sha256 (const PxGazetteer *self)
{
  GString *hex = g_string_sized_new (2 * PXG_HASH_LEN);
  for (guint i = 0; i < PXG_HASH_LEN; i++)
    g_string_append_printf (hex, "%02x", self->tables.header->hash[i]);
  return g_string_free (hex, FALSE);
}

guint
px_gazetteer_find (const PxGazetteer *self, const char *id)
{
  const PxgTables *t = &self->tables;
  guint32 mask = t->header->sections[PXG_ID_HASH].count - 1;
  for (guint32 slot = px_id_slot (id, mask), probes = 0; probes <= mask;
       slot = (slot + 1) & mask, probes++)
    {
      guint32 e = t->id_hash[slot];
      if (e == 0)
        break;
      if (strcmp (t->strings + t->entities[e - 1].fields[PXG_F_ID], id) == 0)
        return e - 1;
    }
  return PX_NO_ENTITY;
}

PxEntityType
px_gazetteer_entity_type (const PxGazetteer *self, guint entity)
{
  return (PxEntityType) entity_at (self, entity)->type;
}

static const char *const field_names[PXG_N_FIELDS] = {
  "id", "name", "subtype", "country", "role", "from", "to",
  "ownership", "ownership_source", "notes", "source", "file",
};

const char *
px_gazetteer_entity_field (const PxGazetteer *self, guint entity, const char *field)
{
  const PxgEntity *e = entity_at (self, entity);
  for (guint f = 0; f < PXG_N_FIELDS; f++)
    if (strcmp (field, field_names[f]) == 0)
      return e->fields[f] ? self->tables.strings + e->fields[f] : NULL;
  g_return_val_if_reached (NULL);
}

guint
px_gazetteer_entity_line (const PxGazetteer *self, guint entity)
{
  return entity_at (self, entity)->line;
}

guint
px_gazetteer_entity_metonym_of (const PxGazetteer *self, guint entity)
{
  return entity_at (self, entity)->metonym_of;
}

guint
px_gazetteer_entity_n_aliases (const PxGazetteer *self, guint entity)
{
  return entity_at (self, entity)->n_aliases;
}

const char *
px_gazetteer_entity_alias (const PxGazetteer *self, guint entity, guint i, gboolean *is_demonym)
{
  const PxgEntity *e = entity_at (self, entity);
  g_return_val_if_fail (i < e->n_aliases, NULL);
  if (is_demonym)
    *is_demonym = i >= e->n_aliases - e->n_demonyms;
  return self->tables.strings + self->tables.aliases[e->aliases + i];
}

guint
px_gazetteer_entity_n_member_of (const PxGazetteer *self, guint entity)
{
  return entity_at (self, entity)->n_member_of;
}

guint
px_gazetteer_entity_member_of (const PxGazetteer *self, guint entity, guint i)
{
  const PxgEntity *e = entity_at (self, entity);
  g_return_val_if_fail (i < e->n_member_of, PX_NO_ENTITY);
  return self->tables.members[e->member_of + i];
}

/* ### Matching */

/* Whether the surface's first letter is a capital: px_gazetteer_case's
 * @capital, without reading the rest of it when it starts with an ASCII
 * letter, as nearly every name found does. */
static gboolean
starts_capitalised (const char *text, PxSpan span)
{
  guchar b = (guchar) text[span.start];
  if (g_ascii_isalpha (b))
    return g_ascii_isupper (b);
  gboolean capital, all_caps;
  px_gazetteer_case (text + span.start, span.end - span.start, &capital, &all_caps);
  return capital;
}

/* Whether the surface's case allows a name with @flags. */
static gboolean
case_allows (const char *text, PxSpan span, guint32 flags)
{
  if (!(flags & (PXG_NAME_CAPITAL | PXG_NAME_ALL_CAPS)))
    return TRUE;
  if (!(flags & PXG_NAME_ALL_CAPS))
    return starts_capitalised (text, span);
  gboolean capital, all_caps;
  px_gazetteer_case (text + span.start, span.end - span.start, &capital, &all_caps);
  if ((flags & PXG_NAME_ALL_CAPS) && !all_caps)
    return FALSE;
  return capital || !(flags & PXG_NAME_CAPITAL);
}

/* The first name ending at @node that the surface's case allows. */
static const PxgPayload *
accepted_payload (const PxgTables *t, guint32 node, const char *text, PxSpan span)
{
  const PxgPayload *first = &t->node_names[node];
  if (first->entity == PX_NO_ENTITY)
    return NULL;
  if (case_allows (text, span, first->flags))
    return first;
  if (!(first->flags & PXG_NAME_MORE))
    return NULL;
  guint32 lo = 0, hi = t->n_more_names;
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      if (t->more_names[mid].node < node)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (; lo < t->n_more_names && t->more_names[lo].node == node; lo++)
    if (case_allows (text, span, t->more_names[lo].name.flags))
      return &t->more_names[lo].name;
  return NULL;
}

/* ### The token stream
 *
 * The text's tokens are read a few ahead of the position being tried:
 * when a token is read, the start filter's word for it is prefetched, and
 * a few tokens later, if the filter lets it through, the root edge slot
 * it would be found in and the slot of the edge its next token would
 * take.  The slots are known from the tokens alone (the path keys of
 * tables.h), so these fetches do not wait for each other: by the time the
 * matcher gets to a token, the first two steps of a name from it are in
 * cache, and the lookups of consecutive words overlap instead of waiting
 * for memory one after the other. */

#define AHEAD 32                /* tokens read ahead; a power of two */
#define PREFETCH_ROOT_AT 12     /* how far ahead the root slot is fetched */

typedef struct {
  PxNameToken token;
  guint64 root_key;             /* the path key of the token as a name's first */
  guint32 spill, spill_len;     /* the folded form in the spill, when not ASCII */
} Ahead;

typedef struct {
  const PxgTables *t;
  const char *text;
  gsize len;
  Ahead ring[AHEAD];
  guint head, count;            /* ring[head] .. ring[head + count - 1] */
  guint64 seq;                  /* how many tokens went before ring[head] */
  guint64 prefetched_to;        /* the tokens before this one have been
                                 * through stream_prefetch */
  gsize pos;                    /* where the next token is read */
  gboolean after_word, ended;
  GString *spill;               /* folded forms of non-ASCII tokens */
  GString *scratch;
} Stream;

static void
stream_reset (Stream *s, gsize pos)
{
  s->head = s->count = 0;
  s->prefetched_to = s->seq;
  s->pos = pos;
  s->after_word = s->ended = FALSE;
  if (s->spill)
    g_string_truncate (s->spill, 0);
}

/* The buffers for non-ASCII tokens, made when the first is met: most
 * lines have none. */
static GString *
stream_scratch (Stream *s)
{
  if (s->scratch == NULL)
    {
      s->scratch = g_string_sized_new (64);
      s->spill = g_string_sized_new (64);
    }
  return s->scratch;
}

static gboolean
stream_read (Stream *s)
{
  if (s->ended || s->count == AHEAD)
    return FALSE;
  Ahead *a = &s->ring[(s->head + s->count) & (AHEAD - 1)];
  if (!px_ascii_token (s->text, s->len, s->pos, &a->token)
      && !px_name_token_next (s->text, s->len, s->pos, s->after_word, stream_scratch (s),
                              &a->token))
    {
      s->ended = TRUE;
      return FALSE;
    }
  if (!a->token.ascii)
    {
      a->spill = (guint32) s->spill->len;
      a->spill_len = (guint32) s->scratch->len;
      g_string_append_len (s->spill, s->scratch->str, (gssize) s->scratch->len);
    }
  a->root_key = px_path_key (PXG_ROOT_KEY, a->token.hash);
  s->pos = a->token.end;
  s->after_word = a->token.after_word;
  s->count++;
  __builtin_prefetch (&s->t->start_filter[(a->root_key >> 12) & s->t->start_mask]);
  return TRUE;
}

/* The token @k places ahead (k < AHEAD), or NULL past the end. */
static const Ahead *
stream_peek (Stream *s, guint k)
{
  while (s->count <= k)
    if (!stream_read (s))
      return NULL;
  return &s->ring[(s->head + k) & (AHEAD - 1)];
}

/* Keeps the ring full, and fetches the root slots of the next few tokens
 * that the filter lets through (their filter words were fetched when they
 * were read, a few tokens ago), with the slot of the second step. */
static void
stream_prefetch (Stream *s)
{
  while (s->count < AHEAD && stream_read (s))
    ;
  const PxgTables *t = s->t;
  guint64 to = s->seq + MIN (s->count, PREFETCH_ROOT_AT);
  for (guint64 n = MAX (s->prefetched_to, s->seq + 1); n < to; n++)
    {
      guint k = (guint) (n - s->seq);
      const Ahead *a = &s->ring[(s->head + k) & (AHEAD - 1)];
      if (!px_start_filter_has (t->start_filter, t->start_mask, a->root_key))
        continue;
      __builtin_prefetch (&t->root_edges[px_edge_slot (a->root_key, t->n_root_edges)]);
      if (k + 1 < s->count)
        {
          const Ahead *next = &s->ring[(s->head + k + 1) & (AHEAD - 1)];
          guint64 key = px_path_key (a->root_key, next->token.hash);
          __builtin_prefetch (&t->edges[px_edge_slot (key, t->n_edges)]);
        }
    }
  s->prefetched_to = MAX (s->prefetched_to, to);
}

static gboolean
is_possessive (const Stream *s, const Ahead *a)
{
  return !a->token.ascii && a->spill_len == 2 && s->spill->str[a->spill] == '\''
         && s->spill->str[a->spill + 1] == 's';
}

/* Whether a tokenizer started at the "s" of a possessive ending at @end
 * reads the word "s" there, and the stream's tokens after it: a period
 * would join that word ("s." as in an initial), and an apostrophe reads
 * otherwise after a word (that tokenizer's case) than after a mark (the
 * stream's). */
static gboolean
same_after_possessive (const Stream *s, gsize end)
{
  if (end >= s->len)
    return TRUE;
  char c = s->text[end];
  return c != '.' && c != '\'' && (guchar) c < 0x80;
}

/* Puts back, as the stream's next token, the word "s" that a tokenizer
 * started at @i reads at the end of the possessive @poss: the stream
 * reads on as before, where it would otherwise be read again from @i. */
static const Ahead *
stream_unshift_s (Stream *s, const Ahead *poss, gsize i)
{
  PxNameToken word = {
    .start = i, .end = poss->token.end, .after_word = TRUE, .ascii = TRUE,
    .hash = px_token_hash ("s", 1),
  };
  s->head = (s->head - 1) & (AHEAD - 1);
  s->count++;
  s->seq--;
  Ahead *a = &s->ring[s->head];
  a->token = word;
  a->root_key = px_path_key (PXG_ROOT_KEY, word.hash);
  __builtin_prefetch (&s->t->start_filter[(a->root_key >> 12) & s->t->start_mask]);
  return a;
}

/* The first token of a name tried at @i, as a tokenizer started at @i
 * reads it: the stream's when it starts there, except a possessive,
 * which is one only after a word; else the stream starts again at @i.
 * The possessive's own "s" is the one exception that needs no new start,
 * and the common one: every "'s" that follows a word tried is tried. */
static const Ahead *
stream_at (Stream *s, gsize i)
{
  const Ahead *popped = NULL;
  while (s->count > 0 && s->ring[s->head].token.start < i)
    {
      popped = &s->ring[s->head];
      s->head = (s->head + 1) & (AHEAD - 1);
      s->count--;
      s->seq++;
    }
  if (popped && is_possessive (s, popped) && popped->token.end == i + 1
      && same_after_possessive (s, i + 1))
    {
      Ahead poss = *popped;
      return stream_unshift_s (s, &poss, i);
    }
  const Ahead *a = stream_peek (s, 0);
  if (a && a->token.start == i && !is_possessive (s, a))
    return a;
  stream_reset (s, i);
  return stream_peek (s, 0);
}

static const char *
folded_form (const Stream *s, const Ahead *a, gsize *len)
{
  if (a->token.ascii)
    {
      *len = a->token.end - a->token.start;
      return s->text + a->token.start;
    }
  *len = a->spill_len;
  return s->spill->str + a->spill;
}

/* Fetches the slot of the edge that the token @k + 1 places ahead would
 * take, when the token @k places ahead takes the edge after a node of
 * path key @key: the step after next, while the next one is on its way. */
static void
prefetch_step (const Stream *s, guint k, guint64 key)
{
  if (k + 1 >= s->count)
    return;
  const Ahead *a = &s->ring[(s->head + k) & (AHEAD - 1)];
  const Ahead *b = &s->ring[(s->head + k + 1) & (AHEAD - 1)];
  guint64 next = px_path_key (px_path_key (key, a->token.hash), b->token.hash);
  __builtin_prefetch (&s->t->edges[px_edge_slot (next, s->t->n_edges)]);
}

/* The longest name that starts with @a, the stream's next token, reading
 * tokens only as far as the trie goes.  The nodes that end names on the
 * way are noted, their payloads fetched, and checked once the walk is
 * over, longest first: the fetches overlap with the walk.
 *
 * Unless @exact, the edges of the tokens in the ring are taken on their
 * check alone and their tokens' texts compared once the walk is over, so
 * that reading the vocabulary overlaps with the walk too; if one differs
 * (two keys that share their high half, from one node), the walk is made
 * again comparing each token as it goes, and the result is the same as if
 * it always had. */
static gboolean
longest_from (Stream *s, const Ahead *a, gboolean exact, PxNameMatch *match)
{
  const PxgTables *t = s->t;
  const Ahead *const first = a;
  PxNameToken token = a->token;
  gsize start = token.start, len;
  const char *folded = folded_form (s, a, &len);
  guint64 key = a->root_key;
  guint32 node = 0;
  guint32 named[AHEAD];
  gsize named_end[AHEAD];
  guint n_named = 0;
  const PxgEdge *taken[AHEAD];
  const Ahead *taken_by[AHEAD];
  guint n_taken = 0;
  for (guint k = 1;; k++)
    {
      const PxgEdge *table = node == 0 ? t->root_edges : t->edges;
      guint32 size = node == 0 ? t->n_root_edges : t->n_edges;
      const PxgEdge *edge;
      if (a != NULL && !exact)
        {
          edge = px_edge_probe (table, size, node, key);
          if (edge)
            {
              __builtin_prefetch (t->vocab + edge->token);
              taken[n_taken] = edge;
              taken_by[n_taken++] = a;
            }
        }
      else
        edge = px_edge_find (table, size, t->vocab, node, key, folded, len, token.ascii);
      if (edge == NULL)
        break;
      node = PXG_CHILD_NODE (edge->child);
      if (edge->child & PXG_CHILD_HAS_NAMES)
        {
          if (n_named == AHEAD)
            {
              /* Only the longest names can win. */
              memmove (named, named + 1, sizeof named[0] * (AHEAD - 1));
              memmove (named_end, named_end + 1, sizeof named_end[0] * (AHEAD - 1));
              n_named--;
            }
          __builtin_prefetch (&t->node_names[node]);
          named[n_named] = node;
          named_end[n_named++] = token.end;
        }
      if (!(edge->child & PXG_CHILD_HAS_EDGES))
        break;
      if (!exact)
        prefetch_step (s, k, key);
      if (k < AHEAD)
        {
          if ((a = stream_peek (s, k)) == NULL)
            break;
          token = a->token;
          folded = folded_form (s, a, &len);
        }
      else
        {
          /* A name longer than the ring: read on without it. */
          a = NULL;
          if (!px_name_token_next (s->text, s->len, token.end, token.after_word,
                                   stream_scratch (s), &token))
            break;
          folded = token.ascii ? s->text + token.start : s->scratch->str;
          len = token.ascii ? token.end - token.start : s->scratch->len;
        }
      key = px_path_key (key, token.hash);
    }
  for (guint j = 0; j < n_taken; j++)
    {
      gsize n;
      const char *f = folded_form (s, taken_by[j], &n);
      if (!px_same_token (t->vocab + taken[j]->token, f, n, taken_by[j]->token.ascii))
        return longest_from (s, first, TRUE, match);
    }
  while (n_named-- > 0)
    {
      PxSpan span = { start, named_end[n_named] };
      const PxgPayload *p = accepted_payload (t, named[n_named], s->text, span);
      if (p)
        {
          match->span = span;
          match->entity = p->entity;
          match->demonym = (p->flags & PXG_NAME_DEMONYM) != 0;
          return TRUE;
        }
    }
  return FALSE;
}

/* What kind of character starts at @i: a PXG_START_* class, 0 for space. */
static guint32
class_at (const char *text, gsize len, gsize i)
{
  guchar b = (guchar) text[i];
  if (b < 0x80)
    {
      if (g_ascii_isupper (b))
        return PXG_START_CAPITAL;
      if (g_ascii_islower (b))
        return PXG_START_LOWER;
      if (g_ascii_isdigit (b))
        return PXG_START_DIGIT;
      return g_ascii_isspace (b) ? 0 : PXG_START_OTHER;
    }
  gunichar c = g_utf8_get_char_validated (text + i, (gssize) (len - i));
  if (c == (gunichar) -1 || c == (gunichar) -2)
    return PXG_START_OTHER;
  return g_unichar_isspace (c) ? 0 : px_start_class (c);
}

/* Past the word or mark at @i that no name can start with. */
static gsize
skip_token (const char *text, gsize len, gsize i, guint32 cls)
{
  if (cls == PXG_START_OTHER)
    return px_next_char (text, len, i);
  while (i < len)
    {
      guchar b = (guchar) text[i];
      if (b < 0x80)
        {
          if (!g_ascii_isalnum (b))
            break;
          i++;
          continue;
        }
      gunichar c = g_utf8_get_char_validated (text + i, (gssize) (len - i));
      if (c == (gunichar) -1 || c == (gunichar) -2 || !px_is_word_char (c))
        break;
      i = px_next_char (text, len, i);
    }
  return i;
}

void
px_gazetteer_match (const PxGazetteer *self, const char *text, gsize len, GArray *out)
{
  g_return_if_fail (self != NULL && text != NULL && out != NULL);
  const PxgTables *t = &self->tables;
  /* A position is tried only if some name starts with its kind of
   * character, and then only if the start filter knows its first token:
   * most words of a text start no name, and they cost one pass of
   * folding and hashing, never a lookup in the trie. */
  guint32 classes = t->header->start_classes;
  /* Not zeroed as a whole: the ring is written before it is read. */
  Stream s;
  s.t = t;
  s.text = text;
  s.len = len;
  s.seq = 0;
  s.spill = s.scratch = NULL;
  stream_reset (&s, 0);
  gsize i = 0;
  while (i < len)
    {
      if (g_ascii_isspace (text[i]))
        {
          i++;
          continue;
        }
      guint32 cls = class_at (text, len, i);
      if (cls == 0)
        {
          i = px_next_char (text, len, i);
          continue;
        }
      if (!(classes & cls))
        {
          i = skip_token (text, len, i, cls);
          continue;
        }
      const Ahead *first = stream_at (&s, i);
      if (first == NULL)
        break;
      stream_prefetch (&s);
      PxNameMatch match;
      gsize first_end = first->token.end;
      if (px_start_filter_has (t->start_filter, t->start_mask, first->root_key)
          && longest_from (&s, first, FALSE, &match))
        {
          g_array_append_val (out, match);
          i = match.span.end;
        }
      else
        i = MAX (first_end, i + 1);
    }
  if (s.scratch)
    {
      g_string_free (s.spill, TRUE);
      g_string_free (s.scratch, TRUE);
    }
}
