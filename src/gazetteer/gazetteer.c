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
accepted_payload (const PxgTables *t, guint32 node, const char *text, PxSpan span)
{
  for (guint32 k = t->node_payloads[node]; k < t->node_payloads[node + 1]; k++)
    {
      const PxgPayload *p = &t->payloads[k];
      if (case_allows (text, span, p->flags))
        return p;
    }
  return NULL;
}

/* The longest name that starts with @first, reading tokens only as far
 * as the trie goes. */
static gboolean
longest_from (const PxgTables *t, const char *text, gsize len, const PxToken *first,
              GString *folded, PxNameMatch *match)
{
  PxToken token = *first;
  guint32 node = 0;
  gboolean found = FALSE;
  for (;;)
    {
      const PxgEdge *edge = node == 0
        ? px_edge_find (t->root_edges, t->n_root_edges, t->vocab, 0, token.hash, folded->str,
                        folded->len)
        : px_edge_find (t->edges, t->n_edges, t->vocab, node, token.hash, folded->str,
                        folded->len);
      if (edge == NULL)
        break;
      node = PXG_CHILD_NODE (edge->child);
      if (edge->child & PXG_CHILD_HAS_NAMES)
        {
          PxSpan span = { first->start, token.end };
          const PxgPayload *p = accepted_payload (t, node, text, span);
          if (p)
            {
              found = TRUE;
              match->span = span;
              match->entity = p->entity;
              match->demonym = (p->flags & PXG_NAME_DEMONYM) != 0;
            }
        }
      if (!(edge->child & PXG_CHILD_HAS_EDGES)
          || !px_token_next (text, len, token.end, token.after_word, folded, &token))
        break;
    }
  return found;
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
  GString *folded = g_string_sized_new (64);
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
      PxToken first;
      if (!px_token_next (text, len, i, FALSE, folded, &first))
        break;
      PxNameMatch match;
      if (px_start_filter_has (t->start_filter, t->start_mask, first.hash)
          && longest_from (t, text, len, &first, folded, &match))
        {
          g_array_append_val (out, match);
          i = match.span.end;
        }
      else
        i = MAX (first.end, i + 1);
    }
  g_string_free (folded, TRUE);
}
