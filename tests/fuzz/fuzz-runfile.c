/* fuzz-runfile.c: libFuzzer target for run files (run/runfile.c).
 *
 * The input is a run file, written to a scratch directory that holds one
 * source file (a.txt) so that paths can resolve.  Loading either succeeds
 * with at least one source and at most one primary, every source and
 * output with a path, or fails with a message in which every line names
 * the run file: one problem per line, each at its place.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include <glib/gstdio.h>

#include "run/run.h"

/* Inputs beyond this teach the fuzzer nothing new and slow it down. */
#define FUZZ_MAX_INPUT (64 * 1024)

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The scratch directory and its run file's path, made once per process
 * (and left for the system's temporary directory cleaning: libFuzzer
 * never returns to say when it is done). */
static const char *
run_path (void)
{
  static char *path;
  if (path == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("parallax-fuzz-run-XXXXXX", &error);
      g_assert_no_error (error);
      g_autofree char *source = g_build_filename (dir, "a.txt", NULL);
      g_assert (g_file_set_contents (source, "A story.\n", -1, NULL));
      path = g_build_filename (dir, "run.yaml", NULL);
    }
  return path;
}

static void
check_loaded (const PxRun *run)
{
  g_assert (px_run_n_sources (run) >= 1);
  guint primaries = 0;
  for (guint i = 0; i < px_run_n_sources (run); i++)
    {
      const PxRunSource *source = px_run_get_source (run, i);
      g_assert (source->path != NULL && source->outlet != NULL);
      primaries += source->role == PX_ROLE_PRIMARY;
    }
  g_assert (primaries <= 1);
  for (guint i = 0; i < px_run_n_outputs (run); i++)
    g_assert (px_run_get_output (run, i)->path != NULL);
  for (guint i = 0; i < px_run_n_thresholds (run); i++)
    g_assert (px_run_get_threshold (run, i)->where != NULL);
}

static void
check_refused (const GError *error, const char *path)
{
  g_assert (error != NULL && error->domain == PX_ERROR);
  g_assert (error->message[0] != '\0');
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert (g_str_has_prefix (lines[i], path));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  if (size > FUZZ_MAX_INPUT)
    return 0;
  const char *path = run_path ();
  g_assert (g_file_set_contents (path, (const char *) data, (gssize) size, NULL));
  g_autoptr(GError) error = NULL;
  g_autoptr(PxRun) run = px_run_load (path, &error);
  if (run != NULL)
    check_loaded (run);
  else
    check_refused (error, path);
  return 0;
}
