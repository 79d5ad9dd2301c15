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
px_gazetteer_new_from_image (const char *name, GBytes *image, GError **error)
{
  gsize len = 0;
  const guint8 *data = g_bytes_get_data (image, &len);
  PxgTables tables;
  if (data == NULL || !px_tables_check (name, data, len, &tables, error))
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
  return self->tables.header->sections[PXG_PAYLOADS].count;
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
  guint lo = 0, hi = px_gazetteer_n_entities (self);
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint e = t->id_index[mid];
      int c = strcmp (t->strings + t->entities[e].fields[PXG_F_ID], id);
      if (c == 0)
        return e;
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
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
  return self->tables.strings + self->tables.lists[e->aliases + i];
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
  return self->tables.lists[e->member_of + i];
}

/* ### Matching */

static const PxgNode *
child_node (const PxgTables *t, const PxgNode *node, guint32 token)
{
  const PxgEdge *edges = t->edges + node->edges;
  guint32 lo = 0, hi = node->n_edges;
  while (lo < hi)
    {
      guint32 mid = lo + (hi - lo) / 2;
      if (edges[mid].token == token)
        return &t->nodes[edges[mid].child];
      if (edges[mid].token < token)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

/* Whether the surface's case allows a name with @flags. */
static gboolean
case_allows (const char *text, PxSpan span, guint32 flags)
{
  if (!(flags & (PXG_NAME_CAPITAL | PXG_NAME_ALL_CAPS)))
    return TRUE;
  gboolean capital, all_caps;
  px_gazetteer_case (text + span.start, span.end - span.start, &capital, &all_caps);
  if ((flags & PXG_NAME_ALL_CAPS) && !all_caps)
    return FALSE;
  return capital || !(flags & PXG_NAME_CAPITAL);
}

/* The first payload of @node that the surface's case allows. */
static const PxgPayload *
accepted_payload (const PxgTables *t, const PxgNode *node, const char *text, PxSpan span)
{
  for (guint32 k = 0; k < node->n_payloads; k++)
    {
      const PxgPayload *p = &t->payloads[node->payloads + k];
      if (case_allows (text, span, p->flags))
        return p;
    }
  return NULL;
}

/* The longest name that starts at @start, reading tokens only as far as
 * the trie goes.  *@first_end is where the first token ends, where the
 * scan goes on when nothing matched. */
static gboolean
longest_from (const PxgTables *t, const char *text, gsize len, gsize start, GString *folded,
              PxNameMatch *match, gsize *first_end)
{
  PxNameTokens nt;
  px_name_tokens_init (&nt, text, len, folded);
  nt.pos = nt.end = start;
  const PxgNode *node = &t->nodes[0];
  gboolean found = FALSE;
  *first_end = len;
  for (gboolean first = TRUE; px_name_tokens_next (&nt); first = FALSE)
    {
      if (first)
        *first_end = nt.end;
      guint32 token = px_tables_token (t, folded->str, folded->len);
      if (token == PX_NO_ENTITY || (node = child_node (t, node, token)) == NULL)
        break;
      if (node->n_payloads == 0)
        continue;
      PxSpan span = { start, nt.end };
      const PxgPayload *p = accepted_payload (t, node, text, span);
      if (p)
        {
          found = TRUE;
          match->span = span;
          match->entity = p->entity;
          match->demonym = (p->flags & PXG_NAME_DEMONYM) != 0;
        }
    }
  return found;
}

/* What starts at @i: a PXG_START_* class, 0 for space; *@c the character. */
static guint32
class_at (const char *text, gsize len, gsize i, gunichar *c)
{
  guchar b = (guchar) text[i];
  if (b < 0x80)
    {
      *c = b;
      if (g_ascii_isupper (b))
        return PXG_START_CAPITAL;
      if (g_ascii_islower (b))
        return PXG_START_LOWER;
      if (g_ascii_isdigit (b))
        return PXG_START_DIGIT;
      return g_ascii_isspace (b) ? 0 : PXG_START_OTHER;
    }
  *c = g_utf8_get_char_validated (text + i, (gssize) (len - i));
  if (*c == (gunichar) -1 || *c == (gunichar) -2)
    return PXG_START_OTHER;
  return g_unichar_isspace (*c) ? 0 : px_start_class (*c);
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

/* Whether a name can start at @i, which does not hold a capital.  For
 * the common case, a plain ASCII word, the answer comes from the start
 * filter without folding or touching the vocabulary: no bit for its hash
 * means no name starts with it, and *@word_end says where it ends.  Any
 * other word is tried in full. */
static gboolean
may_start_name (const PxgTables *t, const char *text, gsize len, gsize i, gsize *word_end)
{
  gsize j = i;
  guint32 h = 2166136261u;
  while (j < len && (g_ascii_islower (text[j]) || g_ascii_isdigit (text[j])))
    h = (h ^ (guchar) text[j++]) * 16777619u;
  if (j == i)
    {
      /* A mark: ASCII punctuation folds to itself (the quotes and dashes
       * of a normalised text are ASCII). */
      if ((guchar) text[i] >= 0x80 || text[i] == '\'' || text[i] == '"')
        return TRUE;
      h = (h ^ (guchar) text[i]) * 16777619u;
      j = i + 1;
    }
  /* "don't", "u.s.", "iPhone", "café": the tokenizer reads on; so do we. */
  else if (j < len && ((guchar) text[j] >= 0x80 || g_ascii_isupper (text[j]) || text[j] == '\''
                       || text[j] == '.'))
    return TRUE;
  *word_end = j;
  guint32 bit = PXG_FILTER_BIT (h);
  return (t->start_filter[bit / 32] & (1u << (bit % 32))) != 0;
}

void
px_gazetteer_match (const PxGazetteer *self, const char *text, gsize len, GArray *out)
{
  g_return_if_fail (self != NULL && text != NULL && out != NULL);
  const PxgTables *t = &self->tables;
  /* Most words of a text are lower case and most names start with a
   * capital: a position is tried only if some name starts with its kind
   * of character, and the others are skipped without folding. */
  guint32 classes = t->header->start_classes;
  g_autoptr(GString) folded = g_string_new (NULL);
  gsize i = 0;
  while (i < len)
    {
      gunichar c;
      guint32 cls = class_at (text, len, i, &c);
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
      gsize word_end;
      if (cls != PXG_START_CAPITAL && !may_start_name (t, text, len, i, &word_end))
        {
          i = word_end;
          continue;
        }
      PxNameMatch match;
      gsize first_end;
      if (longest_from (t, text, len, i, folded, &match, &first_end))
        {
          g_array_append_val (out, match);
          i = match.span.end;
        }
      else
        i = MAX (first_end, i + 1);
    }
}
