/* sources.c: reading curated YAML and bulk TSV gazetteer files.
 * The formats are specified in docs/gazetteer.md. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "gazetteer/gazetteer-private.h"

#define FORMAT PX_ERROR_GAZETTEER_FORMAT

static gboolean
valid_id (const char *id)
{
  if (*id == '\0')
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '_'))
      return FALSE;
  return TRUE;
}

/* An ISO date (2024-10-01), month (2024-10) or year (2024). */
static gboolean
valid_when (const char *s)
{
  guint y = 0, m = 1, d = 1;
  char tail = 0;
  gsize len = strlen (s);
  if (len == 4 && sscanf (s, "%4u%c", &y, &tail) == 1)
    return y > 0;
  if (len == 7 && sscanf (s, "%4u-%2u%c", &y, &m, &tail) == 2)
    return y > 0 && m >= 1 && m <= 12;
  if (len == 10 && sscanf (s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) == 3)
    return y > 0 && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return FALSE;
}

static gboolean
valid_name (const char *s)
{
  gsize len = strlen (s);
  return len > 0 && !g_ascii_isspace (s[0]) && !g_ascii_isspace (s[len - 1]);
}

/* ### YAML */

typedef struct {
  const PxYaml *doc;
  const char *path;
  const char *file_source;
} YamlFile;

static gboolean
read_string (const YamlFile *f, const PxYamlNode *entity, const char *key, char **out,
             GError **error)
{
  GError *local = NULL;
  const char *value = px_yaml_lookup_string (f->doc, entity, key, FALSE, FORMAT, &local);
  if (local)
    {
      g_propagate_error (error, local);
      return FALSE;
    }
  if (value && *value == '\0')
    return px_yaml_throw (f->doc, px_yaml_node_lookup (entity, key), error, FORMAT,
                          "'%s' is empty", key);
  *out = g_strdup (value);
  return TRUE;
}

/* A list of names or ids; @check says what each item must be. */
static gboolean
read_list (const YamlFile *f, const PxYamlNode *entity, const char *key, GPtrArray *out,
           gboolean ids, GError **error)
{
  const PxYamlNode *list = px_yaml_node_lookup (entity, key);
  if (list == NULL)
    return TRUE;
  if (!px_yaml_expect_kind (f->doc, list, PX_YAML_SEQUENCE, FORMAT, error))
    return FALSE;
  for (guint k = 0; k < px_yaml_node_n_children (list); k++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, k);
      if (!px_yaml_expect_kind (f->doc, item, PX_YAML_SCALAR, FORMAT, error))
        return FALSE;
      const char *s = px_yaml_node_scalar (item);
      if (ids ? !valid_id (s) : !valid_name (s))
        return px_yaml_throw (f->doc, item, error, FORMAT,
                              ids ? "'%s' is not an id ([a-z0-9_]+)"
                                  : "'%s' is not a name (empty, or spaces at an end)", s);
      g_ptr_array_add (out, g_strdup (s));
    }
  return TRUE;
}

static const char *const entity_keys[] = {
  "id", "type", "subtype", "name", "aliases", "demonyms", "country", "metonym_of",
  "member_of", "role", "from", "to", "ownership", "ownership_source", "notes", "source", NULL
};

/* An ISO 3166-1 alpha-2 code as the gazetteer writes it: two capitals. */
static gboolean
is_country_code (const char *code)
{
  return strlen (code) == 2 && g_ascii_isupper (code[0]) && g_ascii_isupper (code[1]);
}

static const char *const ownerships[] = { "state-run", "state-funded", "public", "private", NULL };

static gboolean
check_entity (const YamlFile *f, const PxYamlNode *node, const PxSourceEntity *e, GError **error)
{
  char **v = (char **) e->fields;
  if (!valid_id (v[PXG_F_ID]))
    return px_yaml_throw (f->doc, px_yaml_node_lookup (node, "id"), error, FORMAT,
                          "'%s' is not an id ([a-z0-9_]+)", v[PXG_F_ID]);
  if (!valid_name (v[PXG_F_NAME]))
    return px_yaml_throw (f->doc, px_yaml_node_lookup (node, "name"), error, FORMAT,
                          "'%s' is not a name (spaces at an end)", v[PXG_F_NAME]);
  if (v[PXG_F_COUNTRY] && !is_country_code (v[PXG_F_COUNTRY]))
    return px_yaml_throw (f->doc, px_yaml_node_lookup (node, "country"), error, FORMAT,
                          "country '%s' is not an ISO 3166-1 alpha-2 code (two capitals)",
                          v[PXG_F_COUNTRY]);
  const char *when_keys[] = { "from", "to" };
  const char *when[] = { v[PXG_F_FROM], v[PXG_F_TO] };
  for (guint k = 0; k < 2; k++)
    if (when[k] && !valid_when (when[k]))
      return px_yaml_throw (f->doc, px_yaml_node_lookup (node, when_keys[k]), error, FORMAT,
                            "%s '%s' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
                            when_keys[k], when[k]);
  if (v[PXG_F_OWNERSHIP])
    {
      if (e->type != PX_ENTITY_OUTLET)
        return px_yaml_throw (f->doc, px_yaml_node_lookup (node, "ownership"), error, FORMAT,
                              "ownership is for outlets only");
      if (!g_strv_contains (ownerships, v[PXG_F_OWNERSHIP]))
        return px_yaml_throw (f->doc, px_yaml_node_lookup (node, "ownership"), error, FORMAT,
                              "ownership '%s' is not one of state-run, state-funded, public, "
                              "private", v[PXG_F_OWNERSHIP]);
    }
  if (e->metonym_of && !valid_id (e->metonym_of))
    return px_yaml_throw (f->doc, px_yaml_node_lookup (node, "metonym_of"), error, FORMAT,
                          "'%s' is not an id ([a-z0-9_]+)", e->metonym_of);
  return TRUE;
}

static const char *const yaml_field_keys[PXG_N_FIELDS] = {
  "id", "name", "subtype", "country", "role", "from", "to",
  "ownership", "ownership_source", "notes", "source", NULL,
};

static PxSourceEntity *
read_yaml_entity (const YamlFile *f, const PxYamlNode *node, GError **error)
{
  if (!px_yaml_expect_kind (f->doc, node, PX_YAML_MAPPING, FORMAT, error)
      || !px_yaml_check_keys (f->doc, node, entity_keys, FORMAT, error))
    return NULL;
  g_autoptr(PxSourceEntity) e = px_source_entity_new ();
  for (guint k = 0; k < PXG_N_FIELDS; k++)
    if (yaml_field_keys[k] && !read_string (f, node, yaml_field_keys[k], &e->fields[k], error))
      return NULL;
  g_autofree char *type = NULL;
  if (!read_string (f, node, "type", &type, error) || !read_string (f, node, "metonym_of", &e->metonym_of, error))
    return NULL;
  const char *required[] = { "id", "type", "name" };
  for (guint k = 0; k < G_N_ELEMENTS (required); k++)
    if (px_yaml_node_lookup (node, required[k]) == NULL)
      return px_yaml_throw (f->doc, node, error, FORMAT, "an entity needs '%s'", required[k]),
             NULL;
  if (!px_entity_type_from_string (type, &e->type))
    return px_yaml_throw (f->doc, px_yaml_node_lookup (node, "type"), error, FORMAT,
                          "type '%s' is not one of %s", type, px_entity_type_list ()), NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  if (!read_list (f, node, "aliases", names, FALSE, error))
    return NULL;
  guint n_aliases = names->len;
  if (!read_list (f, node, "demonyms", names, FALSE, error)
      || !read_list (f, node, "member_of", e->member_of, TRUE, error))
    return NULL;
  e->n_demonyms = names->len - n_aliases;
  px_source_entity_set_aliases (e, names);
  if (e->fields[PXG_F_SOURCE] == NULL)
    e->fields[PXG_F_SOURCE] = g_strdup (f->file_source);
  e->fields[PXG_F_FILE] = g_strdup (f->path);
  e->line = px_yaml_node_line (node);
  if (!check_entity (f, node, e, error))
    return NULL;
  return g_steal_pointer (&e);
}

static gboolean
read_yaml (PxBuilder *b, const char *path, const char *data, gsize len, GError **error)
{
  g_autoptr(PxYaml) doc = px_yaml_parse (path, data, len, FORMAT, error);
  if (doc == NULL)
    return FALSE;
  static const char *const top_keys[] = { "version", "source", "licence", "entities", NULL };
  const PxYamlNode *root = px_yaml_root (doc);
  if (!px_yaml_expect_kind (doc, root, PX_YAML_MAPPING, FORMAT, error)
      || !px_yaml_check_keys (doc, root, top_keys, FORMAT, error))
    return FALSE;
  const PxYamlNode *version = px_yaml_node_lookup (root, "version");
  guint64 v = 0;
  if (version == NULL)
    return px_yaml_throw (doc, root, error, FORMAT, "a gazetteer file needs 'version: 1'");
  if (!px_yaml_read_uint (doc, version, G_MAXUINT32, &v, FORMAT, error))
    return FALSE;
  if (v != 1)
    return px_yaml_throw (doc, version, error, FORMAT,
                          "gazetteer format version %" G_GUINT64_FORMAT " is not supported "
                          "(this parallax reads version 1)", v);
  GError *local = NULL;
  YamlFile f = { doc, path, px_yaml_lookup_string (doc, root, "source", FALSE, FORMAT, &local) };
  if (local)
    return g_propagate_error (error, local), FALSE;
  const PxYamlNode *entities = px_yaml_node_lookup (root, "entities");
  if (entities == NULL)
    return px_yaml_throw (doc, root, error, FORMAT, "a gazetteer file needs 'entities'");
  if (!px_yaml_expect_kind (doc, entities, PX_YAML_SEQUENCE, FORMAT, error))
    return FALSE;
  for (guint k = 0; k < px_yaml_node_n_children (entities); k++)
    {
      PxSourceEntity *e = read_yaml_entity (&f, px_yaml_node_child (entities, k), error);
      if (e == NULL || !px_builder_add (b, e, error))
        return FALSE;
    }
  return TRUE;
}

/* ### TSV */

/* Splits @line at its tabs in place into @cols, which has room for one
 * column more than the line has tabs. */
static guint
split_tabs (char *line, char **cols)
{
  guint n = 0;
  for (char *p = line;; p++)
    {
      cols[n++] = p;
      p = strchr (p, '\t');
      if (p == NULL)
        return n;
      *p = '\0';
    }
}

static guint
count_tabs (const char *line)
{
  guint n = 0;
  for (const char *p = line; (p = strchr (p, '\t')); p++)
    n++;
  return n;
}

/* A line is split where it lies, and the entity borrows its strings
 * from the file's buffer, which the builder keeps, and is itself cut
 * from the builder's blocks: no copy and no allocation per line. */
static PxSourceEntity *
read_tsv_line (PxBuilder *b, const char *path, guint line_no, char *line, GError **error)
{
  char *on_stack[64];
  g_autofree char **on_heap = NULL;
  guint tabs = count_tabs (line);
  char **cols = tabs < G_N_ELEMENTS (on_stack) ? on_stack : (on_heap = g_new (char *, tabs + 1));
  guint n = split_tabs (line, cols);
  if (n < 3)
    return px_throw_null (error, FORMAT, "%s:%u: expected id<TAB>type<TAB>name[<TAB>alias...], "
                          "found %u column%s", path, line_no, n, n == 1 ? "" : "s");
  for (guint k = 0; k < n; k++)
    if (!valid_name (cols[k]))
      return px_throw_null (error, FORMAT, "%s:%u: column %u is empty or has spaces at an end",
                            path, line_no, k + 1);
  PxSourceEntity *e = px_builder_new_borrowed (b, n - 3);
  if (!valid_id (cols[0]))
    return px_throw_null (error, FORMAT, "%s:%u: '%s' is not an id ([a-z0-9_]+)", path, line_no,
                          cols[0]);
  /* "place/country": a type and, optionally, a subtype. */
  char *slash = strchr (cols[1], '/');
  if (slash)
    {
      *slash = '\0';
      if (!valid_id (slash + 1))
        return px_throw_null (error, FORMAT, "%s:%u: subtype '%s' is not a word ([a-z0-9_]+)",
                              path, line_no, slash + 1);
      e->fields[PXG_F_SUBTYPE] = slash + 1;
    }
  if (!px_entity_type_from_string (cols[1], &e->type))
    return px_throw_null (error, FORMAT, "%s:%u: type '%s' is not one of %s", path, line_no,
                          cols[1], px_entity_type_list ());
  e->fields[PXG_F_ID] = cols[0];
  e->fields[PXG_F_NAME] = cols[2];
  e->fields[PXG_F_FILE] = (char *) path;
  e->line = line_no;
  /* Aliases, then demonyms ("adj:"), each list in the file's order; the
   * country's code ("country:JP") is no name. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint k = 3; k < n; k++)
      {
        if (strncmp (cols[k], "country:", 8) == 0)
          {
            if (pass == 1)
              continue;
            const char *code = cols[k] + 8;
            if (e->fields[PXG_F_COUNTRY] != NULL)
              return px_throw_null (error, FORMAT, "%s:%u: column %u: a second country", path,
                                    line_no, k + 1);
            if (!is_country_code (code))
              return px_throw_null (error, FORMAT, "%s:%u: column %u: country '%s' is not an "
                                    "ISO 3166-1 alpha-2 code (two capitals)", path, line_no,
                                    k + 1, code);
            e->fields[PXG_F_COUNTRY] = (char *) code;
            continue;
          }
        gboolean adj = strncmp (cols[k], "adj:", 4) == 0;
        if (adj != (pass == 1))
          continue;
        char *name = adj ? cols[k] + 4 : cols[k];
        if (!valid_name (name))
          return px_throw_null (error, FORMAT, "%s:%u: column %u is an empty demonym", path,
                                line_no, k + 1);
        e->aliases[e->n_aliases++] = name;
        e->n_demonyms += adj;
      }
  return e;
}

static gboolean
read_tsv (PxBuilder *b, const char *path, char *data, gsize len, GError **error)
{
  guint line_no = 0;
  char *p = data, *end = data + len;
  while (p < end)
    {
      char *nl = memchr (p, '\n', (gsize) (end - p));
      char *line_end = nl ? nl : end;
      line_no++;
      if (line_end > p && line_end[-1] == '\r')
        line_end[-1] = '\0';
      *line_end = '\0';
      if (*p != '\0' && *p != '#')
        {
          PxSourceEntity *e = read_tsv_line (b, path, line_no, p, error);
          if (e == NULL || !px_builder_add (b, e, error))
            return FALSE;
        }
      p = line_end + 1;
    }
  return TRUE;
}

/* ### Files */

/* The contents of the regular file open at @fd, NUL-terminated, read
 * into a block that asks for huge pages (a million-name list is 32 MB,
 * which a compile then splits in place); NULL when it is not a regular
 * file or changed size while read, for g_file_get_contents to do. */
static char *
read_regular_file (int fd, gsize *len)
{
  struct stat st;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode) || st.st_size <= 0)
    return NULL;
  gsize size = (gsize) st.st_size;
  g_autofree char *data = g_malloc (size + 1);
  px_hint_huge_pages (data, size + 1);
  gsize got = 0;
  while (got <= size)
    {
      /* One byte more than the size, to see the end. */
      gssize n = read (fd, data + got, size + 1 - got);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        break;
      got += (gsize) n;
    }
  if (got != size)
    return NULL;
  data[size] = '\0';
  *len = size;
  return g_steal_pointer (&data);
}

gboolean
px_sources_read_file (PxBuilder *b, const char *path, GChecksum *sum, GError **error)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) local = NULL;
  /* Opened first so that the message is the system's reason, not GLib's
   * sentence around it. */
  int fd = g_open (path, O_RDONLY, 0);
  if (fd < 0)
    return px_throw (error, PX_ERROR_IO, "%s: cannot read: %s", path, g_strerror (errno));
  data = read_regular_file (fd, &len);
  close (fd);
  if (data == NULL && !g_file_get_contents (path, &data, &len, &local))
    return px_throw (error, PX_ERROR_IO, "%s: cannot read: %s", path, local->message);
  if (sum)
    px_sources_digest (sum, path, data, len);
  const char *bad = NULL;
  if (!g_utf8_validate_len (data, len, &bad))
    {
      guint line = 1;
      for (const char *q = data; q < bad; q++)
        line += *q == '\n';
      return px_throw (error, FORMAT, "%s:%u: not UTF-8 text (invalid byte at offset %zu)",
                       path, line, (gsize) (bad - data));
    }
  if (g_str_has_suffix (path, ".tsv"))
    {
      /* Its entities borrow their strings from the text and the path. */
      char *kept = px_builder_keep (b, g_steal_pointer (&data));
      return read_tsv (b, px_builder_keep (b, g_strdup (path)), kept, len, error);
    }
  if (g_str_has_suffix (path, ".yaml") || g_str_has_suffix (path, ".yml"))
    return read_yaml (b, path, data, len, error);
  return px_throw (error, PX_ERROR_USAGE,
                   "%s: a gazetteer file must be .yaml (curated) or .tsv (bulk)", path);
}

static int
compare_paths (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

GPtrArray *
px_sources_expand (const char *path, GError **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_ptr_array_add (files, g_strdup (path));
      return g_steal_pointer (&files);
    }
  g_autoptr(GError) local = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &local);
  if (dir == NULL)
    return px_throw_null (error, PX_ERROR_IO, "%s: cannot read the directory: %s", path,
                          local->message);
  const char *name;
  while ((name = g_dir_read_name (dir)))
    if (g_str_has_suffix (name, ".yaml") || g_str_has_suffix (name, ".yml")
        || g_str_has_suffix (name, ".tsv"))
      g_ptr_array_add (files, g_build_filename (path, name, NULL));
  if (files->len == 0)
    return px_throw_null (error, PX_ERROR_IO, "%s: no gazetteer files (*.yaml, *.tsv) in it",
                          path);
  g_ptr_array_sort (files, compare_paths);
  return g_steal_pointer (&files);
}
