/* px-test.c: shared helpers of the Check suites. */
#include "config.h"

#include <glib/gstdio.h>

#include "px-test.h"

static char *scratch;

static void
remove_scratch (void)
{
  g_autoptr(GDir) dir = g_dir_open (scratch, 0, NULL);
  for (const char *name; dir != NULL && (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *path = g_build_filename (scratch, name, NULL);
      g_remove (path);
    }
  g_rmdir (scratch);
}

char *
px_test_src_path (const char *relpath)
{
  return g_build_filename (PX_ABS_TOP_SRCDIR, relpath, NULL);
}

char *
px_test_write (const char *name, const char *data, gssize len)
{
  if (scratch == NULL)
    {
      scratch = g_dir_make_tmp ("parallax-check-XXXXXX", NULL);
      ck_assert_ptr_nonnull (scratch);
      atexit (remove_scratch);
    }
  char *path = g_build_filename (scratch, name, NULL);
  ck_assert (g_file_set_contents (path, data, len, NULL));
  return path;
}

const PxCleanRules *
px_test_clean_rules (void)
{
  static PxCleanRules *rules;
  if (rules == NULL)
    {
      g_autofree char *path = px_test_src_path ("rules/boilerplate.yaml");
      g_autoptr(GError) error = NULL;
      rules = px_clean_rules_load (path, &error);
      ck_assert_msg (rules != NULL, "%s", error ? error->message : "");
    }
  return rules;
}

const PxSegmentRules *
px_test_segment_rules (void)
{
  static PxSegmentRules *rules;
  if (rules == NULL)
    {
      g_autofree char *path = px_test_src_path ("rules/abbreviations.yaml");
      g_autoptr(GError) error = NULL;
      rules = px_segment_rules_load (path, &error);
      ck_assert_msg (rules != NULL, "%s", error ? error->message : "");
    }
  return rules;
}

char *
px_test_slice (const PxText *text, PxSpan span)
{
  const char *normalized = px_text_get_normalized (text, NULL);
  return g_strndup (normalized + span.start, span.end - span.start);
}

int
px_test_run (Suite *suite)
{
  SRunner *runner = srunner_create (suite);
  srunner_run_all (runner, CK_NORMAL);
  int failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? 0 : 1;
}
