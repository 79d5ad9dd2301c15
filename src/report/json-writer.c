/* json-writer.c: a pretty-printed JSON object written a piece at a time.
 *
 * json-glib prints a tree it holds whole; a comparison of thousands of
 * documents makes a tree many times the size of its text.  Here each
 * member of the top object, or each element of an array member, is built
 * in a small tree of its own, printed and freed.  The piece is printed
 * inside a wrapper object at the depth it has in the whole, so its lines
 * come out indented as json-glib would indent them there, and the bytes
 * are those of the whole tree printed at once. */
#include "config.h"

#include <string.h>

#include "report/describe.h"

#define WRAPPER_MEMBER "x"

struct _PxJsonWriter {
  GString *out;                 /* "{\n" and the members printed so far */
  guint n_members;
  JsonBuilder *b;               /* the piece being built */
  char *array;                  /* the array member open, or NULL */
  guint n_elements;
};

static void
start_piece (PxJsonWriter *w)
{
  g_clear_object (&w->b);
  w->b = json_builder_new ();
  json_builder_begin_object (w->b);
  if (w->array != NULL)
    {
      json_builder_set_member_name (w->b, WRAPPER_MEMBER);
      json_builder_begin_array (w->b);
    }
}

/* Prints the wrapper object and returns its text between @prefix and
 * @suffix: what the piece prints as at its depth.  (transfer full) */
static char *
print_piece (PxJsonWriter *w, const char *prefix, const char *suffix)
{
  if (w->array != NULL)
    json_builder_end_array (w->b);
  json_builder_end_object (w->b);
  g_autoptr(JsonNode) root = json_builder_get_root (w->b);
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  json_generator_set_pretty (gen, TRUE);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  gsize len;
  g_autofree char *text = json_generator_to_data (gen, &len);
  gsize head = strlen (prefix), tail = strlen (suffix);
  if (len < head + tail || strncmp (text, prefix, head) != 0
      || strcmp (text + len - tail, suffix) != 0)
    return NULL;
  return g_strndup (text + head, len - head - tail);
}

static void
separate_member (PxJsonWriter *w)
{
  if (w->n_members++ > 0)
    g_string_append (w->out, ",\n");
}

PxJsonWriter *
px_json_writer_new (void)
{
  PxJsonWriter *w = g_new0 (PxJsonWriter, 1);
  w->out = g_string_new ("{\n");
  start_piece (w);
  return w;
}

JsonBuilder *
px_json_writer_builder (PxJsonWriter *w)
{
  return w->b;
}

void
px_json_writer_flush (PxJsonWriter *w)
{
  g_return_if_fail (w->array == NULL);
  /* No member since the last flush prints as "{}". */
  g_autofree char *members = print_piece (w, "{\n", "\n}");
  if (members != NULL)
    {
      separate_member (w);
      g_string_append (w->out, members);
    }
  start_piece (w);
}

void
px_json_writer_begin_array (PxJsonWriter *w, const char *name)
{
  g_return_if_fail (w->array == NULL && strpbrk (name, "\"\\") == NULL);
  px_json_writer_flush (w);
  w->array = g_strdup (name);
  w->n_elements = 0;
  start_piece (w);
}

void
px_json_writer_end_element (PxJsonWriter *w)
{
  g_return_if_fail (w->array != NULL);
  g_autofree char *element = print_piece (w, "{\n  \"" WRAPPER_MEMBER "\" : [\n", "\n  ]\n}");
  g_return_if_fail (element != NULL);
  if (w->n_elements++ == 0)
    {
      separate_member (w);
      g_string_append_printf (w->out, "  \"%s\" : [\n", w->array);
    }
  else
    g_string_append (w->out, ",\n");
  g_string_append (w->out, element);
  start_piece (w);
}

void
px_json_writer_end_array (PxJsonWriter *w)
{
  g_return_if_fail (w->array != NULL);
  if (w->n_elements == 0)
    {
      separate_member (w);
      g_string_append_printf (w->out, "  \"%s\" : []", w->array);
    }
  else
    g_string_append (w->out, "\n  ]");
  g_clear_pointer (&w->array, g_free);
  start_piece (w);
}

char *
px_json_writer_finish (PxJsonWriter *w, gsize *len)
{
  g_return_val_if_fail (w->array == NULL, NULL);
  px_json_writer_flush (w);
  if (w->n_members == 0)
    g_string_assign (w->out, "{}");
  else
    g_string_append (w->out, "\n}");
  g_string_append_c (w->out, '\n');
  if (len != NULL)
    *len = w->out->len;
  char *out = g_string_free (g_steal_pointer (&w->out), FALSE);
  px_json_writer_free (w);
  return out;
}

void
px_json_writer_free (PxJsonWriter *w)
{
  if (w == NULL)
    return;
  if (w->out != NULL)
    g_string_free (w->out, TRUE);
  g_clear_object (&w->b);
  g_free (w->array);
  g_free (w);
}
