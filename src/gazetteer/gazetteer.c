/* gazetteer.c: a checked image and its entities (matching is in match.c). */
#include "config.h"

#include <string.h>

#include "gazetteer/gazetteer-private.h"

struct _PxGazetteer {
  gint ref_count;
  GBytes *image;          /* owns the memory (or the mapped file) */
  PxgTables tables;
  /* country code -> its first country + 1, built on first use (of any
   * thread: the documents of a run are read in parallel) */
  GHashTable *countries;
};

static const char *const type_names[PX_ENTITY_N_TYPES] = {
  "person", "org", "outlet", "place", "event", "weapon", "law", "product",
};

const char *
px_entity_type_name (PxEntityType type)
{
  g_return_val_if_fail (type < PX_ENTITY_N_TYPES, "?");
  return type_names[type];
}

const char *
px_entity_type_list (void)
{
  static char *list = NULL;
  if (g_once_init_enter (&list))
    {
      g_autoptr(GString) s = g_string_new (NULL);
      for (guint k = 0; k < PX_ENTITY_N_TYPES; k++)
        g_string_append_printf (s, "%s%s", k ? ", " : "", type_names[k]);
      g_once_init_leave (&list, g_string_free (g_steal_pointer (&s), FALSE));
    }
  return list;
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

const PxgTables *
px_gazetteer_tables (const PxGazetteer *self)
{
  return &self->tables;
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
  if (self->countries != NULL)
    g_hash_table_unref (self->countries);
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

/* The countries by code, built once: a cache, which a gazetteer read
 * from many threads builds under g_once. */
static GHashTable *
countries_by_code (const PxGazetteer *self)
{
  GHashTable **slot = (GHashTable **) &self->countries;
  if (g_once_init_enter (slot))
    {
      GHashTable *countries = g_hash_table_new (g_str_hash, g_str_equal);
      const PxgTables *t = &self->tables;
      for (guint g = 0, n = px_gazetteer_n_entities (self); g < n; g++)
        {
          const PxgEntity *e = &t->entities[g];
          if (e->type != PX_ENTITY_PLACE || e->fields[PXG_F_SUBTYPE] == 0
              || e->fields[PXG_F_COUNTRY] == 0
              || strcmp (t->strings + e->fields[PXG_F_SUBTYPE], "country") != 0)
            continue;
          const char *code = t->strings + e->fields[PXG_F_COUNTRY];
          if (!g_hash_table_contains (countries, code))
            g_hash_table_insert (countries, (gpointer) code, GUINT_TO_POINTER (g + 1));
        }
      g_once_init_leave (slot, countries);
    }
  return *slot;
}

guint
px_gazetteer_country_of_code (const PxGazetteer *self, const char *code)
{
  g_return_val_if_fail (code != NULL, PX_NO_ENTITY);
  return GPOINTER_TO_UINT (g_hash_table_lookup (countries_by_code (self), code)) - 1;
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
