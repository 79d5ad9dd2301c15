/* check-run.c: the YAML loader and run files. */
#include "config.h"

#include <string.h>

#include "px-test.h"
#include "run/run.h"

/* Fails unless @yaml is refused by the YAML loader with @needle in the message. */
static void
assert_bad_yaml (const char *yaml, const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxYaml) doc = px_yaml_parse ("doc.yaml", yaml, strlen (yaml), PX_ERROR_CONFIG, &error);
  ck_assert_msg (doc == NULL, "accepted: %s", yaml);
  ck_assert (g_error_matches (error, PX_ERROR, PX_ERROR_CONFIG));
  ck_assert_msg (strstr (error->message, needle) != NULL, "'%s' not in: %s", needle, error->message);
}

START_TEST (test_yaml_refusals)
{
  assert_bad_yaml ("a: &x 1\nb: *x\n", "doc.yaml:1:");
  assert_bad_yaml ("a: 1\na: 2\n", "doc.yaml:2:1:");
  assert_bad_yaml ("a: 1\n---\nb: 2\n", "doc.yaml:");
  assert_bad_yaml ("a:\n\t- 1\n", "doc.yaml:2:");
  g_autoptr(GString) deep = g_string_new (NULL);
  for (int i = 0; i < 70; i++)
    g_string_append (deep, "[");
  for (int i = 0; i < 70; i++)
    g_string_append (deep, "]");
  assert_bad_yaml (deep->str, "doc.yaml:1:");
}
END_TEST

START_TEST (test_yaml_positions_and_reads)
{
  const char *yaml = "n: 12\nx: 1.5\nb: yes\nlist:\n  - one\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(PxYaml) doc = px_yaml_parse ("d.yaml", yaml, strlen (yaml), PX_ERROR_CONFIG, &error);
  ck_assert_ptr_nonnull (doc);
  const PxYamlNode *root = px_yaml_root (doc);
  guint64 n = 0;
  double x = 0;
  gboolean b = FALSE;
  ck_assert (px_yaml_read_uint (doc, px_yaml_node_lookup (root, "n"), 100, &n, PX_ERROR_CONFIG, NULL));
  ck_assert_uint_eq (n, 12);
  ck_assert (px_yaml_read_double (doc, px_yaml_node_lookup (root, "x"), &x, PX_ERROR_CONFIG, NULL));
  ck_assert (x == 1.5);
  ck_assert (px_yaml_read_bool (doc, px_yaml_node_lookup (root, "b"), &b, PX_ERROR_CONFIG, NULL) && b);
  ck_assert (!px_yaml_read_uint (doc, px_yaml_node_lookup (root, "n"), 10, &n, PX_ERROR_CONFIG, &error));
  ck_assert_ptr_nonnull (strstr (error->message, "d.yaml:1:4:"));
  const PxYamlNode *item = px_yaml_node_child (px_yaml_node_lookup (root, "list"), 0);
  ck_assert_uint_eq (px_yaml_node_line (item), 5);
  ck_assert_uint_eq (px_yaml_node_column (item), 5);
  ck_assert_str_eq (px_yaml_node_scalar (item), "one");
}
END_TEST

START_TEST (test_empty_yaml_is_an_empty_mapping)
{
  g_autoptr(PxYaml) doc = px_yaml_parse ("e.yaml", "", 0, PX_ERROR_CONFIG, NULL);
  ck_assert_ptr_nonnull (doc);
  ck_assert_int_eq (px_yaml_node_kind (px_yaml_root (doc)), PX_YAML_MAPPING);
  ck_assert_uint_eq (px_yaml_node_n_children (px_yaml_root (doc)), 0);
}
END_TEST

START_TEST (test_bundled_run_file)
{
  g_autofree char *path = px_test_src_path ("data/corpus/kcna-japan-nato.yaml");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxRun) run = px_run_load (path, &error);
  ck_assert_msg (run != NULL, "%s", error ? error->message : "");
  ck_assert_uint_eq (px_run_n_sources (run), 5);
  guint primaries = 0;
  for (guint i = 0; i < px_run_n_sources (run); i++)
    {
      const PxRunSource *src = px_run_get_source (run, i);
      ck_assert (g_file_test (src->path, G_FILE_TEST_IS_REGULAR));
      if (src->role == PX_ROLE_PRIMARY)
        {
          primaries++;
          ck_assert_str_eq (src->outlet, "KCNA");
          ck_assert_str_eq (src->published, "2025-01-20");
        }
    }
  ck_assert_uint_eq (primaries, 1);
  ck_assert_uint_ge (px_run_n_outputs (run), 1);
  const PxRunOutput *out = px_run_get_output (run, 0);
  ck_assert_int_eq (out->format, PX_FORMAT_HTML);
  g_autofree char *corpus = px_test_src_path ("data/corpus");
  ck_assert (g_str_has_prefix (out->path, corpus));   /* relative to the run file */
  px_run_redirect_outputs (run, "/tmp/elsewhere");
  ck_assert_str_eq (px_run_get_output (run, 0)->path, "/tmp/elsewhere/kcna-japan-nato.html");
}
END_TEST

static guint
count_lines (const char *s)
{
  guint n = 1;
  for (; *s; s++)
    n += *s == '\n';
  return n;
}

START_TEST (test_every_problem_reported)
{
  g_autofree char *source = px_test_write ("a.txt", "A story.\n", -1);
  g_autofree char *path = px_test_write ("bad-run.yaml",
    "title: x\n"
    "colour: blue\n"
    "sources:\n"
    "  - path: a.txt\n"
    "    outlet: A\n"
    "    role: primary\n"
    "  - path: a.txt\n"
    "    outlet: B\n"
    "    role: primary\n"
    "    published: 2025-13-01\n"
    "  - path: missing.txt\n"
    "    role: witness\n"
    "outputs:\n"
    "  - format: pdf\n"
    "    path: a.txt\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxRun) run = px_run_load (path, &error);
  ck_assert_ptr_null (run);
  ck_assert (g_error_matches (error, PX_ERROR, PX_ERROR_CONFIG));
  static const char *const expected[] = {
    "bad-run.yaml:2:1: unknown key 'colour'",
    "bad-run.yaml:7:5: a second primary",
    "bad-run.yaml:10:16: published '2025-13-01'",
    "bad-run.yaml:11:11:",
    "missing key 'outlet'",
    "role 'witness'",
    "format 'pdf'",
    "is also a source",
  };
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    ck_assert_msg (strstr (error->message, expected[i]) != NULL, "'%s' not in:\n%s", expected[i],
                   error->message);
  ck_assert_uint_eq (count_lines (error->message), G_N_ELEMENTS (expected));
}
END_TEST

START_TEST (test_formats_and_roles)
{
  PxFormat f;
  ck_assert (px_format_from_string ("md", &f, NULL) && f == PX_FORMAT_MD);
  ck_assert (!px_format_from_string ("pdf", &f, NULL));
  ck_assert_str_eq (px_format_to_string (PX_FORMAT_JSON), "json");
  ck_assert_str_eq (px_role_to_string (PX_ROLE_PRIMARY), "primary");
}
END_TEST

static Suite *
run_suite (void)
{
  Suite *s = suite_create ("run");
  TCase *yaml = tcase_create ("yaml");
  tcase_add_test (yaml, test_yaml_refusals);
  tcase_add_test (yaml, test_yaml_positions_and_reads);
  tcase_add_test (yaml, test_empty_yaml_is_an_empty_mapping);
  suite_add_tcase (s, yaml);
  TCase *run = tcase_create ("run-file");
  tcase_add_test (run, test_bundled_run_file);
  tcase_add_test (run, test_every_problem_reported);
  tcase_add_test (run, test_formats_and_roles);
  suite_add_tcase (s, run);
  return s;
}

int
main (void)
{
  return px_test_run (run_suite ());
}
