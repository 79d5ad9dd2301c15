/* check-report.c: the report's JSON writer prints, a piece at a time,
 * the bytes json-glib prints for the whole tree. */
#include "config.h"

#include <string.h>

#include "report/describe.h"
#include "px-test.h"

/* Strings that JSON escapes, and one that it does not. */
static const char *const strings[] = {
  "plain", "two\nlines", "a \"quote\" and a \\ backslash", "Kim Seol-hwa ‘Quad’ “NATO”", "",
};

static void
add_item (JsonBuilder *b, guint i)
{
  json_builder_begin_object (b);
  px_json_member_string (b, "text", strings[i % G_N_ELEMENTS (strings)]);
  px_json_member_int (b, "n", i);
  json_builder_set_member_name (b, "list");
  json_builder_begin_array (b);
  for (guint k = 0; k < i; k++)
    json_builder_add_int_value (b, k);
  json_builder_end_array (b);
  px_json_member_string (b, "none", NULL);
  json_builder_end_object (b);
}

/* The shape of the test: @n_items in "items", @with_empty adds an empty
 * array, @with_members scalar members around them. */
typedef struct {
  guint n_items;
  gboolean with_empty;
  gboolean with_members;
} Shape;

static char *
whole (const Shape *shape)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  json_builder_begin_object (b);
  if (shape->with_members)
    px_json_member_string (b, "first", "one");
  if (shape->with_empty)
    {
      json_builder_set_member_name (b, "empty");
      json_builder_begin_array (b);
      json_builder_end_array (b);
    }
  if (shape->n_items > 0)
    {
      json_builder_set_member_name (b, "items");
      json_builder_begin_array (b);
      for (guint i = 0; i < shape->n_items; i++)
        add_item (b, i);
      json_builder_end_array (b);
    }
  if (shape->with_members)
    px_json_member_int (b, "last", 2);
  json_builder_end_object (b);
  return px_report_json_finish (b, NULL);
}

static char *
in_pieces (const Shape *shape, gsize *len)
{
  PxJsonWriter *w = px_json_writer_new ();
  if (shape->with_members)
    px_json_member_string (px_json_writer_builder (w), "first", "one");
  if (shape->with_empty)
    {
      px_json_writer_begin_array (w, "empty");
      px_json_writer_end_array (w);
    }
  if (shape->n_items > 0)
    {
      px_json_writer_begin_array (w, "items");
      for (guint i = 0; i < shape->n_items; i++)
        {
          add_item (px_json_writer_builder (w), i);
          px_json_writer_end_element (w);
        }
      px_json_writer_end_array (w);
    }
  if (shape->with_members)
    {
      px_json_member_int (px_json_writer_builder (w), "last", 2);
      /* A flush with nothing new adds nothing. */
      px_json_writer_flush (w);
      px_json_writer_flush (w);
    }
  return px_json_writer_finish (w, len);
}

START_TEST (test_pieces_print_as_the_whole)
{
  for (guint n = 0; n <= 6; n += 3)
    for (int empty = 0; empty <= 1; empty++)
      for (int members = 0; members <= 1; members++)
        {
          Shape shape = { n, empty, members };
          g_autofree char *want = whole (&shape);
          gsize len = 0;
          g_autofree char *got = in_pieces (&shape, &len);
          ck_assert_msg (strcmp (got, want) == 0, "items %u, empty %d, members %d:\n%s\nwant\n%s",
                         n, empty, members, got, want);
          ck_assert_uint_eq (len, strlen (want));
        }
}
END_TEST

START_TEST (test_free_unfinished)
{
  PxJsonWriter *w = px_json_writer_new ();
  px_json_writer_begin_array (w, "items");
  add_item (px_json_writer_builder (w), 2);
  px_json_writer_free (w);
}
END_TEST

static Suite *
px_test_report_suite (void)
{
  Suite *s = suite_create ("report");
  TCase *tc = tcase_create ("json-writer");
  tcase_add_test (tc, test_pieces_print_as_the_whole);
  tcase_add_test (tc, test_free_unfinished);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_report_suite ());
}
