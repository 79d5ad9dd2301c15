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

typedef struct {
  PxSpan span;
  guint32 token;          /* vocabulary index, or PX_NO_ENTITY */
} TextToken;

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

/* The longest name starting at token @i; returns the number of tokens. */
static guint
longest_at (const PxgTables *t, const char *text, const TextToken *tokens, guint n, guint i,
            PxNameMatch *match)
{
  const PxgNode *node = &t->nodes[0];
  guint best = 0;
  for (guint j = i; j < n && tokens[j].token != PX_NO_ENTITY; j++)
    {
      node = child_node (t, node, tokens[j].token);
      if (node == NULL)
        break;
      if (node->n_payloads == 0)
        continue;
      PxSpan span = { tokens[i].span.start, tokens[j].span.end };
      const PxgPayload *p = accepted_payload (t, node, text, span);
      if (p)
        {
          best = j - i + 1;
          match->span = span;
          match->entity = p->entity;
          match->demonym = (p->flags & PXG_NAME_DEMONYM) != 0;
        }
    }
  return best;
}

void
px_gazetteer_match (const PxGazetteer *self, const char *text, gsize len, GArray *out)
{
  g_return_if_fail (self != NULL && text != NULL && out != NULL);
  const PxgTables *t = &self->tables;
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (TextToken));
  PxNameTokens nt;
  px_name_tokens_init (&nt, text, len, folded);
  while (px_name_tokens_next (&nt))
    {
      TextToken tok = { { nt.start, nt.end }, px_tables_token (t, folded->str) };
      g_array_append_val (tokens, tok);
    }
  const TextToken *tv = (const TextToken *) (gpointer) tokens->data;
  for (guint i = 0; i < tokens->len;)
    {
      PxNameMatch match;
      guint n = tv[i].token == PX_NO_ENTITY ? 0 : longest_at (t, text, tv, tokens->len, i, &match);
      if (n == 0)
        {
          i++;
          continue;
        }
      g_array_append_val (out, match);
      i += n;
    }
}
