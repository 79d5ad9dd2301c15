/* output.c: writing results without ever leaving a partial file.
 *
 * Each file's bytes go to a temporary file beside its target and are
 * flushed; only when every temporary file of a set is complete are they
 * renamed over their targets.  A full disk, a file size limit, a missing or
 * read-only directory fails before any target is touched, and the
 * temporary files are removed.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "util/util.h"

gboolean
px_same_file (const char *a, const char *b)
{
  struct stat sa, sb;
  if (stat (a, &sa) != 0 || stat (b, &sb) != 0)
    return FALSE;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* Why writing into @dir failed, in the words of the other messages. */
static const char *
describe_errno (int saved, const char *dir, char **owned)
{
  switch (saved)
    {
    case EACCES:
    case EPERM:
      return "permission denied";
    case EROFS:
      return "read-only file system";
    case ENOSPC:
    case EDQUOT:
      return "no space left on device";
    case EFBIG:
      return "file too large (over the file size limit)";
    case ENOENT:
    case ENOTDIR:
      /* The directory exists (checked first), yet no file can be made in
       * it: a pseudo-file system such as /proc. */
      return *owned = g_strdup_printf ("cannot create a file in directory %s", dir);
    default:
      return *owned = g_ascii_strdown (g_strerror (saved), -1);
    }
}

static gboolean
throw_errno (GError **error, const char *path, const char *dir, int saved)
{
  g_autofree char *owned = NULL;
  return px_throw (error, PX_ERROR_IO, "%s: cannot write: %s", path,
                   describe_errno (saved, dir, &owned));
}

/* @path's directory as the system resolves it, and its file name: two
 * outputs with the same pair are the same file, whether it exists or not. */
static char *
resolved_path (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *real = realpath (dir, NULL);
  return g_build_filename (real != NULL ? real : dir, base, NULL);
}

/* Refusals that need no writing: an input as target, a missing directory,
 * a directory as target, and two targets that are one file. */
static gboolean
check_targets (const PxOutputFile *files, guint n, const char *const *inputs, GError **error)
{
  g_autoptr(GPtrArray) resolved = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      const char *path = files[i].path;
      for (const char *const *in = inputs; in != NULL && *in != NULL; in++)
        if (g_str_equal (path, *in) || px_same_file (path, *in))
          return px_throw (error, PX_ERROR_IO, "%s: refusing to overwrite an input file", path);
      g_autofree char *dir = g_path_get_dirname (path);
      if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        return px_throw (error, PX_ERROR_IO, "%s: cannot write: directory %s does not exist",
                         path, dir);
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        return px_throw (error, PX_ERROR_IO, "%s: cannot write: it is a directory", path);
      g_ptr_array_add (resolved, resolved_path (path));
      for (guint j = 0; j < i; j++)
        if (g_str_equal (resolved->pdata[j], resolved->pdata[i])
            || px_same_file (files[j].path, path))
          return px_throw (error, PX_ERROR_IO,
                           "%s: two outputs would be written to this one file (also %s)", path,
                           files[j].path);
    }
  return TRUE;
}

static gboolean
write_all (int fd, const char *data, gsize len)
{
  while (len > 0)
    {
      gssize n = write (fd, data, MIN (len, (gsize) G_MAXSSIZE));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return FALSE;
      data += n;
      len -= n;
    }
  return TRUE;
}

/* Writes @file's bytes to @fd (synced to disk when @sync), then closes
 * @fd; on failure *@saved is the errno of the first step that failed. */
static gboolean
write_and_close (int fd, const PxOutputFile *file, gboolean sync, int *saved)
{
  gboolean ok = write_all (fd, file->data, file->len) && (!sync || fsync (fd) == 0);
  *saved = errno;
  if (close (fd) != 0 && ok)
    {
      ok = FALSE;
      *saved = errno;
    }
  return ok;
}

/* A new temporary file beside @path, with the mode a new file normally
 * gets; -1 with @error naming @path (never the temporary file). */
static int
open_temporary (const char *path, char **name_out, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  int fd = g_mkstemp_full (name, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return throw_errno (error, path, dir, errno), -1;
  /* mkstemp makes the file 0600; give it what a new file normally gets. */
  mode_t mask = umask (0);
  umask (mask);
  if (fchmod (fd, 0666 & ~mask) != 0)
    {
      int saved = errno;
      close (fd);
      g_unlink (name);
      return throw_errno (error, path, dir, saved), -1;
    }
  *name_out = g_steal_pointer (&name);
  return fd;
}

/* A device, a pipe or a socket (/dev/null, /dev/stdout, a FIFO): written
 * to in place, since renaming a file over it would replace the device
 * with a plain file. */
static gboolean
is_special (const char *path)
{
  struct stat st;
  return stat (path, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode);
}

static int
open_special (const char *path, GError **error)
{
  int fd = open (path, O_WRONLY | O_CLOEXEC);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *dir = g_path_get_dirname (path);
      return throw_errno (error, path, dir, saved), -1;
    }
  return fd;
}

static gboolean
write_special (const PxOutputFile *file, GError **error)
{
  int fd = open_special (file->path, error);
  if (fd < 0)
    return FALSE;
  int saved = 0;
  gboolean ok = write_and_close (fd, file, FALSE, &saved);
  g_autofree char *dir = g_path_get_dirname (file->path);
  return ok || throw_errno (error, file->path, dir, saved);
}

/* Writes @file to a new temporary file beside it; returns its name, or NULL
 * with @error naming @file (never the temporary file). */
static char *
write_temporary (const PxOutputFile *file, GError **error)
{
  g_autofree char *dir = g_path_get_dirname (file->path);
  g_autofree char *name = NULL;
  int fd = open_temporary (file->path, &name, error);
  if (fd < 0)
    return NULL;
  int saved = 0;
  if (write_and_close (fd, file, TRUE, &saved))
    return g_steal_pointer (&name);
  g_unlink (name);
  return throw_errno (error, file->path, dir, saved), NULL;
}

gboolean
px_output_write_all (const PxOutputFile *files, guint n, const char *const *inputs,
                     GError **error)
{
  g_return_val_if_fail (files != NULL || n == 0, FALSE);
  if (!check_targets (files, n, inputs, error))
    return FALSE;

  g_autoptr(GPtrArray) temporaries = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n; i++)
    {
      gboolean special = is_special (files[i].path);
      char *name = special ? NULL : write_temporary (&files[i], error);
      if (special ? !write_special (&files[i], error) : name == NULL)
        {
          for (guint j = 0; j < temporaries->len; j++)
            if (temporaries->pdata[j] != NULL)
              g_unlink (temporaries->pdata[j]);
          return FALSE;
        }
      g_ptr_array_add (temporaries, name);   /* NULL: written in place */
    }
  /* Renames within one directory do not fail for want of space; if one
   * fails anyway, the targets renamed before it stay replaced. */
  for (guint i = 0; i < n; i++)
    if (temporaries->pdata[i] != NULL && g_rename (temporaries->pdata[i], files[i].path) != 0)
      {
        int saved = errno;
        g_autofree char *dir = g_path_get_dirname (files[i].path);
        for (guint j = i; j < n; j++)
          if (temporaries->pdata[j] != NULL)
            g_unlink (temporaries->pdata[j]);
        return throw_errno (error, files[i].path, dir, saved);
      }
  return TRUE;
}

gboolean
px_output_write (const char *path, const char *data, gsize len, const char *const *inputs,
                 GError **error)
{
  g_return_val_if_fail (path != NULL, FALSE);
  const PxOutputFile file = { path, data, len };
  return px_output_write_all (&file, 1, inputs, error);
}

/* ### Piece by piece */

struct _PxOutputStream {
  char *path;                /* owned: the target */
  char *temporary;           /* owned: NULL once renamed or removed, and
                                for a device written in place */
  int fd;
  gboolean open;             /* neither committed nor failed */
};

PxOutputStream *
px_output_stream_open (const char *path, const char *const *inputs, GError **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  const PxOutputFile file = { path, NULL, 0 };
  if (!check_targets (&file, 1, inputs, error))
    return NULL;
  g_autofree char *temporary = NULL;
  int fd = is_special (path) ? open_special (path, error) : open_temporary (path, &temporary, error);
  if (fd < 0)
    return NULL;
  PxOutputStream *stream = g_new0 (PxOutputStream, 1);
  stream->path = g_strdup (path);
  stream->temporary = g_steal_pointer (&temporary);
  stream->fd = fd;
  stream->open = TRUE;
  return stream;
}

/* Closes and removes the temporary file: the target stays as it was. */
static void
discard (PxOutputStream *stream)
{
  stream->open = FALSE;
  if (stream->fd >= 0)
    close (stream->fd);
  stream->fd = -1;
  if (stream->temporary != NULL)
    g_unlink (stream->temporary);
  g_clear_pointer (&stream->temporary, g_free);
}

static gboolean
stream_failed (PxOutputStream *stream, int saved, GError **error)
{
  discard (stream);
  g_autofree char *dir = g_path_get_dirname (stream->path);
  return throw_errno (error, stream->path, dir, saved);
}

gboolean
px_output_stream_append (PxOutputStream *stream, const char *data, gsize len, GError **error)
{
  g_return_val_if_fail (stream != NULL && stream->open, FALSE);
  if (!write_all (stream->fd, data, len))
    return stream_failed (stream, errno, error);
  return TRUE;
}

gboolean
px_output_stream_commit (PxOutputStream *stream, GError **error)
{
  g_return_val_if_fail (stream != NULL && stream->open, FALSE);
  if (stream->temporary != NULL && fsync (stream->fd) != 0)
    return stream_failed (stream, errno, error);
  int fd = stream->fd;
  stream->fd = -1;
  if (close (fd) != 0
      || (stream->temporary != NULL && g_rename (stream->temporary, stream->path) != 0))
    return stream_failed (stream, errno, error);
  g_clear_pointer (&stream->temporary, g_free);
  stream->open = FALSE;
  return TRUE;
}

void
px_output_stream_free (PxOutputStream *stream)
{
  if (stream == NULL)
    return;
  discard (stream);
  g_free (stream->path);
  g_free (stream);
}
