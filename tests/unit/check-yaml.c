/* check-yaml.c: the strict YAML loader every configuration file goes through. */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "px-test.h"

static PxYaml *
parse (const char *yaml, GError **error)
{
  return px_yaml_parse ("doc.yaml", yaml, strlen (yaml), PX_ERROR_CONFIG, error);
}

/* @yaml, which must parse. */
static PxYaml *
accept (const char *yaml)
{
  g_autoptr(GError) error = NULL;
  PxYaml *doc = parse (yaml, &error);
  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  return doc;
}

/* @yaml must be refused with a message that starts with @prefix (the
 * position) and holds @needle. */
static void
assert_refused (const char *yaml, const char *prefix, const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxYaml) doc = parse (yaml, &error);
  ck_assert_msg (doc == NULL, "accepted: %s", yaml);
  px_test_assert_error (error, PX_ERROR_CONFIG, needle, NULL);
  ck_assert_msg (g_str_has_prefix (error->message, prefix), "'%s' does not start with '%s'",
                 error->message, prefix);
}

/* @depth sequences, one inside the other, around a scalar. */
static char *
nested (guint depth)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, '[');
  g_string_append_c (s, 'x');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

/* ### Refusals */

START_TEST (test_anchors_and_aliases_refused)
{
  const char *msg = "anchors and aliases are not supported; write the value out";
  assert_refused ("a: &x 1\nb: *x\n", "doc.yaml:1:4: ", msg);
  assert_refused ("a: 1\nb: *x\n", "doc.yaml:2:4: ", "");   /* an undefined alias */
  assert_refused ("base: &b {k: 1}\n", "doc.yaml:1:7: ", msg);
  assert_refused ("list: &l [1]\n", "doc.yaml:1:7: ", msg);
}
END_TEST

START_TEST (test_duplicate_keys_refused)
{
  assert_refused ("a: 1\na: 2\n", "doc.yaml:2:1: ", "duplicate key 'a'");
  assert_refused ("top:\n  k: 1\n  j: 2\n  k: 3\n", "doc.yaml:4:3: ", "duplicate key 'k'");
  assert_refused ("- {x: 1, x: 1}\n", "doc.yaml:1:10: ", "duplicate key 'x'");
  /* A key over several lines is quoted on one. */
  assert_refused ("{\"a\\nb\": 1, \"a\\nb\": 2}\n", "doc.yaml:1:", "duplicate key 'a\\nb'");
}
END_TEST

START_TEST (test_same_key_in_two_mappings_is_fine)
{
  g_autoptr(PxYaml) doc = accept ("a: {k: 1}\nb: {k: 2}\n");
  ck_assert_uint_eq (px_yaml_node_n_children (px_yaml_root (doc)), 4);
}
END_TEST

START_TEST (test_non_scalar_keys_refused)
{
  assert_refused ("? [a, b]\n: 1\n", "doc.yaml:1:3: ",
                  "a mapping key must be a plain scalar, not a list");
}
END_TEST

START_TEST (test_depth_limit)
{
  g_autofree char *at_limit = nested (64);
  g_autofree char *over = nested (65);
  g_autofree char *far_over = nested (10000);
  g_autoptr(PxYaml) doc = accept (at_limit);
  ck_assert_int_eq (px_yaml_node_kind (px_yaml_root (doc)), PX_YAML_SEQUENCE);
  assert_refused (over, "doc.yaml:1:66: ", "nesting deeper than 64 levels");
  assert_refused (far_over, "doc.yaml:1:66: ", "nesting deeper than 64 levels");
}
END_TEST

START_TEST (test_depth_limit_in_block_style)
{
  g_autoptr(GString) yaml = g_string_new (NULL);
  for (guint i = 0; i < 70; i++)
    g_string_append_printf (yaml, "%*sk%u:\n", (int) (2 * i), "", i);
  assert_refused (yaml->str, "doc.yaml:65:", "nesting deeper than 64 levels");
}
END_TEST

START_TEST (test_several_documents_refused)
{
  assert_refused ("a: 1\n---\nb: 2\n", "doc.yaml:2:1: ", "more than one YAML document in one file");
  assert_refused ("---\na: 1\n...\n---\nb: 2\n", "doc.yaml:4:1: ", "more than one YAML document");
}
END_TEST

START_TEST (test_syntax_errors_have_positions)
{
  /* A tab cannot indent YAML. */
  assert_refused ("a:\n\tb: 1\n", "doc.yaml:2:1: ", "found character that cannot start any token");
  assert_refused ("a: [1, 2\n", "doc.yaml:2:1: ", "did not find expected ',' or ']'");
  assert_refused ("key: value: x\n", "doc.yaml:1:11: ", "mapping values are not allowed");
  assert_refused ("a: 'open\n", "doc.yaml:2:1: ", "found unexpected end of stream");
  assert_refused ("a: 1\n b: 2\n", "doc.yaml:2:3: ", "mapping values are not allowed");
}
END_TEST

START_TEST (test_error_code_is_the_callers)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxYaml) doc = px_yaml_parse ("r.yaml", "a: 1\na: 1\n", 10, PX_ERROR_RULE_SYNTAX,
                                         &error);
  ck_assert_ptr_null (doc);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, "r.yaml:2:1: duplicate key 'a'", NULL);
}
END_TEST

/* ### Documents */

START_TEST (test_empty_document_is_an_empty_mapping)
{
  static const char *const empties[] = { "", "\n\n", "# only a comment\n" };
  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(PxYaml) doc = accept (empties[i]);
      ck_assert_int_eq (px_yaml_node_kind (px_yaml_root (doc)), PX_YAML_MAPPING);
      ck_assert_uint_eq (px_yaml_node_n_children (px_yaml_root (doc)), 0);
    }
  g_autoptr(PxYaml) null_data = px_yaml_parse ("n.yaml", NULL, 0, PX_ERROR_CONFIG, NULL);
  ck_assert_ptr_nonnull (null_data);
  ck_assert_int_eq (px_yaml_node_kind (px_yaml_root (null_data)), PX_YAML_MAPPING);
}
END_TEST

START_TEST (test_tree_and_positions)
{
  const char *yaml = "# a comment\n"
                     "name: demo\n"
                     "list:\n"
                     "  - one\n"
                     "  - {k: v}\n"
                     "quoted: \"a: b\"\n";
  g_autoptr(PxYaml) doc = accept (yaml);
  ck_assert_str_eq (px_yaml_name (doc), "doc.yaml");
  const PxYamlNode *root = px_yaml_root (doc);
  ck_assert_int_eq (px_yaml_node_kind (root), PX_YAML_MAPPING);
  ck_assert_uint_eq (px_yaml_node_n_children (root), 6);
  ck_assert_uint_eq (px_yaml_node_line (root), 2);
  ck_assert_uint_eq (px_yaml_node_column (root), 1);
  ck_assert_ptr_null (px_yaml_node_scalar (root));

  const PxYamlNode *key = px_yaml_node_child (root, 0);
  ck_assert_str_eq (px_yaml_node_scalar (key), "name");
  const PxYamlNode *name = px_yaml_node_lookup (root, "name");
  ck_assert_str_eq (px_yaml_node_scalar (name), "demo");
  ck_assert_uint_eq (px_yaml_node_line (name), 2);
  ck_assert_uint_eq (px_yaml_node_column (name), 7);

  const PxYamlNode *list = px_yaml_node_lookup (root, "list");
  ck_assert_int_eq (px_yaml_node_kind (list), PX_YAML_SEQUENCE);
  ck_assert_uint_eq (px_yaml_node_n_children (list), 2);
  const PxYamlNode *one = px_yaml_node_child (list, 0);
  ck_assert_str_eq (px_yaml_node_scalar (one), "one");
  ck_assert_uint_eq (px_yaml_node_line (one), 4);
  ck_assert_uint_eq (px_yaml_node_column (one), 5);
  const PxYamlNode *map = px_yaml_node_child (list, 1);
  ck_assert_int_eq (px_yaml_node_kind (map), PX_YAML_MAPPING);
  ck_assert_uint_eq (px_yaml_node_column (map), 5);
  ck_assert_str_eq (px_yaml_node_scalar (px_yaml_node_lookup (map, "k")), "v");

  ck_assert_str_eq (px_yaml_node_scalar (px_yaml_node_lookup (root, "quoted")), "a: b");
  ck_assert_ptr_null (px_yaml_node_lookup (root, "absent"));
  ck_assert_ptr_null (px_yaml_node_lookup (list, "one"));   /* not a mapping */
}
END_TEST

START_TEST (test_kind_names)
{
  ck_assert_str_eq (px_yaml_node_kind_name (PX_YAML_SCALAR), "scalar");
  ck_assert_str_eq (px_yaml_node_kind_name (PX_YAML_SEQUENCE), "list");
  ck_assert_str_eq (px_yaml_node_kind_name (PX_YAML_MAPPING), "mapping");
}
END_TEST

START_TEST (test_load_file)
{
  g_autofree char *path = px_test_write ("f.yaml", "k: v\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxYaml) doc = px_yaml_load_file (path, PX_ERROR_CONFIG, &error);
  ck_assert_msg (doc != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_str_eq (px_yaml_name (doc), path);

  g_autofree char *bad = px_test_write ("bad.yaml", "k: [\n", -1);
  g_autoptr(PxYaml) refused = px_yaml_load_file (bad, PX_ERROR_RULE_SYNTAX, &error);
  ck_assert_ptr_null (refused);
  g_autofree char *where = g_strdup_printf ("%s:2:1: ", bad);
  px_test_assert_error (error, PX_ERROR_RULE_SYNTAX, where, NULL);
}
END_TEST

START_TEST (test_missing_file_is_io)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "absent.yaml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxYaml) doc = px_yaml_load_file (path, PX_ERROR_CONFIG, &error);
  ck_assert_ptr_null (doc);
  px_test_assert_error (error, PX_ERROR_IO, "absent.yaml", "No such file", NULL);
  g_autofree char *expected = g_strdup_printf ("%s: cannot read: No such file or directory", path);
  ck_assert_str_eq (error->message, expected);
  g_clear_error (&error);
  g_autoptr(PxYaml) in_dir = px_yaml_load_file (dir, PX_ERROR_CONFIG, &error);
  ck_assert_ptr_null (in_dir);
  g_autofree char *is_dir = g_strdup_printf ("%s: cannot read: %s", dir, g_strerror (EISDIR));
  ck_assert_str_eq (error->message, is_dir);
}
END_TEST

/* ### Typed reads */

typedef struct {
  PxYaml *doc;
  const PxYamlNode *root;
} Reads;

static Reads reads;

static void
reads_setup (void)
{
  reads.doc = accept ("n: 12\n"
                      "zero: 0\n"
                      "neg: -1\n"
                      "frac: 1.5\n"
                      "sci: 1e3\n"
                      "word: lots\n"
                      "plus: +5\n"
                      "hex: 0x10\n"
                      "yes: yes\n"
                      "no: no\n"
                      "t: true\n"
                      "f: false\n"
                      "maybe: maybe\n"
                      "nan: nan\n"
                      "inf: .inf\n"
                      "trail: 2x\n"
                      "list: [1]\n"
                      "map: {a: 1}\n");
  reads.root = px_yaml_root (reads.doc);
}

static void
reads_teardown (void)
{
  g_clear_pointer (&reads.doc, px_yaml_free);
}

static const PxYamlNode *
value (const char *key)
{
  const PxYamlNode *node = px_yaml_node_lookup (reads.root, key);
  ck_assert_msg (node != NULL, "no key %s", key);
  return node;
}

/* px_yaml_read_uint of @key must fail with @needle (and the key's position). */
static void
assert_uint_refused (const char *key, guint64 max, const char *needle)
{
  g_autoptr(GError) error = NULL;
  guint64 n = 99;
  ck_assert_msg (!px_yaml_read_uint (reads.doc, value (key), max, &n, PX_ERROR_CONFIG, &error),
                 "%s accepted", key);
  g_autofree char *where = g_strdup_printf ("doc.yaml:%u:%u: ", px_yaml_node_line (value (key)),
                                            px_yaml_node_column (value (key)));
  px_test_assert_error (error, PX_ERROR_CONFIG, where, needle, NULL);
  ck_assert_uint_eq (n, 99);
}

START_TEST (test_read_uint)
{
  guint64 n = 0;
  ck_assert (px_yaml_read_uint (reads.doc, value ("n"), 100, &n, PX_ERROR_CONFIG, NULL));
  ck_assert_uint_eq (n, 12);
  ck_assert (px_yaml_read_uint (reads.doc, value ("zero"), 100, &n, PX_ERROR_CONFIG, NULL));
  ck_assert_uint_eq (n, 0);
  ck_assert (px_yaml_read_uint (reads.doc, value ("n"), 12, &n, PX_ERROR_CONFIG, NULL));
}
END_TEST

START_TEST (test_read_uint_refusals)
{
  assert_uint_refused ("n", 10, "expected a whole number from 0 to 10, found '12'");
  assert_uint_refused ("neg", 100, "found '-1'");
  assert_uint_refused ("frac", 100, "found '1.5'");
  assert_uint_refused ("word", 100, "found 'lots'");
  assert_uint_refused ("plus", 100, "found '+5'");
  assert_uint_refused ("hex", 100, "found '0x10'");
  assert_uint_refused ("list", 100, "expected a scalar, found a list");
  assert_uint_refused ("map", 100, "expected a scalar, found a mapping");
}
END_TEST

START_TEST (test_read_double)
{
  double x = 0;
  ck_assert (px_yaml_read_double (reads.doc, value ("frac"), &x, PX_ERROR_CONFIG, NULL));
  ck_assert_double_eq (x, 1.5);
  ck_assert (px_yaml_read_double (reads.doc, value ("neg"), &x, PX_ERROR_CONFIG, NULL));
  ck_assert_double_eq (x, -1.0);
  ck_assert (px_yaml_read_double (reads.doc, value ("sci"), &x, PX_ERROR_CONFIG, NULL));
  ck_assert_double_eq (x, 1000.0);

  static const char *const bad[] = { "word", "nan", "inf", "trail", "list" };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      x = 42;
      ck_assert_msg (!px_yaml_read_double (reads.doc, value (bad[i]), &x, PX_ERROR_CONFIG, &error),
                     "%s accepted", bad[i]);
      px_test_assert_error (error, PX_ERROR_CONFIG, "doc.yaml:", "expected a", NULL);
      ck_assert_double_eq (x, 42);
    }
}
END_TEST

START_TEST (test_read_bool)
{
  static const struct { const char *key; gboolean value; } good[] = {
    { "yes", TRUE }, { "t", TRUE }, { "no", FALSE }, { "f", FALSE },
  };
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gboolean b = !good[i].value;
      ck_assert (px_yaml_read_bool (reads.doc, value (good[i].key), &b, PX_ERROR_CONFIG, NULL));
      ck_assert_int_eq (b, good[i].value);
    }
  g_autoptr(GError) error = NULL;
  gboolean b = FALSE;
  ck_assert (!px_yaml_read_bool (reads.doc, value ("maybe"), &b, PX_ERROR_CONFIG, &error));
  px_test_assert_error (error, PX_ERROR_CONFIG,
                        "doc.yaml:13:8: expected true or false, found 'maybe'", NULL);
  g_clear_error (&error);
  ck_assert (!px_yaml_read_bool (reads.doc, value ("map"), &b, PX_ERROR_CONFIG, &error));
  px_test_assert_error (error, PX_ERROR_CONFIG, "expected a scalar, found a mapping", NULL);
}
END_TEST

START_TEST (test_expect_kind)
{
  g_autoptr(GError) error = NULL;
  const PxYamlNode *list = value ("list");
  ck_assert (px_yaml_expect_kind (reads.doc, list, PX_YAML_SEQUENCE, PX_ERROR_CONFIG, NULL));
  ck_assert (!px_yaml_expect_kind (reads.doc, list, PX_YAML_MAPPING, PX_ERROR_GAZETTEER_FORMAT,
                                   &error));
  px_test_assert_error (error, PX_ERROR_GAZETTEER_FORMAT,
                        "doc.yaml:17:7: expected a mapping, found a list", NULL);
}
END_TEST

START_TEST (test_check_keys)
{
  static const char *const allowed[] = { "a", "b", NULL };
  g_autoptr(PxYaml) ok = accept ("a: 1\nb: 2\n");
  g_autoptr(PxYaml) extra = accept ("a: 1\nc: 2\nd: 3\n");
  g_autoptr(PxYaml) list = accept ("- a\n");
  g_autoptr(GError) error = NULL;
  ck_assert (px_yaml_check_keys (ok, px_yaml_root (ok), allowed, PX_ERROR_CONFIG, NULL));
  ck_assert (!px_yaml_check_keys (extra, px_yaml_root (extra), allowed, PX_ERROR_CONFIG, &error));
  ck_assert_str_eq (error->message, "doc.yaml:2:1: unknown key 'c' (expected one of: a, b)\n"
                                    "doc.yaml:3:1: unknown key 'd' (expected one of: a, b)");
  g_clear_error (&error);
  ck_assert (!px_yaml_check_keys (list, px_yaml_root (list), allowed, PX_ERROR_CONFIG, &error));
  px_test_assert_error (error, PX_ERROR_CONFIG, "doc.yaml:1:1: expected a mapping, found a list",
                        NULL);
}
END_TEST

START_TEST (test_lookup_string)
{
  g_autoptr(GError) error = NULL;
  const PxYaml *doc = reads.doc;
  const PxYamlNode *root = reads.root;
  const char *word = px_yaml_lookup_string (doc, root, "word", TRUE, PX_ERROR_CONFIG, &error);
  ck_assert_str_eq (word, "lots");
  ck_assert_ptr_null (error);
  /* Absent and optional: NULL and no error. */
  ck_assert_ptr_null (px_yaml_lookup_string (doc, root, "absent", FALSE, PX_ERROR_CONFIG, &error));
  ck_assert_ptr_null (error);
  ck_assert_ptr_null (px_yaml_lookup_string (doc, root, "absent", TRUE, PX_ERROR_CONFIG, &error));
  px_test_assert_error (error, PX_ERROR_CONFIG, "doc.yaml:1:1: missing key 'absent'", NULL);
  g_clear_error (&error);
  ck_assert_ptr_null (px_yaml_lookup_string (doc, root, "list", FALSE, PX_ERROR_CONFIG, &error));
  px_test_assert_error (error, PX_ERROR_CONFIG, "doc.yaml:17:7: expected a scalar, found a list",
                        NULL);
}
END_TEST

START_TEST (test_throw_formats_the_position)
{
  g_autoptr(GError) error = NULL;
  ck_assert (!px_yaml_throw (reads.doc, value ("word"), &error, PX_ERROR_CONFIG, "%s %d", "bad",
                             7));
  px_test_assert_error (error, PX_ERROR_CONFIG, NULL);
  ck_assert_str_eq (error->message, "doc.yaml:6:7: bad 7");
  /* A NULL error is allowed. */
  ck_assert (!px_yaml_throw (reads.doc, value ("word"), NULL, PX_ERROR_CONFIG, "ignored"));
}
END_TEST

/* A document that is only a start marker is as empty as an empty file;
 * libyaml reports it as an empty plain scalar.  A quoted empty string is a
 * real scalar and stays one. */
START_TEST (test_explicit_empty_document_is_an_empty_mapping)
{
  static const char *const empties[] = { "---\n", "---\n...\n", "--- # nothing\n", "---" };
  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_autoptr(PxYaml) doc = accept (empties[i]);
      ck_assert_int_eq (px_yaml_node_kind (px_yaml_root (doc)), PX_YAML_MAPPING);
      ck_assert_uint_eq (px_yaml_node_n_children (px_yaml_root (doc)), 0);
    }
  g_autoptr(PxYaml) quoted = accept ("--- ''\n");
  ck_assert_int_eq (px_yaml_node_kind (px_yaml_root (quoted)), PX_YAML_SCALAR);
  g_autoptr(PxYaml) tilde = accept ("--- ~\n");
  ck_assert_int_eq (px_yaml_node_kind (px_yaml_root (tilde)), PX_YAML_SCALAR);
}
END_TEST

Suite *
px_test_yaml_suite (void)
{
  Suite *s = suite_create ("yaml");

  TCase *refusals = tcase_create ("refusals");
  tcase_add_test (refusals, test_anchors_and_aliases_refused);
  tcase_add_test (refusals, test_duplicate_keys_refused);
  tcase_add_test (refusals, test_same_key_in_two_mappings_is_fine);
  tcase_add_test (refusals, test_non_scalar_keys_refused);
  tcase_add_test (refusals, test_depth_limit);
  tcase_add_test (refusals, test_depth_limit_in_block_style);
  tcase_add_test (refusals, test_several_documents_refused);
  tcase_add_test (refusals, test_syntax_errors_have_positions);
  tcase_add_test (refusals, test_error_code_is_the_callers);
  suite_add_tcase (s, refusals);

  TCase *documents = tcase_create ("documents");
  tcase_add_test (documents, test_empty_document_is_an_empty_mapping);
  tcase_add_test (documents, test_explicit_empty_document_is_an_empty_mapping);
  tcase_add_test (documents, test_tree_and_positions);
  tcase_add_test (documents, test_kind_names);
  tcase_add_test (documents, test_load_file);
  tcase_add_test (documents, test_missing_file_is_io);
  suite_add_tcase (s, documents);

  TCase *typed = tcase_create ("reads");
  tcase_add_checked_fixture (typed, reads_setup, reads_teardown);
  tcase_add_test (typed, test_read_uint);
  tcase_add_test (typed, test_read_uint_refusals);
  tcase_add_test (typed, test_read_double);
  tcase_add_test (typed, test_read_bool);
  tcase_add_test (typed, test_expect_kind);
  tcase_add_test (typed, test_check_keys);
  tcase_add_test (typed, test_lookup_string);
  tcase_add_test (typed, test_throw_formats_the_position);
  suite_add_tcase (s, typed);

  return s;
}

int
main (void)
{
  return px_test_run (px_test_yaml_suite ());
}
