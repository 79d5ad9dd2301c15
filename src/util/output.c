/* output.c: writing results without ever leaving a partial file.
 *
 * The bytes go to a temporary file beside the target, are flushed, and the
 * temporary file is renamed over the target (g_file_set_contents_full with
 * G_FILE_SET_CONTENTS_CONSISTENT).  A full disk, a missing directory or a
 * read-only one fails before the target is touched.
 */
#include "config.h"

#include <sys/stat.h>

#include "util/util.h"

gboolean
px_same_file (const char *a, const char *b)
{
  struct stat sa, sb;
  if (stat (a, &sa) != 0 || stat (b, &sb) != 0)
    return FALSE;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* GLib's message names the temporary file, which means nothing to a user. */
static const char *
describe_failure (const GError *error)
{
  if (error->domain != G_FILE_ERROR)
    return error->message;
  switch (error->code)
    {
    case G_FILE_ERROR_ACCES:
    case G_FILE_ERROR_PERM:
      return "permission denied";
    case G_FILE_ERROR_ROFS:
      return "read-only file system";
    case G_FILE_ERROR_NOSPC:
      return "no space left on device";
    case G_FILE_ERROR_ISDIR:
      return "it is a directory";
    case G_FILE_ERROR_NOENT:
      return "its directory does not exist";
    default:
      return error->message;
    }
}

gboolean
px_output_write (const char *path, const char *data, gsize len, const char *const *inputs,
                 GError **error)
{
  g_return_val_if_fail (path != NULL, FALSE);

  for (const char *const *in = inputs; in != NULL && *in != NULL; in++)
    if (g_str_equal (path, *in) || px_same_file (path, *in))
      return px_throw (error, PX_ERROR_IO, "%s: refusing to overwrite an input file", path);

  g_autofree char *dir = g_path_get_dirname (path);
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return px_throw (error, PX_ERROR_IO, "%s: cannot write: directory %s does not exist", path, dir);

  g_autoptr(GError) local = NULL;
  if (!g_file_set_contents_full (path, data, len, G_FILE_SET_CONTENTS_CONSISTENT, 0666, &local))
    return px_throw (error, PX_ERROR_IO, "%s: cannot write: %s", path, describe_failure (local));
  return TRUE;
}
