/* px-test.c: shared helpers of the Check suites (see px-test.h). */
#include "config.h"

#include <stdarg.h>
#include <string.h>

#include <glib/gstdio.h>

#include "px-test.h"

/* Created by px_test_run() before any test forks, so that every test
 * process writes under the same directory and the parent removes it. */
static char *scratch;

char *
px_test_src_path (const char *relpath)
{
  /* Resolved, because a distcheck build's source directory is
   * "_build/sub/..", and code under test resolves paths too. */
  return g_canonicalize_filename (relpath, PX_ABS_TOP_SRCDIR);
}

PxText *
px_test_load_corpus (const char *file)
{
  g_autofree char *rel = g_build_filename ("data", "corpus", file, NULL);
  g_autofree char *path = px_test_src_path (rel);
  g_autoptr(GError) error = NULL;
  PxText *text = px_text_load (path, NULL, &error);
  ck_assert_msg (text != NULL, "%s", error != NULL ? error->message : "");
  return text;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_remove (child);
    }
  g_rmdir (path);
}

char *
px_test_mkdtemp (void)
{
  ck_assert_ptr_nonnull (scratch);
  char *dir = g_build_filename (scratch, "t-XXXXXX", NULL);
  ck_assert_msg (g_mkdtemp (dir) != NULL, "cannot create a directory in %s", scratch);
  return dir;
}

char *
px_test_write_in (const char *dir, const char *name, const char *data, gssize len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);
  ck_assert_msg (g_file_set_contents (path, data, len, &error), "%s", error ? error->message : "");
  return path;
}

char *
px_test_write (const char *name, const char *data, gssize len)
{
  g_autofree char *dir = px_test_mkdtemp ();
  return px_test_write_in (dir, name, data, len);
}

const PxCleanRules *
px_test_clean_rules (void)
{
  static PxCleanRules *rules;   /* lives as long as the process */
  if (rules == NULL)
    {
      g_autofree char *path = px_test_src_path ("rules/boilerplate.yaml");
      g_autoptr(GError) error = NULL;
      rules = px_clean_rules_load (path, &error);
      ck_assert_msg (rules != NULL, "%s", error != NULL ? error->message : "");
    }
  return rules;
}

const PxExtractRules *
px_test_extract_rules (void)
{
  static PxExtractRules *rules;   /* lives as long as the process */
  if (rules == NULL)
    {
      g_autofree char *dir = px_test_src_path ("data/gazetteer");
      g_autofree char *names_path = px_test_src_path ("rules/names.yaml");
      const char *paths[] = { dir, NULL };
      g_autoptr(GError) error = NULL;
      g_autoptr(PxNameRules) names = px_name_rules_load (names_path, &error);
      ck_assert_msg (names != NULL, "%s", error != NULL ? error->message : "");
      PxGazetteerOptions options = { px_name_rules_caps_only_max_letters (names) };
      g_autoptr(PxGazetteer) gazetteer = px_gazetteer_load (paths, &options, &error);
      ck_assert_msg (gazetteer != NULL, "%s", error != NULL ? error->message : "");
      rules = px_extract_rules_load_default (gazetteer, &error);
      ck_assert_msg (rules != NULL, "%s", error != NULL ? error->message : "");
    }
  return rules;
}

const PxRules *
px_test_document_rules (void)
{
  static PxRules *rules;   /* lives as long as the process */
  if (rules == NULL)
    {
      g_autoptr(GError) error = NULL;
      rules = px_rules_load_default (&error);
      ck_assert_msg (rules != NULL, "%s", error != NULL ? error->message : "");
    }
  return rules;
}

const PxCompareRules *
px_test_compare_rules (void)
{
  static PxCompareRules *rules;   /* lives as long as the process */
  if (rules == NULL)
    {
      g_autofree char *path = px_test_src_path ("rules/compare.yaml");
      g_autoptr(GError) error = NULL;
      rules = px_compare_rules_load (path, &error);
      ck_assert_msg (rules != NULL, "%s", error != NULL ? error->message : "");
    }
  return rules;
}

const PxClaimRules *
px_test_claim_rules (void)
{
  static PxClaimRules *rules;   /* lives as long as the process */
  if (rules == NULL)
    {
      g_autofree char *path = px_test_src_path ("rules/claims.yaml");
      g_autoptr(GError) error = NULL;
      rules = px_claim_rules_load (path, &error);
      ck_assert_msg (rules != NULL, "%s", error != NULL ? error->message : "");
    }
  return rules;
}

PxDocument *
px_test_load_document (const char *path, const char *published, const char *outlet)
{
  PxRunSource source = { .path = path, .outlet = outlet, .published = published };
  g_autoptr(GError) error = NULL;
  PxDocument *doc = px_document_load (&source, px_test_document_rules (), 0, &error);
  ck_assert_msg (doc != NULL, "%s: %s", path, error != NULL ? error->message : "");
  px_document_extract (doc, px_test_extract_rules ());
  return doc;
}

const PxSegmentRules *
px_test_segment_rules (void)
{
  static PxSegmentRules *rules;   /* lives as long as the process */
  if (rules == NULL)
    {
      g_autofree char *path = px_test_src_path ("rules/abbreviations.yaml");
      g_autoptr(GError) error = NULL;
      rules = px_segment_rules_load (path, &error);
      ck_assert_msg (rules != NULL, "%s", error != NULL ? error->message : "");
    }
  return rules;
}

char *
px_test_slice (const PxText *text, PxSpan span)
{
  gsize len = 0;
  const char *normalized = px_text_get_normalized (text, &len);
  ck_assert_uint_le (span.start, span.end);
  ck_assert_uint_le (span.end, len);
  return g_strndup (normalized + span.start, span.end - span.start);
}

void
px_test_assert_error (const GError *error, PxError code, ...)
{
  ck_assert_msg (error != NULL, "no error was set");
  ck_assert_msg (g_error_matches (error, PX_ERROR, code), "error code %d, expected %d: %s",
                 error->code, code, error->message);
  va_list args;
  va_start (args, code);
  for (const char *needle; (needle = va_arg (args, const char *)) != NULL;)
    ck_assert_msg (strstr (error->message, needle) != NULL, "'%s' not in: %s", needle,
                   error->message);
  va_end (args);
}

guint
px_test_count_lines (const char *s)
{
  guint n = 1;
  for (; *s != '\0'; s++)
    n += *s == '\n';
  return n;
}

int
px_test_run (Suite *suite)
{
  /* A g_return_val_if_fail() reached from a test is a bug in the test or
   * the library: make it fail the test (ostree's G_DEBUG=fatal-warnings). */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);

  g_autoptr(GError) error = NULL;
  scratch = g_dir_make_tmp ("parallax-check-XXXXXX", &error);
  if (scratch == NULL)
    g_error ("%s", error->message);

  SRunner *runner = srunner_create (suite);
  srunner_run_all (runner, CK_ENV);
  int failed = srunner_ntests_failed (runner);
  srunner_free (runner);

  remove_tree (scratch);
  g_clear_pointer (&scratch, g_free);
  return failed == 0 ? 0 : 1;
}
