/* error.c: the PX_ERROR domain. */
#include "config.h"

#include "util/util.h"

G_DEFINE_QUARK (px-error-quark, px_error)

gboolean
px_throw (GError **error, PxError code, const char *format, ...)
{
  if (error == NULL)
    return FALSE;

  va_list args;
  va_start (args, format);
  g_autofree char *message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, PX_ERROR, code, message);
  return FALSE;
}
