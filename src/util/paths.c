/* paths.c: finding rules/ and data/.
 *
 * The installed program reads them from $(pkgdatadir).  The uninstalled one,
 * run from its build tree (directly or through libtool's .libs/ wrapper),
 * reads the source tree's copies, so a developer's edit to rules/ takes
 * effect without `make install`.  $PARALLAX_DATADIR overrides both.
 */
#include "config.h"

#include <string.h>

#include "util/util.h"

static gboolean
path_is_under (const char *path, const char *dir)
{
  gsize n = strlen (dir);
  return strncmp (path, dir, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

static char *
running_from_build_tree (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *builddir = g_canonicalize_filename (PX_ABS_TOP_BUILDDIR, "/");

  if (exe != NULL && path_is_under (exe, builddir))
    return g_strdup (PX_ABS_TOP_SRCDIR);
  return NULL;
}

static char *
find_data_dir (void)
{
  const char *env = g_getenv ("PARALLAX_DATADIR");
  if (env != NULL && *env != '\0')
    return g_strdup (env);

  char *srcdir = running_from_build_tree ();
  if (srcdir != NULL)
    return srcdir;

  return g_strdup (PX_PKGDATADIR);
}

const char *
px_data_dir (void)
{
  static char *dir = NULL;   /* lives as long as the process */

  if (g_once_init_enter (&dir))
    g_once_init_leave (&dir, find_data_dir ());
  return dir;
}

char *
px_data_path (const char *relpath)
{
  g_return_val_if_fail (relpath != NULL, NULL);
  return g_build_filename (px_data_dir (), relpath, NULL);
}
