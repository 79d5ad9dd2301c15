/* replay.c: runs a fuzz target over files, without libFuzzer.
 *
 * Linked with each target for `make check`, so every build (gcc included)
 * exercises the seeds and the saved regressions.  Arguments are files or
 * directories; without arguments it reads the directories named by
 * PX_FUZZ_DEFAULT_DIRS (colon-separated), compiled in per target.
 */
#include "config.h"

#include <stdint.h>
#include <stdio.h>

#include <glib.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static guint
replay_file (const char *path)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;
  if (!g_file_get_contents (path, &data, &len, &error))
    {
      fprintf (stderr, "replay: %s\n", error->message);
      exit (1);
    }
  LLVMFuzzerTestOneInput ((const uint8_t *) data, len);
  return 1;
}

static guint
replay_path (const char *path)
{
  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    return replay_file (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      fprintf (stderr, "replay: %s\n", error->message);
      exit (1);
    }
  guint n = 0;
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (!g_file_test (child, G_FILE_TEST_IS_DIR) && name[0] != '.')
        n += replay_file (child);
    }
  return n;
}

int
main (int argc, char **argv)
{
  /* A GLib warning or critical is a fault the target must not hide, as
   * in the unit tests: the fuzzers run with G_DEBUG=fatal-warnings. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  guint n = 0;
  if (argc > 1)
    for (int i = 1; i < argc; i++)
      n += replay_path (argv[i]);
  else
    {
      g_auto(GStrv) dirs = g_strsplit (PX_FUZZ_DEFAULT_DIRS, ":", -1);
      for (guint i = 0; dirs[i] != NULL; i++)
        n += replay_path (dirs[i]);
    }
  printf ("replayed %u inputs\n", n);
  return n > 0 ? 0 : 1;
}
