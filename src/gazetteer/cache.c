/* cache.c: loading from sources, and the compiled cache file.
 *
 * A cache is used only when the SHA-256 it records equals the hash of the
 * sources being asked for (their names, sizes and contents, in layer
 * order) and of the compile options; anything else rebuilds it.  Hashing
 * reads the sources but does not parse them, which is where the time goes.
 *
 * Hashing a large list still takes a tenth of a second, so a cache also
 * records a stamp of its sources as the file system describes them (path,
 * size, modification time to the nanosecond, inode): when the stamp is the
 * same, the contents are not read again, as make and ccache trust a file's
 * time; when it differs, the contents decide, so touching a file costs a
 * hash, not a rebuild.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gstdio.h>

#include "gazetteer/gazetteer-private.h"

static void
checksum_u64 (GChecksum *sum, guint64 v)
{
  guint8 bytes[8];
  for (guint k = 0; k < 8; k++)
    bytes[k] = (guint8) (v >> (8 * k));
  g_checksum_update (sum, bytes, sizeof bytes);
}

static guint
caps_option (const PxGazetteerOptions *options)
{
  return options && options->caps_only_max_letters ? options->caps_only_max_letters : 3;
}

void
px_sources_digest (GChecksum *sum, const char *path, const char *data, gsize len)
{
  g_autofree char *base = g_path_get_basename (path);
  g_checksum_update (sum, (const guchar *) base, (gssize) strlen (base) + 1);
  checksum_u64 (sum, len);
  if (len)
    g_checksum_update (sum, (const guchar *) data, (gssize) len);
}

static gboolean
hash_file (GChecksum *sum, const char *path, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GMappedFile) map = g_mapped_file_new (path, FALSE, &local);
  if (map == NULL)
    return px_throw (error, PX_ERROR_IO, "%s: cannot read: %s", path, local->message);
  px_sources_digest (sum, path, g_mapped_file_get_contents (map), g_mapped_file_get_length (map));
  return TRUE;
}

typedef gboolean (*FileDigest) (GChecksum *sum, const char *path, GError **error);

/* SHA-256 over the hash's version, the options and each source file in
 * layer order, through @digest.  The cache's layout version is not in it:
 * the header carries that, and a cache of another layout is refused
 * before its hash is looked at.  load_sources () computes the same hash
 * from the files as it reads them. */
static GChecksum *
digest_begin (const PxGazetteerOptions *options)
{
  GChecksum *sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_checksum_update (sum, (const guchar *) PXG_MAGIC, PXG_MAGIC_LEN);
  checksum_u64 (sum, PXG_SOURCE_HASH_VERSION);
  checksum_u64 (sum, caps_option (options));
  return sum;
}

static void
digest_end (GChecksum *sum, guint8 *out)
{
  gsize len = PXG_HASH_LEN;
  g_checksum_get_digest (sum, out, &len);
}

static gboolean
digest_sources (const char *const *paths, const PxGazetteerOptions *options, FileDigest digest,
                guint8 *out, GError **error)
{
  g_autoptr(GChecksum) sum = digest_begin (options);
  for (guint layer = 0; paths[layer]; layer++)
    {
      g_autoptr(GPtrArray) files = px_sources_expand (paths[layer], error);
      if (files == NULL)
        return FALSE;
      checksum_u64 (sum, layer);
      for (guint k = 0; k < files->len; k++)
        if (!digest (sum, files->pdata[k], error))
          return FALSE;
    }
  digest_end (sum, out);
  return TRUE;
}

gboolean
px_gazetteer_hash_sources (const char *const *paths, const PxGazetteerOptions *options,
                           guint8 *out, GError **error)
{
  return digest_sources (paths, options, hash_file, out, error);
}

static gboolean
stamp_file (GChecksum *sum, const char *path, GError **error)
{
  GStatBuf st;
  if (g_stat (path, &st) != 0)
    return px_throw (error, PX_ERROR_IO, "%s: cannot read: %s", path, g_strerror (errno));
  g_checksum_update (sum, (const guchar *) path, (gssize) strlen (path) + 1);
  checksum_u64 (sum, (guint64) st.st_size);
  checksum_u64 (sum, (guint64) st.st_mtim.tv_sec);
  checksum_u64 (sum, (guint64) st.st_mtim.tv_nsec);
  checksum_u64 (sum, (guint64) st.st_ino);
  checksum_u64 (sum, (guint64) st.st_dev);
  return TRUE;
}

/* The sources as the file system describes them, without reading them. */
static gboolean
stamp_sources (const char *const *paths, const PxGazetteerOptions *options, guint8 *out,
               GError **error)
{
  return digest_sources (paths, options, stamp_file, out, error);
}

/* Reads and compiles the sources.  Their hash is @known_hash when the
 * caller has it, and is otherwise computed from the bytes as they are
 * read, so that a large list is read once, not once to hash it and once
 * to parse it. */
static PxGazetteer *
load_sources (const char *const *paths, const PxGazetteerOptions *options,
              const guint8 *known_hash, GError **error)
{
  g_autoptr(PxBuilder) b = px_builder_new (options);
  g_autoptr(GChecksum) sum = known_hash ? NULL : digest_begin (options);
  for (guint layer = 0; paths[layer]; layer++)
    {
      g_autoptr(GPtrArray) files = px_sources_expand (paths[layer], error);
      if (files == NULL)
        return NULL;
      if (sum)
        checksum_u64 (sum, layer);
      for (guint k = 0; k < files->len; k++)
        if (!px_sources_read_file (b, files->pdata[k], sum, error))
          return NULL;
      px_builder_next_layer (b);
    }
  guint8 hash[PXG_HASH_LEN];
  if (sum)
    digest_end (sum, hash);
  else
    memcpy (hash, known_hash, PXG_HASH_LEN);
  guint8 stamp[PXG_HASH_LEN];
  if (!stamp_sources (paths, options, stamp, error))
    return NULL;
  g_autoptr(GBytes) image = px_builder_finish (b, hash, stamp, error);
  if (image == NULL)
    return NULL;
  return px_gazetteer_new_from_image ("compiled gazetteer", image, FALSE, error);
}

PxGazetteer *
px_gazetteer_load (const char *const *paths, const PxGazetteerOptions *options, GError **error)
{
  g_return_val_if_fail (paths != NULL && paths[0] != NULL, NULL);
  return load_sources (paths, options, NULL, error);
}

/* The cache just written is opened once, as the next run will open it.
 * That checks that it reads back whole, and it can move a cost out of the
 * next start: on the machine measured, at times, the first process to
 * map a freshly written file paid 30 to 60 ms more than any later one
 * (docs/bench.md, "The first start after a compile").  The run that
 * compiles, seconds long, pays it instead. */
static gboolean
read_back (const char *path, const guint8 *hash, GError **error)
{
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return TRUE;
  g_autoptr(PxGazetteer) written = px_gazetteer_open_cache (path, hash, error);
  return written != NULL;
}

gboolean
px_gazetteer_save (const PxGazetteer *self, const char *path, GError **error)
{
  gsize len = 0;
  const char *data = g_bytes_get_data (px_gazetteer_get_image (self), &len);
  const PxgHeader *header = (const PxgHeader *) data;
  return px_output_write (path, data, len, NULL, error) && read_back (path, header->hash, error);
}

PxGazetteer *
px_gazetteer_open_cache (const char *path, const guint8 *expected_hash, GError **error)
{
  g_autoptr(GError) local = NULL;
  g_autoptr(GMappedFile) map = g_mapped_file_new (path, FALSE, &local);
  if (map == NULL)
    return px_throw_null (error, PX_ERROR_IO, "%s: cannot read: %s", path, local->message);
  g_autoptr(GBytes) image = g_mapped_file_get_bytes (map);
  g_autoptr(PxGazetteer) self = px_gazetteer_new_from_image (path, image, TRUE, error);
  if (self == NULL)
    return NULL;
  const PxgHeader *header = g_bytes_get_data (image, NULL);
  if (expected_hash && memcmp (header->hash, expected_hash, PXG_HASH_LEN) != 0)
    return px_throw_null (error, PX_ERROR_GAZETTEER_FORMAT,
                          "%s: the gazetteer cache is stale (compiled from other sources)", path);
  return g_steal_pointer (&self);
}

/* The cache at @cache_path when it holds these sources; NULL (with the
 * reason in @stale, when there is one) when it does not. */
static PxGazetteer *
open_matching_cache (const char *const *paths, const PxGazetteerOptions *options,
                     const char *cache_path, guint8 *hash, gboolean *hashed, GError **stale)
{
  *hashed = FALSE;
  if (!g_file_test (cache_path, G_FILE_TEST_EXISTS))
    return NULL;
  g_autoptr(PxGazetteer) cached = px_gazetteer_open_cache (cache_path, NULL, stale);
  if (cached == NULL)
    return NULL;
  const PxgHeader *header = g_bytes_get_data (px_gazetteer_get_image (cached), NULL);
  guint8 stamp[PXG_HASH_LEN];
  if (stamp_sources (paths, options, stamp, NULL)
      && memcmp (header->stamp, stamp, PXG_HASH_LEN) == 0)
    return g_steal_pointer (&cached);
  *hashed = px_gazetteer_hash_sources (paths, options, hash, NULL);
  if (*hashed && memcmp (header->hash, hash, PXG_HASH_LEN) == 0)
    return g_steal_pointer (&cached);
  px_throw (stale, PX_ERROR_GAZETTEER_FORMAT,
            "%s: the gazetteer cache is stale (compiled from other sources)", cache_path);
  return NULL;
}

PxGazetteer *
px_gazetteer_load_cached (const char *const *paths, const PxGazetteerOptions *options,
                          const char *cache_path, PxGazetteerCacheStatus *status,
                          char **cache_note, GError **error)
{
  g_return_val_if_fail (paths != NULL && paths[0] != NULL && cache_path != NULL, NULL);
  guint8 hash[PXG_HASH_LEN];
  gboolean hashed = FALSE;
  g_autoptr(GError) stale = NULL;
  PxGazetteer *cached = open_matching_cache (paths, options, cache_path, hash, &hashed, &stale);
  if (cached)
    {
      if (status)
        *status = PX_GAZETTEER_CACHE_HIT;
      return cached;
    }
  g_autoptr(PxGazetteer) self = load_sources (paths, options, hashed ? hash : NULL, error);
  if (self == NULL)
    return NULL;
  g_autoptr(GError) unsaved = NULL;
  g_autofree char *dir = g_path_get_dirname (cache_path);
  if (g_mkdir_with_parents (dir, 0755) != 0)
    px_throw (&unsaved, PX_ERROR_IO, "%s: cannot create the directory: %s", dir,
              g_strerror (errno));
  else
    px_gazetteer_save (self, cache_path, &unsaved);
  if (status)
    *status = unsaved ? PX_GAZETTEER_CACHE_UNWRITTEN : PX_GAZETTEER_CACHE_REBUILT;
  if (cache_note)
    *cache_note = unsaved ? g_strdup (unsaved->message)
                          : stale ? g_strdup (stale->message) : NULL;
  return g_steal_pointer (&self);
}
