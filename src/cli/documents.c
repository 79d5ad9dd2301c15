/* documents.c: reading the documents of a comparison, on every core.
 *
 * Reading, cleaning, segmenting and extracting one capture does not touch
 * another, and the rules are only read once loaded, so the captures are
 * read on a thread pool.  What the user sees does not depend on it: the
 * documents come back in the order given, and when several cannot be
 * read, the first of them in that order is the one reported.
 */
#include "config.h"

#include <stdio.h>

#include "cli/cli.h"

typedef struct {
  const PxRunSource *sources;
  const PxRules *rules;
  const PxExtractRules *extract_rules;
  guint64 max_bytes;
  PxDocument **docs;          /* one slot per source */
  GError **errors;            /* one slot per source */
  PxCliProgress progress;
  GMutex lock;                /* for the progress line */
  guint done;
} Reading;

static void
read_one (gpointer job, gpointer data)
{
  Reading *r = data;
  guint i = GPOINTER_TO_UINT (job) - 1;
  r->docs[i] = px_document_load (&r->sources[i], r->rules, r->max_bytes, &r->errors[i]);
  if (r->docs[i] != NULL)
    px_document_extract (r->docs[i], r->extract_rules);
  g_mutex_lock (&r->lock);
  px_cli_progress (&r->progress, ++r->done);
  g_mutex_unlock (&r->lock);
}

static void
read_all (Reading *r, guint n)
{
  guint threads = MIN (n, g_get_num_processors ());
  if (threads <= 1)
    {
      for (guint i = 0; i < n; i++)
        read_one (GUINT_TO_POINTER (i + 1), r);
      return;
    }
  GThreadPool *pool = g_thread_pool_new (read_one, r, (gint) threads, TRUE, NULL);
  for (guint i = 0; i < n; i++)
    g_thread_pool_push (pool, GUINT_TO_POINTER (i + 1), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
}

GPtrArray *
px_cli_read_documents (const PxRunSource *sources, guint n, const PxRules *rules,
                       const PxExtractRules *extract_rules, guint64 max_bytes, gboolean quiet,
                       GError **error)
{
  Reading r = {
    sources, rules, extract_rules, max_bytes, g_new0 (PxDocument *, n), g_new0 (GError *, n),
    px_cli_progress_new ("reading", n, quiet), { 0 }, 0,
  };
  g_mutex_init (&r.lock);
  px_cli_progress (&r.progress, 0);
  read_all (&r, n);
  g_mutex_clear (&r.lock);

  GPtrArray *docs = g_ptr_array_new_with_free_func ((GDestroyNotify) px_document_free);
  for (guint i = 0; i < n; i++)
    {
      if (r.errors[i] != NULL && (error == NULL || *error == NULL))
        g_propagate_error (error, g_steal_pointer (&r.errors[i]));
      g_clear_error (&r.errors[i]);
      if (r.docs[i] != NULL)
        g_ptr_array_add (docs, r.docs[i]);
    }
  gboolean failed = docs->len < n;
  g_free (r.docs);
  g_free (r.errors);
  if (failed)
    g_clear_pointer (&docs, g_ptr_array_unref);
  return docs;
}
