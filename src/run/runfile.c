/* runfile.c: loading and checking a run file (format: docs/run-file.md).
 *
 * The checker does not stop at the first problem: an analyst fixing a run
 * file by hand wants the whole list, so each field is checked on its own
 * and every failure is appended to one report.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "run/run.h"

#define CODE PX_ERROR_CONFIG

struct _PxRun {
  char *path;
  char *title;
  char *analyst;
  char *notes;
  GArray *sources;       /* PxRunSource */
  GArray *outputs;       /* PxRunOutput */
  GPtrArray *gazetteers; /* const char*, in the strings */
  gboolean rollup_metonyms;
  const char *rules_compare, *rules_claims;   /* in the strings, or NULL */
  GArray *thresholds;    /* PxRunThreshold */
  GStringChunk *strings; /* every string the values above point to */
};

typedef struct {
  const PxYaml *doc;
  char *dir;             /* owned: the run file's directory */
  GPtrArray *problems;   /* owned char* */
  PxRun *run;
} Checker;

static const char *const top_keys[] = {
  "version", "title", "analyst", "notes", "sources", "outputs", "gazetteer", "rollups",
  "rules", "thresholds", NULL
};
static const char *const source_keys[] = {
  "path", "outlet", "role", "published", "url", "author", "date_order", "language",
  "encoding", NULL
};
static const char *const output_keys[] = { "format", "path", NULL };

/* Records @local (if set) as a problem and clears it; returns whether it was unset. */
static gboolean
note (Checker *c, GError **local)
{
  if (*local == NULL)
    return TRUE;
  g_ptr_array_add (c->problems, g_strdup ((*local)->message));
  g_clear_error (local);
  return FALSE;
}

static void
problem (Checker *c, const PxYamlNode *node, const char *format, ...) G_GNUC_PRINTF (3, 4);

static void
problem (Checker *c, const PxYamlNode *node, const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  g_autoptr(GError) local = NULL;
  px_yaml_throw (c->doc, node, &local, CODE, "%s", message);
  note (c, &local);
}

static const char *
keep (Checker *c, const char *s)
{
  return s ? g_string_chunk_insert_const (c->run->strings, s) : NULL;
}

/* A scalar field, or NULL (absent, or wrong and reported). */
static const char *
field (Checker *c, const PxYamlNode *map, const char *key, gboolean required)
{
  g_autoptr(GError) local = NULL;
  const char *value = px_yaml_lookup_string (c->doc, map, key, required, CODE, &local);
  note (c, &local);
  if (value != NULL && *value == '\0')
    {
      problem (c, px_yaml_node_lookup (map, key), "'%s' is empty", key);
      return NULL;
    }
  return value;
}

/* Notes unknown keys in @map; FALSE when @map is not a mapping at all, so
 * there is nothing more to check in it. */
static gboolean
check_mapping (Checker *c, const PxYamlNode *map, const char *const *keys)
{
  g_autoptr(GError) local = NULL;
  if (!px_yaml_check_keys (c->doc, map, keys, CODE, &local))
    note (c, &local);
  return px_yaml_node_kind (map) == PX_YAML_MAPPING;
}

static const char *
resolve_path (Checker *c, const char *path)
{
  if (g_path_is_absolute (path))
    return keep (c, path);
  g_autofree char *joined = g_build_filename (c->dir, path, NULL);
  return keep (c, joined);
}

/* YYYY, YYYY-MM or YYYY-MM-DD, a real date: the year from 0001 (there is
 * no year 0 in the calendar GDate and the reports use). */
static gboolean
is_iso_date (const char *s)
{
  guint y = 0, m = 1, d = 1;
  gsize len = strlen (s);
  for (gsize i = 0; i < len; i++)
    if (!(g_ascii_isdigit (s[i]) || ((i == 4 || i == 7) && s[i] == '-')))
      return FALSE;
  if (len == 4)
    return sscanf (s, "%4u", &y) == 1 && y >= 1;
  if (len == 7)
    return sscanf (s, "%4u-%2u", &y, &m) == 2 && y >= 1 && m >= 1 && m <= 12;
  if (len == 10 && sscanf (s, "%4u-%2u-%2u", &y, &m, &d) == 3)
    return y >= 1 && g_date_valid_dmy (d, m, y);
  return FALSE;
}

static void
check_source_file (Checker *c, const PxYamlNode *node, const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    problem (c, node, "%s is a directory, not a text file", path);
  else if (!g_file_test (path, G_FILE_TEST_EXISTS))
    problem (c, node, "%s: no such file", path);
}

static void
check_role (Checker *c, const PxYamlNode *map, PxRunSource *src)
{
  const char *role = field (c, map, "role", FALSE);
  if (role == NULL || g_str_equal (role, "report"))
    src->role = PX_ROLE_REPORT;
  else if (g_str_equal (role, "primary"))
    src->role = PX_ROLE_PRIMARY;
  else
    problem (c, px_yaml_node_lookup (map, "role"),
             "role '%s' is not one of: primary, report", role);
}

static void
check_source (Checker *c, const PxYamlNode *map)
{
  g_autoptr(GError) local = NULL;
  if (!check_mapping (c, map, source_keys))
    return;
  PxRunSource src = { .line = px_yaml_node_line (map) };
  const char *path = field (c, map, "path", TRUE);
  if (path != NULL)
    {
      src.path = resolve_path (c, path);
      src.given = keep (c, path);
      check_source_file (c, px_yaml_node_lookup (map, "path"), src.path);
    }
  src.outlet = keep (c, field (c, map, "outlet", TRUE));
  check_role (c, map, &src);
  src.published = keep (c, field (c, map, "published", FALSE));
  if (src.published != NULL && !is_iso_date (src.published))
    problem (c, px_yaml_node_lookup (map, "published"),
             "published '%s' is not a date as YYYY-MM-DD, YYYY-MM or YYYY", src.published);
  src.url = keep (c, field (c, map, "url", FALSE));
  src.author = keep (c, field (c, map, "author", FALSE));
  src.date_order = keep (c, field (c, map, "date_order", FALSE));
  if (src.date_order != NULL && !g_strv_contains ((const char *const[]) { "dmy", "mdy", "ymd", NULL },
                                                  src.date_order))
    problem (c, px_yaml_node_lookup (map, "date_order"),
             "date_order '%s' is not one of: dmy, mdy, ymd", src.date_order);
  src.language = keep (c, field (c, map, "language", FALSE));
  const char *encoding = field (c, map, "encoding", FALSE);
  if (encoding != NULL && !px_encoding_from_string (encoding, &src.encoding, &local))
    {
      problem (c, px_yaml_node_lookup (map, "encoding"), "%s", local->message);
      g_clear_error (&local);
    }
  g_array_append_val (c->run->sources, src);
}

static void
check_sources (Checker *c, const PxYamlNode *root)
{
  const PxYamlNode *list = px_yaml_node_lookup (root, "sources");
  g_autoptr(GError) local = NULL;
  if (list == NULL)
    {
      problem (c, root, "missing key 'sources' (the list of documents to compare)");
      return;
    }
  if (!px_yaml_expect_kind (c->doc, list, PX_YAML_SEQUENCE, CODE, &local))
    {
      note (c, &local);
      return;
    }
  if (px_yaml_node_n_children (list) == 0)
    {
      problem (c, list, "'sources' is empty: list at least one document");
      return;
    }
  const PxYamlNode *primary = NULL;
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      guint before = c->run->sources->len;
      check_source (c, item);
      if (c->run->sources->len == before
          || g_array_index (c->run->sources, PxRunSource, before).role != PX_ROLE_PRIMARY)
        continue;
      if (primary != NULL)
        problem (c, item, "a second primary source (the first is at line %u); a run has at most one",
                 px_yaml_node_line (primary));
      else
        primary = item;
    }
}

/* The value of @key in @root when it is there and of @kind; else NULL, a
 * value of another kind noted as a problem. */
static const PxYamlNode *
optional_of_kind (Checker *c, const PxYamlNode *root, const char *key, PxYamlKind kind)
{
  const PxYamlNode *node = px_yaml_node_lookup (root, key);
  g_autoptr(GError) local = NULL;
  if (node != NULL && !px_yaml_expect_kind (c->doc, node, kind, CODE, &local))
    {
      note (c, &local);
      return NULL;
    }
  return node;
}

/* Item @i of sequence @list as a scalar, or NULL (noted) when it is not one. */
static const char *
scalar_item (Checker *c, const PxYamlNode *list, guint i)
{
  const PxYamlNode *item = px_yaml_node_child (list, i);
  g_autoptr(GError) local = NULL;
  if (!px_yaml_expect_kind (c->doc, item, PX_YAML_SCALAR, CODE, &local))
    {
      note (c, &local);
      return NULL;
    }
  return px_yaml_node_scalar (item);
}

static void
check_output (Checker *c, const PxYamlNode *map)
{
  g_autoptr(GError) local = NULL;
  if (!check_mapping (c, map, output_keys))
    return;
  PxRunOutput out = { 0 };
  const char *format = field (c, map, "format", TRUE);
  if (format != NULL && !px_format_from_string (format, &out.format, &local))
    {
      problem (c, px_yaml_node_lookup (map, "format"), "%s", local->message);
      g_clear_error (&local);
    }
  const char *path = field (c, map, "path", TRUE);
  if (path != NULL)
    out.path = resolve_path (c, path);
  for (guint i = 0; out.path != NULL && i < c->run->sources->len; i++)
    if (g_strcmp0 (g_array_index (c->run->sources, PxRunSource, i).path, out.path) == 0)
      {
        problem (c, px_yaml_node_lookup (map, "path"), "output %s is also a source", path);
        break;
      }
  g_array_append_val (c->run->outputs, out);
}

static void
check_outputs (Checker *c, const PxYamlNode *root)
{
  const PxYamlNode *list = optional_of_kind (c, root, "outputs", PX_YAML_SEQUENCE);
  for (guint i = 0; list != NULL && i < px_yaml_node_n_children (list); i++)
    check_output (c, px_yaml_node_child (list, i));
}

static void
check_version (Checker *c, const PxYamlNode *root)
{
  const PxYamlNode *node = px_yaml_node_lookup (root, "version");
  guint64 version = 0;
  g_autoptr(GError) local = NULL;
  if (node == NULL)
    return;
  if (!px_yaml_read_uint (c->doc, node, G_MAXUINT32, &version, CODE, &local))
    {
      note (c, &local);
      return;
    }
  if (version != 1)
    problem (c, node, "version %" G_GUINT64_FORMAT " is not supported (this parallax reads version 1)",
             version);
}

/* gazetteer: the analyst's own gazetteer files or directories, read after
 * the bundled one, so that theirs take precedence. */
static void
check_gazetteers (Checker *c, const PxYamlNode *root)
{
  const PxYamlNode *list = optional_of_kind (c, root, "gazetteer", PX_YAML_SEQUENCE);
  for (guint i = 0; list != NULL && i < px_yaml_node_n_children (list); i++)
    {
      const char *given = scalar_item (c, list, i);
      if (given == NULL)
        continue;
      const char *path = resolve_path (c, given);
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        problem (c, px_yaml_node_child (list, i), "%s: no such gazetteer file or directory", path);
      else
        g_ptr_array_add (c->run->gazetteers, (gpointer) path);
    }
}

/* rollups: which roll-ups the comparison applies. */
static void
check_rollups (Checker *c, const PxYamlNode *root)
{
  const PxYamlNode *list = optional_of_kind (c, root, "rollups", PX_YAML_SEQUENCE);
  for (guint i = 0; list != NULL && i < px_yaml_node_n_children (list); i++)
    {
      const char *rollup = scalar_item (c, list, i);
      if (rollup != NULL && g_str_equal (rollup, "metonyms"))
        c->run->rollup_metonyms = TRUE;
      else if (rollup != NULL)
        problem (c, px_yaml_node_child (list, i), "roll-up '%s' is not one of: metonyms", rollup);
    }
}

/* rules: the run's own copies of rules files. */
static void
check_rules (Checker *c, const PxYamlNode *root)
{
  static const char *const keys[] = { "compare", "claims", NULL };
  const PxYamlNode *map = px_yaml_node_lookup (root, "rules");
  if (map == NULL || !check_mapping (c, map, keys))
    return;
  const char **slots[] = { &c->run->rules_compare, &c->run->rules_claims };
  for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
    {
      const char *path = field (c, map, keys[i], FALSE);
      if (path == NULL)
        continue;
      *slots[i] = resolve_path (c, path);
      if (!g_file_test (*slots[i], G_FILE_TEST_IS_REGULAR))
        problem (c, px_yaml_node_lookup (map, keys[i]), "%s: no such rules file", *slots[i]);
    }
}

/* thresholds: NAME: NUMBER pairs; the names are the comparison's to check. */
static void
check_thresholds (Checker *c, const PxYamlNode *root)
{
  const PxYamlNode *map = optional_of_kind (c, root, "thresholds", PX_YAML_MAPPING);
  g_autoptr(GError) local = NULL;
  for (guint i = 0; map != NULL && i + 1 < px_yaml_node_n_children (map); i += 2)
    {
      const PxYamlNode *key = px_yaml_node_child (map, i), *value = px_yaml_node_child (map, i + 1);
      PxRunThreshold threshold = { .name = keep (c, px_yaml_node_scalar (key)) };
      if (!px_yaml_read_double (c->doc, value, &threshold.value, CODE, &local))
        {
          note (c, &local);
          continue;
        }
      g_autofree char *where = g_strdup_printf ("%s:%u:%u", px_yaml_name (c->doc),
                                                px_yaml_node_line (key), px_yaml_node_column (key));
      threshold.where = keep (c, where);
      g_array_append_val (c->run->thresholds, threshold);
    }
}

static void
check_top (Checker *c, const PxYamlNode *root)
{
  if (!check_mapping (c, root, top_keys))
    return;
  /* Nothing at all (an empty file, only comments, only "---") is one
   * mistake, not a missing title and a missing list of sources. */
  if (px_yaml_node_n_children (root) == 0)
    {
      problem (c, root, "empty run file (it needs at least 'title' and 'sources')");
      return;
    }
  check_version (c, root);
  c->run->title = g_strdup (field (c, root, "title", TRUE));
  c->run->analyst = g_strdup (field (c, root, "analyst", FALSE));
  c->run->notes = g_strdup (field (c, root, "notes", FALSE));
  check_sources (c, root);
  check_outputs (c, root);
  check_gazetteers (c, root);
  check_rollups (c, root);
  check_rules (c, root);
  check_thresholds (c, root);
}

PxRun *
px_run_load (const char *path, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_autoptr(PxYaml) doc = px_yaml_load_file (path, CODE, error);
  if (doc == NULL)
    return NULL;
  g_autoptr(PxRun) run = g_new0 (PxRun, 1);
  run->path = g_strdup (path);
  run->sources = g_array_new (FALSE, TRUE, sizeof (PxRunSource));
  run->outputs = g_array_new (FALSE, TRUE, sizeof (PxRunOutput));
  run->gazetteers = g_ptr_array_new ();
  run->thresholds = g_array_new (FALSE, TRUE, sizeof (PxRunThreshold));
  run->strings = g_string_chunk_new (256);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = g_path_get_dirname (path);
  Checker c = { doc, dir, problems, run };
  check_top (&c, px_yaml_root (doc));
  if (problems->len == 0)
    return g_steal_pointer (&run);
  g_ptr_array_add (problems, NULL);
  g_autofree char *all = g_strjoinv ("\n", (char **) problems->pdata);
  return px_throw_null (error, CODE, "%s", all);
}

void
px_run_free (PxRun *run)
{
  if (run == NULL)
    return;
  g_clear_pointer (&run->gazetteers, g_ptr_array_unref);
  g_clear_pointer (&run->thresholds, g_array_unref);
  g_free (run->path);
  g_free (run->title);
  g_free (run->analyst);
  g_free (run->notes);
  g_array_unref (run->sources);
  g_array_unref (run->outputs);
  g_string_chunk_free (run->strings);
  g_free (run);
}

gboolean
px_run_redirect_outputs (PxRun *run, const char *dir, GError **error)
{
  guint n = run->outputs->len;
  g_auto(GStrv) moved = g_new0 (char *, n + 1);
  for (guint i = 0; i < n; i++)
    {
      const char *path = g_array_index (run->outputs, PxRunOutput, i).path;
      g_autofree char *base = g_path_get_basename (path);
      moved[i] = g_build_filename (dir, base, NULL);
      for (guint j = 0; j < i; j++)
        if (g_str_equal (moved[i], moved[j]))
          return px_throw (error, PX_ERROR_USAGE,
                           "--output-dir: outputs %s and %s would both be written to %s; "
                           "give them different file names",
                           g_array_index (run->outputs, PxRunOutput, j).path, path, moved[i]);
    }
  for (guint i = 0; i < n; i++)
    g_array_index (run->outputs, PxRunOutput, i).path =
      g_string_chunk_insert_const (run->strings, moved[i]);
  return TRUE;
}

const char *px_run_get_path (const PxRun *run) { return run->path; }
const char *px_run_get_title (const PxRun *run) { return run->title; }
const char *px_run_get_analyst (const PxRun *run) { return run->analyst; }
const char *px_run_get_notes (const PxRun *run) { return run->notes; }
guint px_run_n_sources (const PxRun *run) { return run->sources->len; }
guint px_run_n_outputs (const PxRun *run) { return run->outputs->len; }

gboolean px_run_rolls_up_metonyms (const PxRun *run) { return run->rollup_metonyms; }
guint px_run_n_thresholds (const PxRun *run) { return run->thresholds->len; }

const char *
px_run_get_rules_file (const PxRun *run, const char *name)
{
  if (g_strcmp0 (name, "compare") == 0)
    return run->rules_compare;
  if (g_strcmp0 (name, "claims") == 0)
    return run->rules_claims;
  g_return_val_if_reached (NULL);
}

const PxRunThreshold *
px_run_get_threshold (const PxRun *run, guint i)
{
  g_return_val_if_fail (i < run->thresholds->len, NULL);
  return &g_array_index (run->thresholds, PxRunThreshold, i);
}

const PxRunSource *
px_run_get_source (const PxRun *run, guint i)
{
  g_return_val_if_fail (i < run->sources->len, NULL);
  return &g_array_index (run->sources, PxRunSource, i);
}

const PxRunOutput *
px_run_get_output (const PxRun *run, guint i)
{
  g_return_val_if_fail (i < run->outputs->len, NULL);
  return &g_array_index (run->outputs, PxRunOutput, i);
}

/* ### Names of things */

static const char *const format_names[] = { "text", "md", "json", "html" };
static const char *const role_names[] = { "report", "primary" };

gboolean
px_format_from_string (const char *name, PxFormat *out, GError **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_strcmp0 (name, format_names[i]) == 0)
      {
        *out = (PxFormat) i;
        return TRUE;
      }
  return px_throw (error, PX_ERROR_USAGE, "format '%s' is not one of: text, md, json, html", name);
}

const char *
px_format_to_string (PxFormat format)
{
  g_return_val_if_fail ((guint) format < G_N_ELEMENTS (format_names), NULL);
  return format_names[format];
}

const char *
px_role_to_string (PxRole role)
{
  g_return_val_if_fail ((guint) role < G_N_ELEMENTS (role_names), NULL);
  return role_names[role];
}

gboolean
px_run_is_iso_date (const char *text)
{
  return is_iso_date (text);
}

guint
px_run_n_gazetteers (const PxRun *run)
{
  return run->gazetteers->len;
}

const char *
px_run_get_gazetteer (const PxRun *run, guint i)
{
  g_return_val_if_fail (i < run->gazetteers->len, NULL);
  return run->gazetteers->pdata[i];
}
