/* gazetteer-private.h: what the files of src/gazetteer/ share. */
#pragma once

#include "gazetteer/gazetteer.h"
#include "gazetteer/tables.h"

G_BEGIN_DECLS

/* Wraps a compiled image after checking it.  (transfer full) */
PxGazetteer *px_gazetteer_new_from_image (const char *name, GBytes *image, GError **error);
/* (transfer none) */
GBytes      *px_gazetteer_get_image (const PxGazetteer *self);

/* ### Building an image (build.c) */

/* An entity as read from a source, before compiling. */
typedef struct {
  char *fields[PXG_N_FIELDS];
  PxEntityType type;
  guint line;
  guint layer;
  char *metonym_of;                  /* id */
  GPtrArray *aliases;                /* char*, aliases then demonyms */
  guint n_demonyms;
  GPtrArray *member_of;              /* char* ids; NULL (none) in a borrowed entity */
  gboolean borrowed;                 /* the strings of fields and aliases are
                                      * borrowed from the builder (px_builder_keep) */
} PxSourceEntity;

PxSourceEntity *px_source_entity_new  (void);
/* An entity whose fields and aliases will be borrowed strings. */
PxSourceEntity *px_source_entity_new_borrowed (void);
void            px_source_entity_free (PxSourceEntity *e);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSourceEntity, px_source_entity_free)

typedef struct _PxBuilder PxBuilder;

PxBuilder *px_builder_new  (const PxGazetteerOptions *options);
void       px_builder_free (PxBuilder *b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxBuilder, px_builder_free)

/* Adds @entity (taking it) to the current layer: an id already defined in
 * this layer is an error naming both places; one from an earlier layer is
 * replaced. */
gboolean   px_builder_add (PxBuilder *b, PxSourceEntity *entity, GError **error);
void       px_builder_next_layer (PxBuilder *b);
/* Keeps @data (taking it) for as long as @b lives, so that entities may
 * borrow strings from it.  Returns @data.  (transfer none) */
char      *px_builder_keep (PxBuilder *b, char *data);
/* Resolves the links and compiles; @hash and @stamp (32 bytes each, may
 * be NULL) are recorded.  (transfer full) */
GBytes    *px_builder_finish (PxBuilder *b, const guint8 *hash, const guint8 *stamp,
                              GError **error);

/* Asks for 2 MiB pages under the @len bytes at @data, a large array not
 * yet touched (build.c). */
void       px_hint_huge_pages (gpointer data, gsize len);

/* ### Reading sources (sources.c) */

gboolean px_sources_read_file (PxBuilder *b, const char *path, GError **error);
/* The files a path stands for: itself, or a directory's *.yaml and *.tsv
 * in name order.  (transfer full) */
GPtrArray *px_sources_expand (const char *path, GError **error);

G_END_DECLS
