/* gazetteer-private.h: what the files of src/gazetteer/ share. */
#pragma once

#include "gazetteer/gazetteer.h"
#include "gazetteer/tables.h"

G_BEGIN_DECLS

/* Wraps a compiled image after checking it; its checksum only when
 * @check_sum (an image compiled in this process was summed a moment
 * ago).  (transfer full) */
PxGazetteer *px_gazetteer_new_from_image (const char *name, GBytes *image, gboolean check_sum,
                                          GError **error);
/* (transfer none) */
GBytes      *px_gazetteer_get_image (const PxGazetteer *self);
/* The checked image's tables, for matching (match.c).  (transfer none) */
const PxgTables *px_gazetteer_tables (const PxGazetteer *self);

/* ### Building an image (build.c) */

/* An entity as read from a source, before compiling. */
typedef struct {
  char *fields[PXG_N_FIELDS];
  PxEntityType type;
  guint line;
  guint layer;
  char *metonym_of;                  /* id */
  char **aliases;                    /* n_aliases: aliases, then demonyms */
  guint n_aliases;
  guint n_demonyms;
  GPtrArray *member_of;              /* char* ids; NULL (none) in a borrowed entity */
  gboolean borrowed;                 /* the entity, its alias array and its strings
                                      * belong to the builder (px_builder_new_borrowed,
                                      * px_builder_keep) */
} PxSourceEntity;

typedef struct _PxBuilder PxBuilder;

PxSourceEntity *px_source_entity_new  (void);
/* Takes @names (char*, owned) as the entity's aliases and demonyms. */
void            px_source_entity_set_aliases (PxSourceEntity *e, GPtrArray *names);
/* An entity with room for @n_aliases aliases, all of it allocated from
 * @b and freed with it, whose fields and aliases will be borrowed
 * strings: a bulk list makes no allocation per entity.  (transfer none:
 * px_source_entity_free does nothing to it) */
PxSourceEntity *px_builder_new_borrowed (PxBuilder *b, guint n_aliases);
void            px_source_entity_free (PxSourceEntity *e);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxSourceEntity, px_source_entity_free)

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

/* Reads @path into @b; when @sum is not NULL, also adds the file to it
 * as px_gazetteer_hash_sources () does (px_sources_digest). */
gboolean px_sources_read_file (PxBuilder *b, const char *path, GChecksum *sum, GError **error);
/* Adds a source file's name, size and contents to a sources' hash
 * (cache.c). */
void     px_sources_digest (GChecksum *sum, const char *path, const char *data, gsize len);
/* The files a path stands for: itself, or a directory's *.yaml and *.tsv
 * in name order.  (transfer full) */
GPtrArray *px_sources_expand (const char *path, GError **error);

G_END_DECLS
