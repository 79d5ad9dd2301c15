/* util.h: what every stage of libparallax shares.
 *
 * - One error domain, PX_ERROR, whose codes the command line maps to its
 *   documented exit statuses (docs/exit-status.md).  GError is for what a
 *   user can cause; programming errors are g_return_val_if_fail/g_assert.
 * - PxSpan, the one transparent value that travels between stages: a
 *   half-open byte range [start, end).
 * - Where the installed (or uninstalled) rules/ and data/ trees are.
 * - A small YAML document model over libyaml that keeps line:column for
 *   every node, so every configuration error can name file:line:column.
 * - Atomic output: a file is replaced only by a complete new one.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* ### Errors */

#define PX_ERROR (px_error_quark ())
GQuark px_error_quark (void);

typedef enum {
  PX_ERROR_FAILED,            /* anything without a better code */
  PX_ERROR_IO,                /* cannot read an input or write an output */
  PX_ERROR_INPUT_ENCODING,    /* not UTF-8 text: invalid bytes, NUL, binary */
  PX_ERROR_INPUT_EMPTY,       /* empty, blank, or nothing left after cleaning */
  PX_ERROR_INPUT_TOO_LARGE,   /* over the input size limit */
  PX_ERROR_RULE_SYNTAX,       /* a rules/ file is malformed */
  PX_ERROR_CONFIG,            /* a run file is malformed or inconsistent */
  PX_ERROR_GAZETTEER_FORMAT,  /* a gazetteer source or cache is malformed */
  PX_ERROR_USAGE,             /* bad command-line use */
} PxError;

/* Sets @error (if non-NULL) from a printf-style message and returns FALSE,
 * so that a failure is one line: `return px_throw (error, code, "...")`. */
gboolean px_throw (GError **error, PxError code, const char *format, ...) G_GNUC_PRINTF (3, 4);

/* The same, for functions that return a pointer. */
#define px_throw_null(error, code, ...) (px_throw ((error), (code), __VA_ARGS__), NULL)

/* ### Spans */

/* A half-open byte range [start, end) into one text.  Which text (the file as
 * the user has it, or its normalised form) is said wherever a span is used. */
typedef struct {
  gsize start;
  gsize end;
} PxSpan;

/* ### Where rules/ and data/ live */

/* The directory that holds rules/ and data/: $PARALLAX_DATADIR when set, else
 * the source tree when the running program is the uninstalled one from this
 * build tree, else $(pkgdatadir).  (transfer none) */
const char *px_data_dir (void);

/* px_data_dir()/@relpath.  (transfer full) */
char *px_data_path (const char *relpath);

/* ### YAML documents with positions */

typedef enum {
  PX_YAML_SCALAR,
  PX_YAML_SEQUENCE,
  PX_YAML_MAPPING,
} PxYamlKind;

typedef struct _PxYaml PxYaml;

/* Parses one YAML document from @data.  @name is used in messages
 * ("name:line:column: ...").  Anchors and aliases are refused (they are the
 * "billion laughs" vector and nothing here needs them), as are duplicate
 * mapping keys and nesting deeper than 64 levels.  An empty document gives
 * an empty mapping.  Syntax errors carry @code.  (transfer full) */
PxYaml     *px_yaml_parse       (const char *name, const char *data, gsize len, PxError code,
                                 GError **error);
PxYaml     *px_yaml_load_file   (const char *path, PxError code, GError **error);
void        px_yaml_free        (PxYaml *doc);

/* The root node.  Nodes are borrowed from their document. */
typedef struct _PxYamlNode PxYamlNode;
const PxYamlNode *px_yaml_root  (const PxYaml *doc);
const char *px_yaml_name        (const PxYaml *doc);

PxYamlKind  px_yaml_node_kind   (const PxYamlNode *node);
const char *px_yaml_node_kind_name (PxYamlKind kind);
/* 1-based, as an editor shows them. */
guint       px_yaml_node_line   (const PxYamlNode *node);
guint       px_yaml_node_column (const PxYamlNode *node);
/* A scalar's text; NULL for collections. */
const char *px_yaml_node_scalar (const PxYamlNode *node);
/* Items of a sequence, or alternating key, value nodes of a mapping. */
guint       px_yaml_node_n_children (const PxYamlNode *node);
const PxYamlNode *px_yaml_node_child (const PxYamlNode *node, guint i);
/* A mapping's value for @key, or NULL. */
const PxYamlNode *px_yaml_node_lookup (const PxYamlNode *node, const char *key);

/* Sets @error to "doc:line:column: message" about @node and returns FALSE. */
gboolean px_yaml_throw (const PxYaml *doc, const PxYamlNode *node, GError **error,
                        PxError code, const char *format, ...) G_GNUC_PRINTF (5, 6);

/* Typed reads that fail with a positioned message when the node has the
 * wrong kind or value. */
gboolean px_yaml_expect_kind (const PxYaml *doc, const PxYamlNode *node, PxYamlKind kind,
                              PxError code, GError **error);
gboolean px_yaml_read_uint   (const PxYaml *doc, const PxYamlNode *node, guint64 max,
                              guint64 *out, PxError code, GError **error);
gboolean px_yaml_read_double (const PxYaml *doc, const PxYamlNode *node, double *out,
                              PxError code, GError **error);
gboolean px_yaml_read_bool   (const PxYaml *doc, const PxYamlNode *node, gboolean *out,
                              PxError code, GError **error);

/* Fails, naming every key of mapping @node that is not in @allowed
 * (NULL-terminated), one positioned line each, and listing those that are. */
gboolean px_yaml_check_keys  (const PxYaml *doc, const PxYamlNode *node,
                              const char *const *allowed, PxError code, GError **error);

/* A mapping's scalar value for @key.  Returns NULL when the key is absent
 * (an error only if @required) or is not a scalar (always an error); check
 * *@error to tell the two apart.  (transfer none) */
const char *px_yaml_lookup_string (const PxYaml *doc, const PxYamlNode *node, const char *key,
                                   gboolean required, PxError code, GError **error);

/* A mapping's value for @key, of @kind; missing or of another kind is an
 * error.  (transfer none) */
const PxYamlNode *px_yaml_lookup_kind (const PxYaml *doc, const PxYamlNode *map, const char *key,
                                       PxYamlKind kind, PxError code, GError **error);

/* The list of single words at @key into the string set @set (owning its
 * keys), lower-cased when @fold.  A missing key, a blank word, one with a
 * space or one listed twice is an error naming its position. */
gboolean    px_yaml_read_word_set (const PxYaml *doc, const PxYamlNode *map, const char *key,
                                   gboolean fold, GHashTable *set, PxError code, GError **error);

/* Loads a rules file: a mapping with only @keys (NULL-terminated), whose
 * "version" is 1; every failure carries PX_ERROR_RULE_SYNTAX and a
 * position.  (transfer full) */
PxYaml     *px_yaml_load_rules  (const char *path, const char *const *keys, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxYaml, px_yaml_free)

/* ### Output */

/* Writes @data to @path through a temporary file in the same directory and
 * a rename, so @path is either its old self or complete new contents.
 * Refuses to write over any path in @inputs (NULL-terminated, may be NULL). */
gboolean px_output_write (const char *path, const char *data, gsize len,
                          const char *const *inputs, GError **error);

/* One file to write: a plain value; the strings are borrowed. */
typedef struct {
  const char *path;
  const char *data;
  gsize len;
} PxOutputFile;

/* Writes all @n @files or none: each goes to a temporary file beside its
 * target, and the temporary files are renamed over the targets only when
 * all are complete; on failure they are removed and no target is touched.
 * Refuses, before writing anything, a target in @inputs (as
 * px_output_write), a missing directory, a directory as target, and two
 * targets that are the same file. */
gboolean px_output_write_all (const PxOutputFile *files, guint n, const char *const *inputs,
                              GError **error);

/* An output written piece by piece, for more than memory should hold: the
 * pieces go to a temporary file beside @path, renamed over it by
 * px_output_stream_commit().  Freeing a stream that was not committed, or
 * a failed append, removes the temporary file, so @path is never partial.
 * Opening refuses what px_output_write() refuses, before anything is
 * written.  (transfer full) */
typedef struct _PxOutputStream PxOutputStream;

PxOutputStream *px_output_stream_open   (const char *path, const char *const *inputs,
                                         GError **error);
gboolean        px_output_stream_append (PxOutputStream *stream, const char *data, gsize len,
                                         GError **error);
gboolean        px_output_stream_commit (PxOutputStream *stream, GError **error);
void            px_output_stream_free   (PxOutputStream *stream);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxOutputStream, px_output_stream_free)

/* TRUE when @a and @b name the same existing file (same device and inode). */
gboolean px_same_file (const char *a, const char *b);

G_END_DECLS
