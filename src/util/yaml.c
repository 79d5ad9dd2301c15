/* yaml.c: a YAML document tree over libyaml's event parser.
 *
 * Every node keeps its 1-based line and column so that configuration
 * errors can point at the offending text.  The loader is deliberately
 * strict: anchors and aliases (exponential expansion), duplicate keys
 * (a silent override is lost data) and very deep nesting are errors.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include <glib/gstdio.h>

#include "util/util.h"

#define MAX_DEPTH 64

struct _PxYamlNode {
  PxYamlKind kind;
  guint line;
  guint column;
  char *scalar;          /* owned; scalars only */
  GPtrArray *children;   /* owned PxYamlNode*; collections only */
};

struct _PxYaml {
  char *name;            /* owned */
  PxYamlNode *root;      /* owned */
};

static void
node_free (PxYamlNode *node)
{
  if (node == NULL)
    return;
  g_free (node->scalar);
  if (node->children != NULL)
    g_ptr_array_unref (node->children);
  g_free (node);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxYamlNode, node_free)

static PxYamlNode *
node_new (PxYamlKind kind, const yaml_mark_t *mark)
{
  PxYamlNode *node = g_new0 (PxYamlNode, 1);
  node->kind = kind;
  node->line = mark->line + 1;
  node->column = mark->column + 1;
  if (kind != PX_YAML_SCALAR)
    node->children = g_ptr_array_new_with_free_func ((GDestroyNotify) node_free);
  return node;
}

typedef struct {
  const char *name;
  PxError code;          /* reported for every syntax error */
  yaml_parser_t parser;
} Parse;

/* @message with its control characters written out ("\n"): a problem is
 * one line, even when it quotes a key or value that spans several. */
static char *
one_line (const char *message)
{
  GString *out = g_string_sized_new (strlen (message));
  for (const char *p = message; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      if (c == '\n')
        g_string_append (out, "\\n");
      else if (c == '\t')
        g_string_append (out, "\\t");
      else if (c == '\r')
        g_string_append (out, "\\r");
      else if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else
        g_string_append_c (out, (char) c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
next_event (Parse *p, yaml_event_t *event, GError **error)
{
  if (yaml_parser_parse (&p->parser, event))
    return TRUE;

  const yaml_parser_t *y = &p->parser;
  const char *problem = y->problem != NULL ? y->problem : "malformed YAML";
  if (y->context != NULL)
    return px_throw (error, p->code, "%s:%zu:%zu: %s %s (%s:%zu:%zu)",
                     p->name, y->problem_mark.line + 1, y->problem_mark.column + 1,
                     problem, y->context, p->name, y->context_mark.line + 1,
                     y->context_mark.column + 1);
  return px_throw (error, p->code, "%s:%zu:%zu: %s", p->name,
                   y->problem_mark.line + 1, y->problem_mark.column + 1, problem);
}

static PxYamlNode *parse_node (Parse *p, yaml_event_t *event, guint depth, GError **error);

static gboolean
refuse_anchor (Parse *p, const yaml_event_t *event, const yaml_char_t *anchor, GError **error)
{
  if (anchor == NULL)
    return TRUE;
  return px_throw (error, p->code,
                   "%s:%zu:%zu: anchors and aliases are not supported; write the value out",
                   p->name, event->start_mark.line + 1, event->start_mark.column + 1);
}

/* Parses children until the closing event of type @end_type. */
static gboolean
parse_children (Parse *p, PxYamlNode *parent, yaml_event_type_t end_type, guint depth,
                GError **error)
{
  g_autoptr(GHashTable) keys = NULL;
  if (parent->kind == PX_YAML_MAPPING)
    keys = g_hash_table_new (g_str_hash, g_str_equal);

  for (;;)
    {
      yaml_event_t event;
      if (!next_event (p, &event, error))
        return FALSE;
      if (event.type == end_type)
        {
          yaml_event_delete (&event);
          return TRUE;
        }

      gboolean is_key = parent->kind == PX_YAML_MAPPING && parent->children->len % 2 == 0;
      g_autoptr(PxYamlNode) child = parse_node (p, &event, depth + 1, error);
      yaml_event_delete (&event);
      if (child == NULL)
        return FALSE;

      if (is_key)
        {
          if (child->kind != PX_YAML_SCALAR)
            return px_throw (error, p->code,
                             "%s:%u:%u: a mapping key must be a plain scalar, not a %s",
                             p->name, child->line, child->column,
                             px_yaml_node_kind_name (child->kind));
          if (g_hash_table_contains (keys, child->scalar))
            {
              g_autofree char *key = one_line (child->scalar);
              return px_throw (error, p->code, "%s:%u:%u: duplicate key '%s'", p->name,
                               child->line, child->column, key);
            }
          g_hash_table_add (keys, child->scalar);
        }
      g_ptr_array_add (parent->children, g_steal_pointer (&child));
    }
}

static PxYamlNode *
parse_node (Parse *p, yaml_event_t *event, guint depth, GError **error)
{
  if (depth > MAX_DEPTH)
    return px_throw_null (error, p->code,
                          "%s:%zu:%zu: nesting deeper than %d levels", p->name,
                          event->start_mark.line + 1, event->start_mark.column + 1, MAX_DEPTH);

  switch (event->type)
    {
    case YAML_SCALAR_EVENT:
      {
        if (!refuse_anchor (p, event, event->data.scalar.anchor, error))
          return NULL;
        PxYamlNode *node = node_new (PX_YAML_SCALAR, &event->start_mark);
        node->scalar = g_strndup ((const char *) event->data.scalar.value,
                                  event->data.scalar.length);
        return node;
      }
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT:
      {
        gboolean seq = event->type == YAML_SEQUENCE_START_EVENT;
        const yaml_char_t *anchor = seq ? event->data.sequence_start.anchor
                                        : event->data.mapping_start.anchor;
        if (!refuse_anchor (p, event, anchor, error))
          return NULL;
        g_autoptr(PxYamlNode) node = node_new (seq ? PX_YAML_SEQUENCE : PX_YAML_MAPPING,
                                               &event->start_mark);
        if (!parse_children (p, node, seq ? YAML_SEQUENCE_END_EVENT : YAML_MAPPING_END_EVENT,
                             depth, error))
          return NULL;
        return g_steal_pointer (&node);
      }
    case YAML_ALIAS_EVENT:
      return px_throw_null (error, p->code,
                            "%s:%zu:%zu: anchors and aliases are not supported; write the value out",
                            p->name, event->start_mark.line + 1, event->start_mark.column + 1);
    default:
      return px_throw_null (error, p->code, "%s:%zu:%zu: unexpected YAML event",
                            p->name, event->start_mark.line + 1, event->start_mark.column + 1);
    }
}

/* Reads STREAM-START, DOCUMENT-START, the root, DOCUMENT-END; refuses a
 * second document (a stray `---` usually means a pasted-together file). */
static gboolean
is_empty_plain_scalar (const yaml_event_t *event)
{
  return event->data.scalar.length == 0 && event->data.scalar.tag == NULL
         && event->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
}

static PxYamlNode *
parse_stream (Parse *p, GError **error)
{
  yaml_event_t event;
  g_autoptr(PxYamlNode) root = NULL;

  for (;;)
    {
      if (!next_event (p, &event, error))
        return NULL;
      yaml_event_type_t type = event.type;
      yaml_mark_t mark = event.start_mark;

      switch (type)
        {
        case YAML_STREAM_START_EVENT:
        case YAML_DOCUMENT_END_EVENT:
          break;
        case YAML_DOCUMENT_START_EVENT:
          if (root != NULL)
            {
              yaml_event_delete (&event);
              return px_throw_null (error, p->code,
                                    "%s:%zu:%zu: more than one YAML document in one file",
                                    p->name, mark.line + 1, mark.column + 1);
            }
          break;
        case YAML_STREAM_END_EVENT:
          yaml_event_delete (&event);
          if (root == NULL)
            {
              yaml_mark_t start = { 0, 0, 0 };
              root = node_new (PX_YAML_MAPPING, &start);
            }
          return g_steal_pointer (&root);
        case YAML_SCALAR_EVENT:
          /* A document with nothing after "---" comes as an empty plain
           * scalar; it is the same empty document as a file with no "---",
           * so give it the same empty mapping, at the same 1:1 (the scalar's
           * own position is after the marker).  A quoted '' stays a scalar. */
          if (root == NULL && is_empty_plain_scalar (&event))
            {
              root = node_new (PX_YAML_MAPPING, &(yaml_mark_t) { 0, 0, 0 });
              break;
            }
          G_GNUC_FALLTHROUGH;
        default:
          root = parse_node (p, &event, 0, error);
          if (root == NULL)
            {
              yaml_event_delete (&event);
              return NULL;
            }
          break;
        }
      yaml_event_delete (&event);
    }
}

PxYaml *
px_yaml_parse (const char *name, const char *data, gsize len, PxError code, GError **error)
{
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (data != NULL || len == 0, NULL);

  Parse p = { .name = name, .code = code };
  if (!yaml_parser_initialize (&p.parser))
    g_error ("out of memory initialising the YAML parser");
  yaml_parser_set_input_string (&p.parser, (const unsigned char *) (data ? data : ""), len);
  PxYamlNode *root = parse_stream (&p, error);
  yaml_parser_delete (&p.parser);
  if (root == NULL)
    return NULL;

  PxYaml *doc = g_new0 (PxYaml, 1);
  doc->name = g_strdup (name);
  doc->root = root;
  return doc;
}

/* The whole of @path, with "PATH: cannot read: reason" on failure, as
 * inputs and outputs are reported (GLib's own message is worded and quoted
 * differently). */
static char *
read_file (const char *path, gsize *len, GError **error)
{
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return px_throw_null (error, PX_ERROR_IO, "%s: cannot read: %s", path, g_strerror (errno));
  g_autoptr(GString) data = g_string_new (NULL);
  char buffer[8192];
  for (;;)
    {
      gssize n = read (fd, buffer, sizeof buffer);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          close (fd);
          return px_throw_null (error, PX_ERROR_IO, "%s: cannot read: %s", path,
                                g_strerror (saved));
        }
      if (n == 0)
        break;
      g_string_append_len (data, buffer, n);
    }
  close (fd);
  *len = data->len;
  return g_string_free (g_steal_pointer (&data), FALSE);
}

PxYaml *
px_yaml_load_file (const char *path, PxError code, GError **error)
{
  gsize len = 0;
  g_autofree char *data = read_file (path, &len, error);
  if (data == NULL)
    return NULL;
  return px_yaml_parse (path, data, len, code, error);
}

void
px_yaml_free (PxYaml *doc)
{
  if (doc == NULL)
    return;
  node_free (doc->root);
  g_free (doc->name);
  g_free (doc);
}

const PxYamlNode *
px_yaml_root (const PxYaml *doc)
{
  return doc->root;
}

const char *
px_yaml_name (const PxYaml *doc)
{
  return doc->name;
}

PxYamlKind
px_yaml_node_kind (const PxYamlNode *node)
{
  return node->kind;
}

const char *
px_yaml_node_kind_name (PxYamlKind kind)
{
  switch (kind)
    {
    case PX_YAML_SCALAR:
      return "scalar";
    case PX_YAML_SEQUENCE:
      return "list";
    case PX_YAML_MAPPING:
      return "mapping";
    default:
      g_assert_not_reached ();
    }
}

guint
px_yaml_node_line (const PxYamlNode *node)
{
  return node->line;
}

guint
px_yaml_node_column (const PxYamlNode *node)
{
  return node->column;
}

const char *
px_yaml_node_scalar (const PxYamlNode *node)
{
  return node->scalar;
}

guint
px_yaml_node_n_children (const PxYamlNode *node)
{
  return node->children != NULL ? node->children->len : 0;
}

const PxYamlNode *
px_yaml_node_child (const PxYamlNode *node, guint i)
{
  g_return_val_if_fail (node->children != NULL && i < node->children->len, NULL);
  return g_ptr_array_index (node->children, i);
}

const PxYamlNode *
px_yaml_node_lookup (const PxYamlNode *node, const char *key)
{
  if (node->kind != PX_YAML_MAPPING)
    return NULL;
  for (guint i = 0; i + 1 < node->children->len; i += 2)
    {
      const PxYamlNode *k = g_ptr_array_index (node->children, i);
      if (g_strcmp0 (k->scalar, key) == 0)
        return g_ptr_array_index (node->children, i + 1);
    }
  return NULL;
}


gboolean
px_yaml_throw (const PxYaml *doc, const PxYamlNode *node, GError **error, PxError code,
               const char *format, ...)
{
  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  g_autofree char *line = one_line (message);
  return px_throw (error, code, "%s:%u:%u: %s", doc->name, node->line, node->column, line);
}

gboolean
px_yaml_expect_kind (const PxYaml *doc, const PxYamlNode *node, PxYamlKind kind, PxError code,
                     GError **error)
{
  if (node->kind == kind)
    return TRUE;
  return px_yaml_throw (doc, node, error, code, "expected a %s, found a %s",
                        px_yaml_node_kind_name (kind), px_yaml_node_kind_name (node->kind));
}

gboolean
px_yaml_read_uint (const PxYaml *doc, const PxYamlNode *node, guint64 max, guint64 *out,
                   PxError code, GError **error)
{
  if (!px_yaml_expect_kind (doc, node, PX_YAML_SCALAR, code, error))
    return FALSE;
  guint64 value = 0;
  if (!g_ascii_string_to_unsigned (node->scalar, 10, 0, max, &value, NULL))
    return px_yaml_throw (doc, node, error, code,
                          "expected a whole number from 0 to %" G_GUINT64_FORMAT ", found '%s'",
                          max, node->scalar);
  *out = value;
  return TRUE;
}

gboolean
px_yaml_read_double (const PxYaml *doc, const PxYamlNode *node, double *out, PxError code,
                     GError **error)
{
  if (!px_yaml_expect_kind (doc, node, PX_YAML_SCALAR, code, error))
    return FALSE;
  char *end = NULL;
  double value = g_ascii_strtod (node->scalar, &end);
  if (end == node->scalar || *end != '\0' || !isfinite (value))
    return px_yaml_throw (doc, node, error, code, "expected a number, found '%s'", node->scalar);
  *out = value;
  return TRUE;
}

gboolean
px_yaml_read_bool (const PxYaml *doc, const PxYamlNode *node, gboolean *out, PxError code,
                   GError **error)
{
  if (!px_yaml_expect_kind (doc, node, PX_YAML_SCALAR, code, error))
    return FALSE;
  if (g_str_equal (node->scalar, "true") || g_str_equal (node->scalar, "yes"))
    *out = TRUE;
  else if (g_str_equal (node->scalar, "false") || g_str_equal (node->scalar, "no"))
    *out = FALSE;
  else
    return px_yaml_throw (doc, node, error, code, "expected true or false, found '%s'",
                          node->scalar);
  return TRUE;
}

gboolean
px_yaml_check_keys (const PxYaml *doc, const PxYamlNode *node, const char *const *allowed,
                    PxError code, GError **error)
{
  if (!px_yaml_expect_kind (doc, node, PX_YAML_MAPPING, code, error))
    return FALSE;
  /* Every unknown key, one line each: a misspelt file is fixed in one go. */
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *expected = g_strjoinv (", ", (char **) allowed);
  for (guint i = 0; i < node->children->len; i += 2)
    {
      const PxYamlNode *key = g_ptr_array_index (node->children, i);
      if (g_strv_contains (allowed, key->scalar))
        continue;
      g_autoptr(GError) one = NULL;
      px_yaml_throw (doc, key, &one, code, "unknown key '%s' (expected one of: %s)", key->scalar,
                     expected);
      g_string_append_printf (lines, "%s%s", lines->len > 0 ? "\n" : "", one->message);
    }
  if (lines->len == 0)
    return TRUE;
  return px_throw (error, code, "%s", lines->str);
}

const char *
px_yaml_lookup_string (const PxYaml *doc, const PxYamlNode *node, const char *key,
                       gboolean required, PxError code, GError **error)
{
  const PxYamlNode *value = px_yaml_node_lookup (node, key);
  if (value == NULL)
    {
      if (required)
        px_yaml_throw (doc, node, error, code, "missing key '%s'", key);
      return NULL;
    }
  if (!px_yaml_expect_kind (doc, value, PX_YAML_SCALAR, code, error))
    return NULL;
  return value->scalar;
}

PxYaml *
px_yaml_load_rules (const char *path, const char *const *keys, GError **error)
{
  const PxError code = PX_ERROR_RULE_SYNTAX;
  g_autoptr(PxYaml) doc = px_yaml_load_file (path, code, error);
  if (doc == NULL)
    return NULL;
  const PxYamlNode *root = px_yaml_root (doc);
  if (!px_yaml_expect_kind (doc, root, PX_YAML_MAPPING, code, error)
      || !px_yaml_check_keys (doc, root, keys, code, error))
    return NULL;
  const PxYamlNode *vnode = px_yaml_node_lookup (root, "version");
  guint64 version = 0;
  if (vnode == NULL)
    return px_yaml_throw (doc, root, error, code, "missing key 'version'"), NULL;
  if (!px_yaml_read_uint (doc, vnode, G_MAXUINT32, &version, code, error))
    return NULL;
  if (version != 1)
    return px_yaml_throw (doc, vnode, error, code, "version %" G_GUINT64_FORMAT
                          " is not supported (this parallax reads version 1)", version), NULL;
  return g_steal_pointer (&doc);
}

const PxYamlNode *
px_yaml_lookup_kind (const PxYaml *doc, const PxYamlNode *map, const char *key, PxYamlKind kind,
                     PxError code, GError **error)
{
  const PxYamlNode *node = px_yaml_node_lookup (map, key);
  if (node == NULL)
    return px_yaml_throw (doc, map, error, code, "missing key '%s'", key), NULL;
  if (!px_yaml_expect_kind (doc, node, kind, code, error))
    return NULL;
  return node;
}

static gboolean
is_single_word (const char *s)
{
  if (*s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    if (g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

gboolean
px_yaml_read_word_set (const PxYaml *doc, const PxYamlNode *map, const char *key, gboolean fold,
                       GHashTable *set, PxError code, GError **error)
{
  const PxYamlNode *list = px_yaml_lookup_kind (doc, map, key, PX_YAML_SEQUENCE, code, error);
  if (list == NULL)
    return FALSE;
  for (guint i = 0; i < px_yaml_node_n_children (list); i++)
    {
      const PxYamlNode *item = px_yaml_node_child (list, i);
      if (!px_yaml_expect_kind (doc, item, PX_YAML_SCALAR, code, error))
        return FALSE;
      const char *word = px_yaml_node_scalar (item);
      if (!is_single_word (word))
        return px_yaml_throw (doc, item, error, code, "%s: '%s' is not a single word", key, word);
      if (!g_hash_table_add (set, fold ? g_utf8_strdown (word, -1) : g_strdup (word)))
        return px_yaml_throw (doc, item, error, code, "%s: '%s' is listed twice", key, word);
    }
  return TRUE;
}
