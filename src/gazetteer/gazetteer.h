/* gazetteer.h: named entities and a matcher that finds their names.
 *
 * A gazetteer is read from source files (curated YAML and bulk TSV, see
 * docs/gazetteer.md) in layers: the bundled data/gazetteer/ first, then the
 * user's files, a later layer replacing an entity with the same id and
 * taking over a name given to another entity.
 *
 * Names are compiled into a trie over *name tokens*: words folded to lower
 * case without diacritics and without inner periods ("U.S." and "US" are
 * both "us"), the possessive "'s", and punctuation marks one by one.  The
 * same tokenizer reads the text, so a match is always whole words, and a
 * possessive ends it ("Japan's" matches Japan).  Matching is leftmost-
 * longest.  Case is folded, with two guards that keep common words out:
 * a name that starts with a capital matches only a capitalised surface
 * ("Turkey", not "turkey"), and a short all-capital name matches only
 * capitals ("US", not "us"); how short is a rule (rules/names.yaml).
 *
 * The compiled form is a set of flat tables that can be written to a cache
 * file and mapped back read-only: a cache carries a magic number, a format
 * version and a SHA-256 of its sources and options, and every offset and
 * count in it is checked before use, so a stale or damaged cache is never
 * trusted.
 */
#pragma once

#include <glib.h>

#include "util/util.h"

G_BEGIN_DECLS

typedef enum {
  PX_ENTITY_PERSON,
  PX_ENTITY_ORG,
  PX_ENTITY_OUTLET,
  PX_ENTITY_PLACE,
  PX_ENTITY_EVENT,
  PX_ENTITY_WEAPON,
  PX_ENTITY_LAW,   /* acts, treaties, accords */
  PX_ENTITY_PRODUCT,  /* software, devices, vehicles and craft, medicines */
} PxEntityType;

#define PX_ENTITY_N_TYPES (PX_ENTITY_PRODUCT + 1)

const char *px_entity_type_name (PxEntityType type);
gboolean    px_entity_type_from_string (const char *name, PxEntityType *out);
/* "person, org, ...": every type name, for messages. */
const char *px_entity_type_list (void);

/* Compile options, a plain value; zero-initialised means the defaults. */
typedef struct {
  guint caps_only_max_letters;   /* 0: 3 */
} PxGazetteerOptions;

typedef struct _PxGazetteer PxGazetteer;

/* Reads @paths (YAML or TSV files, or directories whose *.yaml and *.tsv
 * files are read in name order), one layer per element, in order.
 * @options may be NULL.  (transfer full) */
PxGazetteer *px_gazetteer_load (const char *const *paths, const PxGazetteerOptions *options,
                                GError **error);

/* The same through a cache file: maps @cache_path when it holds exactly
 * these sources and options, else loads the sources and (re)writes the
 * cache.  A cache that cannot be written is not an error: the gazetteer
 * still works, and *@cache_note (if non-NULL) says why it was not saved.
 * @status (if non-NULL) says which way it went.  (transfer full) */
typedef enum {
  PX_GAZETTEER_CACHE_HIT,
  PX_GAZETTEER_CACHE_REBUILT,     /* absent, stale or damaged: rebuilt */
  PX_GAZETTEER_CACHE_UNWRITTEN,   /* rebuilt, but could not be saved */
} PxGazetteerCacheStatus;

PxGazetteer *px_gazetteer_load_cached (const char *const *paths, const PxGazetteerOptions *options,
                                       const char *cache_path, PxGazetteerCacheStatus *status,
                                       char **cache_note, GError **error);

/* Writes the compiled form to @path (atomically), then maps it and checks
 * it as a later run will: a file that does not read back whole is an error.
 * A device (/dev/null) is written in place and not read back. */
gboolean     px_gazetteer_save (const PxGazetteer *self, const char *path, GError **error);

/* Maps a cache file and checks it completely.  @expected_hash (32 bytes,
 * may be NULL) must match the hash recorded in it.  (transfer full) */
PxGazetteer *px_gazetteer_open_cache (const char *path, const guint8 *expected_hash,
                                      GError **error);

/* SHA-256 over the sources (names and contents, in layer order) and the
 * options: what a cache must record to be used.  @out is 32 bytes. */
gboolean     px_gazetteer_hash_sources (const char *const *paths, const PxGazetteerOptions *options,
                                        guint8 *out, GError **error);

PxGazetteer *px_gazetteer_ref   (PxGazetteer *self);
void         px_gazetteer_unref (PxGazetteer *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxGazetteer, px_gazetteer_unref)

/* ### Entities, by index 0 .. n-1 */

#define PX_NO_ENTITY G_MAXUINT32

guint        px_gazetteer_n_entities (const PxGazetteer *self);
guint        px_gazetteer_n_names    (const PxGazetteer *self);
/* The SHA-256 of the sources and options it was compiled from (what its
 * cache records), as 64 hex digits: what a report's manifest cites.
 * (transfer full) */
char        *px_gazetteer_source_sha256 (const PxGazetteer *self);
/* The entity with @id, or PX_NO_ENTITY. */
guint        px_gazetteer_find (const PxGazetteer *self, const char *id);
/* The first place of subtype "country" whose country code is @code
 * ("GB": the United Kingdom, listed before England), or PX_NO_ENTITY. */
guint        px_gazetteer_country_of_code (const PxGazetteer *self, const char *code);

PxEntityType px_gazetteer_entity_type (const PxGazetteer *self, guint entity);

/* String fields: "id", "name", "subtype", "country", "role", "from", "to",
 * "ownership", "ownership_source", "notes", "source", "file" (where the
 * entity is defined).  NULL when the entity has none.  (transfer none) */
const char  *px_gazetteer_entity_field (const PxGazetteer *self, guint entity, const char *field);
guint        px_gazetteer_entity_line  (const PxGazetteer *self, guint entity);
/* The entity it stands for in news, or PX_NO_ENTITY. */
guint        px_gazetteer_entity_metonym_of (const PxGazetteer *self, guint entity);
/* Aliases and demonyms (as written in the source), and member_of ids. */
guint        px_gazetteer_entity_n_aliases (const PxGazetteer *self, guint entity);
const char  *px_gazetteer_entity_alias (const PxGazetteer *self, guint entity, guint i,
                                        gboolean *is_demonym);
guint        px_gazetteer_entity_n_member_of (const PxGazetteer *self, guint entity);
guint        px_gazetteer_entity_member_of (const PxGazetteer *self, guint entity, guint i);

/* ### Matching */

/* A name found in a text, a plain value. */
typedef struct {
  PxSpan span;          /* bytes of the text given to px_gazetteer_match */
  guint entity;
  gboolean demonym;     /* "Japanese" rather than "Japan" */
  guint32 name;         /* private: the name matched, for px_gazetteer_name_entities () */
} PxNameMatch;

/* Finds the names in @text[0..@len), leftmost-longest, appending
 * PxNameMatch values to @out in text order. */
void px_gazetteer_match (const PxGazetteer *self, const char *text, gsize len, GArray *out);

/* The entities that @match's name names, when the gazetteer gives it to
 * several (the country Georgia and the US state): each once, in the
 * order they were loaded, at most @max of them in @out; how many there
 * are (1 for a name of one entity). */
guint px_gazetteer_name_entities (const PxGazetteer *self, const PxNameMatch *match, guint *out,
                                  guint max);

/* What case a surface is in: its first letter is a capital; all of its
 * letters are (FALSE when it has none). */
void  px_gazetteer_case (const char *text, gsize len, gboolean *capital, gboolean *all_caps);

/* The folded form of @text as the matcher sees it: name tokens joined by
 * single spaces ("Japan’s U.S. ally" gives "japan 's us ally").  For
 * diagnostics and tests.  (transfer full) */
char *px_gazetteer_fold (const char *text, gsize len);

G_END_DECLS
