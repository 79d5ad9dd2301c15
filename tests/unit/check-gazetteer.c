/* check-gazetteer.c: sources, layers, matching and the compiled cache. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "gazetteer/gazetteer.h"
#include "gazetteer/tables.h"
#include "px-test.h"

static const char base_yaml[] =
  "version: 1\n"
  "source: test\n"
  "entities:\n"
  "  - id: nato\n"
  "    type: org\n"
  "    name: NATO\n"
  "    aliases: [North Atlantic Treaty Organization]\n"
  "  - id: tokyo\n"
  "    type: place\n"
  "    subtype: city\n"
  "    name: Tokyo\n"
  "    metonym_of: japan\n"
  "  - id: kim_jong_un\n"
  "    type: person\n"
  "    name: Kim Jong Un\n"
  "    aliases: [Kim Jong-un]\n";

static const char base_tsv[] =
  "# test countries\n"
  "japan\tplace/country\tJapan\tcountry:JP\tadj:Japanese\n"
  "usa\tplace/country\tUnited States\tUS\tU.S.\tadj:American\n"
  "turkey\tplace/country\tTurkey\tTürkiye\n"
  "south_korea\tplace/country\tSouth Korea\tadj:South Korean\n"
  "korea_generic\tplace\tKorea\n";

static char *
write_base (void)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_free (px_test_write_in (dir, "a.yaml", base_yaml, -1));
  g_free (px_test_write_in (dir, "b.tsv", base_tsv, -1));
  return g_steal_pointer (&dir);
}

static PxGazetteer *
load (const char *first, const char *second, GError **error)
{
  const char *paths[] = { first, second, NULL };
  return px_gazetteer_load (paths, NULL, error);
}

/* The gazetteer of the one list @tsv, written as @name in a new folder. */
static PxGazetteer *
load_tsv (const char *name, const char *tsv)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *path = px_test_write_in (dir, name, tsv, -1);
  g_autoptr(GError) error = NULL;
  PxGazetteer *gaz = load (path, NULL, &error);
  ck_assert_msg (gaz != NULL, "%s", error != NULL ? error->message : "");
  return gaz;
}

/* "surface=id" for each match, joined by spaces. */
static char *
matches (const PxGazetteer *gaz, const char *text)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (gaz, text, strlen (text), found);
  GString *out = g_string_new (NULL);
  for (guint k = 0; k < found->len; k++)
    {
      const PxNameMatch *m = &g_array_index (found, PxNameMatch, k);
      g_string_append_printf (out, "%s%.*s=%s%s", k ? " " : "",
                              (int) (m->span.end - m->span.start), text + m->span.start,
                              px_gazetteer_entity_field (gaz, m->entity, "id"),
                              m->demonym ? "(adj)" : "");
    }
  return g_string_free (out, FALSE);
}

#define assert_matches(gaz, text, expected) \
  G_STMT_START { \
    g_autofree char *got_ = matches ((gaz), (text)); \
    ck_assert_str_eq (got_, (expected)); \
  } G_STMT_END

START_TEST (test_fold)
{
  const struct { const char *in, *out; } cases[] = {
    { "Japan’s U.S. ally", "japan 's us ally" },
    { "Türkiye and Ærø", "turkiye and aero" },
    { "Kim Jong-un", "kim jong - un" },
    { "D.P.R.K.", "dprk" },
    { "S.Paulo. S.P.", "spaulo . sp" },
    { "George W. Bush", "george w bush" },
    { "Ligue 1. Web 2.0", "ligue 1 . web 2 . 0" },
    /* A letter beyond ASCII is no digit, whatever its low byte (U+0130). */
    { "İ. Smith", "i smith" },
    { "the Koreas' talks", "the koreas ' talks" },
    { "O'Brien's", "o'brien 's" },
    { "Straße", "strasse" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = px_gazetteer_fold (cases[i].in, strlen (cases[i].in));
      ck_assert_msg (g_str_equal (got, cases[i].out), "fold(%s) = '%s', expected '%s'",
                     cases[i].in, got, cases[i].out);
    }
}
END_TEST

START_TEST (test_match_basics)
{
  g_autofree char *dir = write_base ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGazetteer) gaz = load (dir, NULL, &error);
  ck_assert_ptr_nonnull (gaz);
  ck_assert_uint_eq (px_gazetteer_n_entities (gaz), 8);
  /* Leftmost-longest: South Korea, not Korea. */
  assert_matches (gaz, "South Korea and Korea", "South Korea=south_korea Korea=korea_generic");
  /* Possessives end a name; demonyms are flagged. */
  assert_matches (gaz, "NATO’s chief met Japan's Japanese envoy",
                  "NATO=nato Japan=japan Japanese=japan(adj)");
  /* Short all-capital names match capitals only; capitalised names a
   * capital only. */
  assert_matches (gaz, "let us see the US and U.S. turkey Turkey",
                  "US=usa U.S.=usa Turkey=turkey");
  assert_matches (gaz, "Nato and nato", "Nato=nato");
  /* Diacritics and hyphen variants. */
  assert_matches (gaz, "Turkiye, Kim Jong-un, Kim Jong Un",
                  "Turkiye=turkey Kim Jong-un=kim_jong_un Kim Jong Un=kim_jong_un");
  /* Whole words only. */
  assert_matches (gaz, "Japanesque Tokyoites NATOs", "");
  /* Slashes and hyphens split names; a sentence start is a start. */
  assert_matches (gaz, "Japan/South Korea ties. Tokyo-Seoul talks", "Japan=japan South Korea=south_korea Tokyo=tokyo");
  assert_matches (gaz, "US-led, Japanese-born", "US=usa Japanese=japan(adj)");
  /* Overlapping names: the leftmost, then the longest. */
  assert_matches (gaz, "North Atlantic Treaty Organization Korea",
                  "North Atlantic Treaty Organization=nato Korea=korea_generic");
  /* Names across a line break in hard-wrapped text. */
  assert_matches (gaz, "the North Atlantic Treaty\nOrganization", "North Atlantic Treaty\nOrganization=nato");
}
END_TEST

START_TEST (test_entity_fields)
{
  g_autofree char *dir = write_base ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGazetteer) gaz = load (dir, NULL, &error);
  ck_assert_ptr_nonnull (gaz);
  guint tokyo = px_gazetteer_find (gaz, "tokyo");
  ck_assert_uint_ne (tokyo, PX_NO_ENTITY);
  ck_assert_str_eq (px_gazetteer_entity_field (gaz, tokyo, "subtype"), "city");
  ck_assert_str_eq (px_gazetteer_entity_field (gaz, tokyo, "source"), "test");
  ck_assert_uint_eq (px_gazetteer_entity_line (gaz, tokyo), 8);
  guint japan = px_gazetteer_entity_metonym_of (gaz, tokyo);
  ck_assert_str_eq (px_gazetteer_entity_field (gaz, japan, "id"), "japan");
  ck_assert_str_eq (px_gazetteer_entity_field (gaz, japan, "subtype"), "country");
  /* A TSV column "country:JP" is the entity's country, no name of it. */
  ck_assert_str_eq (px_gazetteer_entity_field (gaz, japan, "country"), "JP");
  ck_assert_uint_eq (px_gazetteer_entity_n_aliases (gaz, japan), 1);
  ck_assert_ptr_null (px_gazetteer_entity_field (gaz, japan, "role"));
  gboolean demonym = FALSE;
  ck_assert_str_eq (px_gazetteer_entity_alias (gaz, japan, 0, &demonym), "Japanese");
  ck_assert (demonym);
  ck_assert_uint_eq (px_gazetteer_find (gaz, "atlantis"), PX_NO_ENTITY);
}
END_TEST

START_TEST (test_layers)
{
  g_autofree char *dir = write_base ();
  /* The user's layer replaces tokyo whole (no metonym, a new alias) and
   * takes the name "Korea" for an entity of its own. */
  g_autofree char *user = px_test_write ("user.yaml",
                                         "version: 1\n"
                                         "entities:\n"
                                         "  - id: tokyo\n"
                                         "    type: place\n"
                                         "    name: Tokyo\n"
                                         "    aliases: [Edo]\n"
                                         "  - id: korea_mine\n"
                                         "    type: place\n"
                                         "    name: Korea\n", -1);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGazetteer) gaz = load (dir, user, &error);
  ck_assert_msg (gaz != NULL, "%s", error ? error->message : "");
  assert_matches (gaz, "Edo, Tokyo, Korea", "Edo=tokyo Tokyo=tokyo Korea=korea_mine");
  ck_assert_uint_eq (px_gazetteer_entity_metonym_of (gaz, px_gazetteer_find (gaz, "tokyo")),
                     PX_NO_ENTITY);
}
END_TEST

typedef struct {
  const char *name;
  const char *content;
  const char *expected;          /* in the message, after the file name */
} BadSource;

START_TEST (test_bad_sources)
{
  const BadSource cases[] = {
    { "dup.tsv", "a\tplace\tA\nb\tplace\tB\na\tplace\tA2\n", "dup.tsv:3: id 'a' is already defined at " },
    { "cols.tsv", "a\tplace\n", "cols.tsv:1: expected id<TAB>type<TAB>name" },
    { "empty.tsv", "a\tplace\tA\t\tB\n", "empty.tsv:1: column 4 is empty" },
    { "type.tsv", "\n\na\tcity\tA\n",
      "type.tsv:3: type 'city' is not one of person, org, outlet, place, event, weapon, law, product" },
    { "type.yaml", "version: 1\nentities:\n  - id: a\n    type: city\n    name: A\n",
      "type.yaml:4:11: type 'city' is not one of person, org, outlet, place, event, weapon, law, product" },
    { "id.tsv", "A-1\tplace\tA\n", "id.tsv:1: 'A-1' is not an id" },
    { "country.tsv", "a\tplace\tA\tcountry:jp\n",
      "country.tsv:1: column 4: country 'jp' is not an ISO 3166-1 alpha-2 code" },
    { "countries.tsv", "a\tplace\tA\tcountry:JP\tcountry:KR\n",
      "countries.tsv:1: column 5: a second country" },
    { "link.yaml", "version: 1\nentities:\n  - id: a\n    type: place\n    name: A\n    metonym_of: b\n",
      "link.yaml:3: metonym_of 'b' is no entity's id" },
    { "key.yaml", "version: 1\nentities:\n  - id: a\n    type: place\n    name: A\n    nmae: B\n",
      "key.yaml:6:5:" },
    { "own.yaml", "version: 1\nentities:\n  - id: a\n    type: place\n    name: A\n    ownership: private\n",
      "ownership is for outlets only" },
    { "when.yaml", "version: 1\nentities:\n  - id: a\n    type: person\n    name: A\n    from: 2024-13-01\n",
      "from '2024-13-01' is not a date" },
    { "version.yaml", "version: 2\nentities: []\n", "version 2 is not supported" },
    { "noname.yaml", "version: 1\nentities:\n  - id: a\n    type: place\n", "an entity needs 'name'" },
    { "utf8.tsv", "a\tplace\tA\nb\tplace\t\xff\n", "utf8.tsv:2: not UTF-8" },
    { "ext.txt", "a\tplace\tA\n", "must be .yaml (curated) or .tsv (bulk)" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = px_test_write (cases[i].name, cases[i].content, -1);
      g_autoptr(GError) error = NULL;
      g_autoptr(PxGazetteer) gaz = load (path, NULL, &error);
      ck_assert_msg (gaz == NULL, "%s: loaded", cases[i].name);
      ck_assert_msg (strstr (error->message, cases[i].expected) != NULL,
                     "%s: '%s' lacks '%s'", cases[i].name, error->message, cases[i].expected);
      ck_assert_msg (g_str_has_prefix (error->message, path), "%s: '%s' does not start with the path",
                     cases[i].name, error->message);
    }
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGazetteer) gaz = load ("/nonexistent/g.tsv", NULL, &error);
  ck_assert_ptr_null (gaz);
  px_test_assert_error (error, PX_ERROR_IO, "/nonexistent/g.tsv: cannot read:", NULL);
}
END_TEST

static char *
compiled_cache (const char *dir, PxGazetteer **out)
{
  g_autoptr(GError) error = NULL;
  const char *paths[] = { dir, NULL };
  g_autofree char *scratch = px_test_mkdtemp ();
  char *cache = g_build_filename (scratch, "sub", "g.pxg", NULL);
  PxGazetteerCacheStatus status;
  *out = px_gazetteer_load_cached (paths, NULL, cache, &status, NULL, &error);
  ck_assert_ptr_nonnull (*out);
  ck_assert_int_eq (status, PX_GAZETTEER_CACHE_REBUILT);
  return cache;
}

/* "id id ..." of the entities that share the name of the only match
 * in @text. */
static char *
sharers (const PxGazetteer *gaz, const char *text)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (gaz, text, strlen (text), found);
  ck_assert_uint_eq (found->len, 1);
  guint ids[2];
  guint n = px_gazetteer_name_entities (gaz, &g_array_index (found, PxNameMatch, 0), ids, 2);
  GString *out = g_string_new (NULL);
  for (guint i = 0; i < MIN (n, 2); i++)
    g_string_append_printf (out, "%s%s", i ? " " : "", px_gazetteer_entity_field (gaz, ids[i], "id"));
  if (n > 2)
    g_string_append_printf (out, " +%u", n - 2);
  return g_string_free (out, FALSE);
}

/* A name given to several entities in one layer names them all, in the
 * order they were loaded, each once, read from the sources or from a
 * cache alike. */
START_TEST (test_shared_names)
{
  g_autofree char *dir = px_test_mkdtemp ();
  g_free (px_test_write_in (dir, "a.tsv",
                            "georgia\tplace/country\tGeorgia\tcountry:GE\n"
                            "tbilisi\tplace/city\tTbilisi\tcountry:GE\n", -1));
  g_free (px_test_write_in (dir, "b.tsv",
                            "us_georgia\tplace/state\tGeorgia\tGA\tcountry:US\n"
                            "georgia_county\tplace/county\tGeorgia\tcountry:US\n"
                            "gruzia\tplace/region\tGruzia\tGEORGIA\n", -1));
  PxGazetteer *built = NULL;
  g_autofree char *cache = compiled_cache (dir, &built);
  g_autoptr(PxGazetteer) gaz = built;
  const char *paths[] = { dir, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGazetteer) mapped = px_gazetteer_load_cached (paths, NULL, cache, NULL, NULL, &error);
  ck_assert_ptr_nonnull (mapped);
  const PxGazetteer *both[] = { gaz, mapped };
  for (guint i = 0; i < G_N_ELEMENTS (both); i++)
    {
      g_autofree char *georgia = sharers (both[i], "in Georgia");
      ck_assert_str_eq (georgia, "georgia us_georgia +2");
      g_autofree char *tbilisi = sharers (both[i], "in Tbilisi");
      ck_assert_str_eq (tbilisi, "tbilisi");
      g_autofree char *ga = sharers (both[i], "in GA");
      ck_assert_str_eq (ga, "us_georgia");
    }
}
END_TEST

START_TEST (test_cache_roundtrip)
{
  g_autofree char *dir = write_base ();
  PxGazetteer *built = NULL;
  g_autofree char *cache = compiled_cache (dir, &built);
  g_autoptr(PxGazetteer) first = built;
  const char *paths[] = { dir, NULL };
  g_autoptr(GError) error = NULL;
  PxGazetteerCacheStatus status;
  g_autoptr(PxGazetteer) again = px_gazetteer_load_cached (paths, NULL, cache, &status, NULL, &error);
  ck_assert_ptr_nonnull (again);
  ck_assert_int_eq (status, PX_GAZETTEER_CACHE_HIT);
  const char *text = "Tokyo and the U.S. and South Korean Kim Jong-un";
  g_autofree char *a = matches (first, text);
  g_autofree char *b = matches (again, text);
  ck_assert_str_eq (a, b);

  /* Another compile option is another cache. */
  PxGazetteerOptions options = { 5 };
  g_autoptr(PxGazetteer) other = px_gazetteer_load_cached (paths, &options, cache, &status, NULL,
                                                           &error);
  ck_assert_ptr_nonnull (other);
  ck_assert_int_eq (status, PX_GAZETTEER_CACHE_REBUILT);

  /* A changed source makes the cache stale. */
  g_free (px_test_write_in (dir, "b.tsv", "japan\tplace\tNippon\n", -1));
  g_autofree char *note = NULL;
  g_autoptr(PxGazetteer) fresh = px_gazetteer_load_cached (paths, &options, cache, &status, &note,
                                                           &error);
  ck_assert_ptr_nonnull (fresh);
  ck_assert_int_eq (status, PX_GAZETTEER_CACHE_REBUILT);
  ck_assert_ptr_nonnull (strstr (note, "stale"));
  assert_matches (fresh, "Nippon, Japan", "Nippon=japan");

  guint8 hash[32] = { 0 };
  g_autoptr(PxGazetteer) refused = px_gazetteer_open_cache (cache, hash, &error);
  ck_assert_ptr_null (refused);
  px_test_assert_error (error, PX_ERROR_GAZETTEER_FORMAT, "stale", NULL);
}
END_TEST

START_TEST (test_cache_unwritable)
{
  g_autofree char *dir = write_base ();
  const char *paths[] = { dir, NULL };
  g_autoptr(GError) error = NULL;
  PxGazetteerCacheStatus status;
  g_autofree char *note = NULL;
  g_autofree char *file = px_test_write ("plain", "x", -1);
  g_autofree char *cache = g_build_filename (file, "g.pxg", NULL);   /* under a file */
  g_autoptr(PxGazetteer) gaz = px_gazetteer_load_cached (paths, NULL, cache, &status, &note, &error);
  ck_assert_ptr_nonnull (gaz);
  ck_assert_int_eq (status, PX_GAZETTEER_CACHE_UNWRITTEN);
  ck_assert_ptr_nonnull (note);
}
END_TEST

/* A save opens what it wrote, with the hash it recorded, as the next run
 * will (test_cache_roundtrip uses what it opens); a device such as
 * /dev/null is written in place and has nothing to read back. */
START_TEST (test_cache_save)
{
  g_autofree char *dir = write_base ();
  const char *paths[] = { dir, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGazetteer) gaz = px_gazetteer_load (paths, NULL, &error);
  ck_assert_ptr_nonnull (gaz);
  g_autofree char *scratch = px_test_mkdtemp ();
  g_autofree char *cache = g_build_filename (scratch, "g.pxg", NULL);
  ck_assert_msg (px_gazetteer_save (gaz, cache, &error), "%s", error ? error->message : "");
  ck_assert_msg (px_gazetteer_save (gaz, "/dev/null", &error), "%s", error ? error->message : "");
}
END_TEST

/* Every truncation and many bit flips of a cache are refused or, when the
 * damage happens to leave a consistent image, used safely: never a crash
 * (the sanitizer build would catch an out-of-bounds read). */
START_TEST (test_cache_damage)
{
  g_autofree char *dir = write_base ();
  PxGazetteer *built = NULL;
  g_autofree char *cache = compiled_cache (dir, &built);
  g_autoptr(PxGazetteer) gaz = built;
  g_autofree char *data = NULL;
  gsize len = 0;
  ck_assert (g_file_get_contents (cache, &data, &len, NULL));
  g_autofree char *damaged = px_test_write ("damaged.pxg", "", 0);
  for (gsize cut = 0; cut < len; cut += 1 + cut / 8)
    {
      g_autoptr(GError) error = NULL;
      ck_assert (g_file_set_contents (damaged, data, (gssize) cut, NULL));
      g_autoptr(PxGazetteer) g = px_gazetteer_open_cache (damaged, NULL, &error);
      ck_assert_msg (g == NULL, "a cache cut to %zu bytes was accepted", cut);
      ck_assert_int_eq (error->code, PX_ERROR_GAZETTEER_FORMAT);
    }
  GRand *rand = g_rand_new_with_seed (42);
  for (guint round = 0; round < 400; round++)
    {
      g_autofree char *copy = g_memdup2 (data, len);
      gsize at = g_rand_int_range (rand, 0, (gint32) len);
      copy[at] ^= (char) (1u << g_rand_int_range (rand, 0, 8));
      ck_assert (g_file_set_contents (damaged, copy, (gssize) len, NULL));
      g_autoptr(GError) error = NULL;
      g_autoptr(PxGazetteer) g = px_gazetteer_open_cache (damaged, NULL, &error);
      if (g)
        g_free (matches (g, "Tokyo, the U.S., South Korea, Kim Jong Un and NATO's Japan"));
    }
  g_rand_free (rand);
  g_autoptr(GError) error = NULL;
  ck_assert (g_file_set_contents (damaged, "PXGAZ but not really", -1, NULL));
  g_autoptr(PxGazetteer) g = px_gazetteer_open_cache (damaged, NULL, &error);
  ck_assert_ptr_null (g);
  px_test_assert_error (error, PX_ERROR_GAZETTEER_FORMAT, "damaged.pxg", NULL);
}
END_TEST

/* Damage the check must find wherever it is, each refused with a message
 * that says what is wrong (the layout is tables.h's).  Each damaged image
 * is resealed (its checksum made right again), so that what refuses it is
 * the check of its structure. */
typedef void (*Damage) (guint8 *data, const PxgHeader *h);

static void
reseal (guint8 *data, gsize len)
{
  ((PxgHeader *) (gpointer) data)->checksum = px_tables_checksum (data, len);
}

static gpointer
section_at (guint8 *data, const PxgHeader *h, PxgSection s)
{
  return data + h->sections[s].offset;
}

static void
damage_version (guint8 *data, const PxgHeader *h)
{
  ((PxgHeader *) data)->version = h->version + 1;
}

/* A cache of the format before this one (as a user's cache is after an
 * upgrade): refused as stale, not read with the new hash. */
static void
damage_older_version (guint8 *data, const PxgHeader *h)
{
  ((PxgHeader *) data)->version = h->version - 1;
}

static void
damage_last_edge (guint8 *data, const PxgHeader *h)
{
  PxgEdge *edges = section_at (data, h, PXG_EDGES);
  for (guint32 k = h->sections[PXG_EDGES].count; k-- > 0;)
    if (edges[k].child)
      {
        edges[k].child = (edges[k].child & ~PXG_CHILD_NODE (G_MAXUINT32)) | h->n_nodes;
        return;
      }
}

static void
damage_root_token (guint8 *data, const PxgHeader *h)
{
  PxgEdge *edges = section_at (data, h, PXG_ROOT_EDGES);
  for (guint32 k = 0; k < h->sections[PXG_ROOT_EDGES].count; k++)
    if (edges[k].child)
      {
        edges[k].token = h->sections[PXG_VOCAB].count;
        return;
      }
}

static void
damage_node_name (guint8 *data, const PxgHeader *h)
{
  PxgPayload *names = section_at (data, h, PXG_NODE_NAMES);
  names[h->n_nodes - 1].entity = h->sections[PXG_ENTITIES].count;
}

static void
damage_id_hash (guint8 *data, const PxgHeader *h)
{
  guint32 *slots = section_at (data, h, PXG_ID_HASH);
  slots[h->sections[PXG_ID_HASH].count - 1] = h->sections[PXG_ENTITIES].count + 1;
}

static void
damage_filter_size (guint8 *data, const PxgHeader *h)
{
  ((PxgHeader *) data)->sections[PXG_START_FILTER].count = h->sections[PXG_START_FILTER].count - 1;
}

static void
damage_step_filter_size (guint8 *data, const PxgHeader *h)
{
  ((PxgHeader *) data)->sections[PXG_STEP_FILTER].count = h->sections[PXG_STEP_FILTER].count + 1;
}

static void
damage_vocab_end (guint8 *data, const PxgHeader *h)
{
  char *vocab = section_at (data, h, PXG_VOCAB);
  vocab[h->sections[PXG_VOCAB].count - 1] = 'x';
}

static void
damage_alias (guint8 *data, const PxgHeader *h)
{
  guint32 *aliases = section_at (data, h, PXG_ALIASES);
  aliases[0] = h->sections[PXG_STRINGS].count;
}

static void
damage_entity_lists (guint8 *data, const PxgHeader *h)
{
  PxgEntity *entities = section_at (data, h, PXG_ENTITIES);
  entities[1].n_aliases = h->sections[PXG_ALIASES].count + 1;
}

/* Every entity has a name (fuzz-gazetteer, regressions/gazetteer/). */
static void
damage_entity_name (guint8 *data, const PxgHeader *h)
{
  PxgEntity *entities = section_at (data, h, PXG_ENTITIES);
  entities[1].fields[PXG_F_NAME] = 0;
}

static void
damage_nodes (guint8 *data, const PxgHeader *h)
{
  ((PxgHeader *) data)->n_nodes = h->n_nodes + 1;
}

START_TEST (test_cache_checks)
{
  static const struct {
    Damage damage;
    const char *expected;
  } cases[] = {
    { damage_version, "gazetteer cache format" },
    { damage_older_version, "gazetteer cache format" },
    { damage_last_edge, "damaged gazetteer cache: a trie edge is invalid" },
    { damage_root_token, "damaged gazetteer cache: a trie edge is invalid" },
    { damage_node_name, "damaged gazetteer cache: a name points to no entity" },
    { damage_id_hash, "damaged gazetteer cache: the id index is invalid" },
    { damage_filter_size, "damaged gazetteer cache: the start filter has a bad size" },
    { damage_step_filter_size, "damaged gazetteer cache: the step filter has a bad size" },
    { damage_vocab_end, "damaged gazetteer cache: the vocabulary is not terminated" },
    { damage_alias, "damaged gazetteer cache: an alias lies outside the pool" },
    { damage_entity_lists, "damaged gazetteer cache: an entity's lists lie outside the file" },
    { damage_entity_name, "damaged gazetteer cache: an entity record is invalid" },
    { damage_nodes, "damaged gazetteer cache: the name trie has a bad number of nodes" },
  };
  g_autofree char *dir = write_base ();
  PxGazetteer *built = NULL;
  g_autofree char *cache = compiled_cache (dir, &built);
  g_autoptr(PxGazetteer) gaz = built;
  g_autofree char *data = NULL;
  gsize len = 0;
  ck_assert (g_file_get_contents (cache, &data, &len, NULL));
  const PxgHeader *h = (const PxgHeader *) (gconstpointer) data;
  ck_assert_uint_eq (h->version, PXG_VERSION);
  g_autofree char *damaged = px_test_write ("checked.pxg", "", 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree guint8 *copy = g_memdup2 (data, len);
      cases[i].damage (copy, h);
      reseal (copy, len);
      ck_assert (g_file_set_contents (damaged, (const char *) copy, (gssize) len, NULL));
      g_autoptr(GError) error = NULL;
      g_autoptr(PxGazetteer) g = px_gazetteer_open_cache (damaged, NULL, &error);
      ck_assert_msg (g == NULL, "case %u was accepted", i);
      px_test_assert_error (error, PX_ERROR_GAZETTEER_FORMAT, "checked.pxg", cases[i].expected,
                            NULL);
    }
}
END_TEST

/* The matcher takes an edge on the check of its key and compares the
 * tokens' texts once the walk is over: a vocabulary word that is not the
 * text's must still stop the match, at the first token as at a later
 * one, and leave the other names alone. */
START_TEST (test_cache_token_texts)
{
  g_autofree char *dir = write_base ();
  PxGazetteer *built = NULL;
  g_autofree char *cache = compiled_cache (dir, &built);
  g_autoptr(PxGazetteer) gaz = built;
  const char *text = "South Korea and Japan; Korea.";
  assert_matches (gaz, text, "South Korea=south_korea Japan=japan Korea=korea_generic");
  g_autofree char *data = NULL;
  gsize len = 0;
  ck_assert (g_file_get_contents (cache, &data, &len, NULL));
  const PxgHeader *h = (const PxgHeader *) (gconstpointer) data;
  char *vocab = (char *) section_at ((guint8 *) data, h, PXG_VOCAB);
  guint32 n = h->sections[PXG_VOCAB].count;
  gboolean renamed = FALSE;
  for (guint32 k = 0; k + 5 < n; k++)
    if ((k == 0 || vocab[k - 1] == '\0') && strcmp (vocab + k, "korea") == 0)
      {
        vocab[k + 4] = 'x';
        renamed = TRUE;
      }
  ck_assert (renamed);
  /* Unsealed, the checksum refuses it; sealed, the matcher must. */
  g_autofree char *unsealed = px_test_write ("unsealed.pxg", data, (gssize) len);
  g_autoptr(GError) refused = NULL;
  g_autoptr(PxGazetteer) none = px_gazetteer_open_cache (unsealed, NULL, &refused);
  ck_assert_ptr_null (none);
  px_test_assert_error (refused, PX_ERROR_GAZETTEER_FORMAT, "unsealed.pxg",
                        "its contents do not match their checksum", NULL);
  reseal ((guint8 *) data, len);
  g_autofree char *changed = px_test_write ("renamed.pxg", data, (gssize) len);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGazetteer) g = px_gazetteer_open_cache (changed, NULL, &error);
  ck_assert_ptr_nonnull (g);
  assert_matches (g, text, "Japan=japan");
}
END_TEST

/* The matcher reads plain ASCII words its own fast way and everything else
 * through the general tokenizer; whatever the mix, every name it finds
 * folds to one of its entity's names, and a name written out alone in
 * any of these forms is found whole. */
START_TEST (test_match_mixed_forms)
{
  g_autofree char *dir = write_base ();
  const char *paths[] = { dir, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGazetteer) gaz = px_gazetteer_load (paths, NULL, &error);
  ck_assert_ptr_nonnull (gaz);
  static const char *const pieces[] = {
    "Japan", "Japanese", "'s", "\u2019s", "U.S.", "US", "U", ".", "S", "Kim", "Jong", "Un", "-un",
    "T\u00fcrkiye", "TURKEY", "Turkey", "South", "Korea", "Korean", "NATO", "nato", "Tokyo",
    " ", " ", "  ", "\n", ",", "\u00a0", "\"", "caf\u00e9", "x", "O'Brien", "A.B",
  };
  GRand *rand = g_rand_new_with_seed (7);
  for (guint round = 0; round < 3000; round++)
    {
      GString *text = g_string_new (NULL);
      guint n = (guint) g_rand_int_range (rand, 1, 14);
      for (guint k = 0; k < n; k++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
      px_gazetteer_match (gaz, text->str, text->len, found);
      for (guint k = 0; k < found->len; k++)
        {
          const PxNameMatch *m = &g_array_index (found, PxNameMatch, k);
          g_autofree char *surface = px_gazetteer_fold (text->str + m->span.start,
                                                        m->span.end - m->span.start);
          gboolean named = FALSE;
          const char *name = px_gazetteer_entity_field (gaz, m->entity, "name");
          g_autofree char *folded = px_gazetteer_fold (name, strlen (name));
          named = strcmp (folded, surface) == 0;
          for (guint a = 0; !named && a < px_gazetteer_entity_n_aliases (gaz, m->entity); a++)
            {
              const char *alias = px_gazetteer_entity_alias (gaz, m->entity, a, NULL);
              g_autofree char *fa = px_gazetteer_fold (alias, strlen (alias));
              named = strcmp (fa, surface) == 0;
            }
          ck_assert_msg (named, "'%s' in '%s' is no name of %s", surface, text->str,
                         px_gazetteer_entity_field (gaz, m->entity, "id"));
        }
      g_string_free (text, TRUE);
    }
  g_rand_free (rand);
  assert_matches (gaz, "Japan\u2019s U.S. ally, T\u00fcrkiye's Kim Jong-un and NATO.",
                  "Japan=japan U.S.=usa T\u00fcrkiye=turkey Kim Jong-un=kim_jong_un NATO=nato");
}
END_TEST

/* The places where a tokenizer started at a position reads otherwise
 * than the text's own token chain (a possessive's apostrophe and its s,
 * a period after it, a name that starts with an apostrophe), and names
 * across the end of the matcher's block of tokens, or longer than it
 * looks ahead: the results the matcher gave when it went position by
 * position, before it read blocks. */
START_TEST (test_match_positions)
{
  g_autoptr(GString) tsv = g_string_new ("# positions\n"
                                         "japan\tplace/country\tJapan\n"
                                         "korea\tplace\tKorea\tSouth Korea\n"
                                         "usa\tplace/country\tUnited States\tU.S.\tUS\n"
                                         "hertogenbosch\tplace\t's-Hertogenbosch\n"
                                         "mcdonalds\torg\tMcDonald's\n"
                                         "s_name\tplace\ts\n"
                                         "long\tevent\tLong");
  for (guint k = 0; k < 40; k++)
    g_string_append_printf (tsv, " %u", k);
  g_string_append_c (tsv, '\n');
  g_autoptr(PxGazetteer) gaz = load_tsv ("positions.tsv", tsv->str);
  assert_matches (gaz,
                  "Japan's's-Hertogenbosch, Japan's. Japan's' JAPAN'S Japan\u2019s\u2019 U.S.'s "
                  "Korea's, s Korea",
                  "Japan=japan s=s_name 's-Hertogenbosch=hertogenbosch Japan=japan s.=s_name "
                  "Japan=japan s=s_name JAPAN=japan S=s_name Japan=japan s=s_name U.S.=usa "
                  "s=s_name Korea=korea s=s_name s=s_name Korea=korea");
  assert_matches (gaz,
                  "'s-Hertogenbosch\u2019s McDonald's and McDonald\u2019s, the s-Hertogenbosch",
                  "'s-Hertogenbosch=hertogenbosch s=s_name McDonald's=mcdonalds "
                  "McDonald\u2019s=mcdonalds s=s_name");
  static const gsize expected[][2] = {
    { 0, 11 }, { 12, 17 }, { 18, 19 }, { 20, 134 }, { 135, 137 },
  };
  for (guint pad = 200; pad < 300; pad += 7)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      for (guint k = 0; k < pad; k++)
        g_string_append (text, "x ");
      g_string_append (text, "South Korea Japan's Long");
      for (guint k = 0; k < 40; k++)
        g_string_append_printf (text, " %u", k);
      g_string_append (text, " US");
      g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
      px_gazetteer_match (gaz, text->str, text->len, found);
      ck_assert_uint_eq (found->len, G_N_ELEMENTS (expected));
      for (guint k = 0; k < found->len; k++)
        {
          const PxNameMatch *m = &g_array_index (found, PxNameMatch, k);
          ck_assert_uint_eq (m->span.start, 2 * pad + expected[k][0]);
          ck_assert_uint_eq (m->span.end, 2 * pad + expected[k][1]);
        }
    }
}
END_TEST

START_TEST (test_bundled)
{
  g_autofree char *dir = px_test_src_path ("data/gazetteer");
  g_autoptr(GError) error = NULL;
  g_autoptr(PxGazetteer) gaz = load (dir, NULL, &error);
  ck_assert_msg (gaz != NULL, "%s", error ? error->message : "");
  ck_assert_uint_ge (px_gazetteer_n_entities (gaz), 900);
  const char *ids[] = { "dprk", "usa", "uk", "south_korea", "kcna", "nato", "osamu_izawa",
                        "tomahawk", "korean_war", "rt" };
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    ck_assert_msg (px_gazetteer_find (gaz, ids[i]) != PX_NO_ENTITY, "no %s", ids[i]);
  assert_matches (gaz, "the DPRK, the ROK, Britain and the Kremlin",
                  "DPRK=dprk ROK=south_korea Britain=uk Kremlin=kremlin");
  /* A period after a dotted name's longer last part is a full stop. */
  assert_matches (gaz, "He told Folha de S.Paulo. It ran in the U.S.",
                  "Folha de S.Paulo=folha U.S.=usa");
  /* A period after a single digit is a full stop, not an initial's. */
  assert_matches (gaz, "PSG top Ligue 1. The FTSE 100 fell.",
                  "PSG=paris_saint_germain Ligue 1=ligue_1 FTSE 100=ftse_100");
  assert_matches (gaz, "PSG top Ligue 1.", "PSG=paris_saint_germain Ligue 1=ligue_1");
  guint rt = px_gazetteer_find (gaz, "rt");
  ck_assert_str_eq (px_gazetteer_entity_field (gaz, rt, "ownership"), "state-funded");
  ck_assert_ptr_nonnull (px_gazetteer_entity_field (gaz, rt, "ownership_source"));
  /* A code's country is the first listed with it: the United Kingdom,
   * not England, which has GB too. */
  ck_assert_uint_eq (px_gazetteer_country_of_code (gaz, "GB"), px_gazetteer_find (gaz, "uk"));
  ck_assert_uint_eq (px_gazetteer_country_of_code (gaz, "JP"), px_gazetteer_find (gaz, "japan"));
  ck_assert_uint_eq (px_gazetteer_country_of_code (gaz, "XQ"), PX_NO_ENTITY);
}
END_TEST

/* The byte classes the matcher scans (tables.h), by the portable way and
 * by the one the build selects, against GLib's: every byte value at
 * every place of a window, among random bytes. */
START_TEST (test_byte_classes)
{
  GRand *rand = g_rand_new_with_seed (11);
  char bytes[64];
  for (guint round = 0; round < 64 * 256; round++)
    {
      for (guint k = 0; k < sizeof bytes; k++)
        bytes[k] = (char) g_rand_int_range (rand, 0, 256);
      bytes[round % 64] = (char) (round / 64);
      guint64 alnum = 0, space = 0;
      for (guint k = 0; k < sizeof bytes; k++)
        {
          alnum |= (guint64) (g_ascii_isalnum (bytes[k]) != 0) << k;
          space |= (guint64) (g_ascii_isspace (bytes[k]) && bytes[k] != '\v') << k;
        }
      PxgByteClasses portable, chosen;
      px_byte_classes_portable (bytes, &portable);
      px_byte_classes (bytes, &chosen);
      ck_assert_uint_eq (portable.alnum, alnum);
      ck_assert_uint_eq (portable.space, space);
      ck_assert_uint_eq (chosen.alnum, alnum);
      ck_assert_uint_eq (chosen.space, space);
    }
  g_rand_free (rand);
}
END_TEST

/* Names whose path keys a careless key would confuse (tables.h,
 * px_path_key): a token repeated, the same tokens in the other order,
 * and a first token that is also a later one. */
START_TEST (test_match_path_keys)
{
  g_autoptr(PxGazetteer) gaz = load_tsv ("keys.tsv",
                                          "# keys\n"
                                          "bora\tplace\tBora Bora\n"
                                          "walla\tplace\tWalla Walla Walla\n"
                                          "ny\tplace\tNew York\n"
                                          "yn\tplace\tYork New\n"
                                          "york\tplace\tYork\n"
                                          "nyny\tevent\tNew York New York\n");
  assert_matches (gaz, "Bora, Bora Bora Bora and Walla Walla or Walla Walla Walla",
                  "Bora Bora=bora Walla Walla Walla=walla");
  assert_matches (gaz, "York New York, New York New York, York New New",
                  "York New=yn York=york New York New York=nyny York New=yn");
}
END_TEST

/* The token hash's multiply-fold (tables.h), both ways, against
 * products worked out elsewhere: the hash is part of the cache format,
 * so a build without a 128-bit integer must find the same keys. */
START_TEST (test_hash_fold_mul)
{
  static const struct {
    guint64 a, b, folded;
  } cases[] = {
    { 0, PXG_HASH_MULT, 0 },
    { 1, PXG_HASH_MULT, PXG_HASH_MULT },
    { G_MAXUINT64, G_MAXUINT64, G_MAXUINT64 },
    { G_GUINT64_CONSTANT (0x6f6c6c6568), PXG_HASH_MULT, G_GUINT64_CONSTANT (0xf6d08f3093029d53) },
    { G_GUINT64_CONSTANT (0xcbf2f796eb55464b), PXG_PATH_MULT,
      G_GUINT64_CONSTANT (0x3c47b6dd39d0bc35) },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ck_assert_uint_eq (px_hash_fold_mul (cases[i].a, cases[i].b), cases[i].folded);
      ck_assert_uint_eq (px_hash_fold_mul_portable (cases[i].a, cases[i].b), cases[i].folded);
    }
  GRand *rand = g_rand_new_with_seed (8);
  for (guint round = 0; round < 100000; round++)
    {
      guint64 a = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
      guint64 b = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
      ck_assert_uint_eq (px_hash_fold_mul_portable (a, b), px_hash_fold_mul (a, b));
    }
  g_rand_free (rand);
}
END_TEST

/* Matches in a heap block of exactly the text's size, so that a read
 * past its end is caught by the sanitizers and valgrind. */
static char *
matches_exact (const PxGazetteer *gaz, const char *text, gsize len)
{
  g_autofree char *copy = g_malloc (MAX (len, 1));
  memcpy (copy, text, len);
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (PxNameMatch));
  px_gazetteer_match (gaz, copy, len, found);
  GString *out = g_string_new (NULL);
  for (guint k = 0; k < found->len; k++)
    {
      const PxNameMatch *m = &g_array_index (found, PxNameMatch, k);
      g_string_append_printf (out, "%s%zu-%zu=%s", k ? " " : "", (gsize) m->span.start,
                              (gsize) m->span.end,
                              px_gazetteer_entity_field (gaz, m->entity, "id"));
    }
  return g_string_free (out, FALSE);
}

/* Words and marks at every place of the matcher's windows of bytes, and
 * at the very end of the text: the marks beyond ASCII it reads itself
 * (quotes, dashes, apostrophes and possessives), and the ones it leaves
 * to the general tokenizer. */
START_TEST (test_match_windows)
{
  g_autoptr(PxGazetteer) gaz = load_tsv ("windows.tsv",
                                          "# windows\n"
                                          "japan\tplace/country\tJapan\n"
                                          "korea\tplace\tSouth Korea\n"
                                          "quoted\tevent\t\"Red\" Dawn\n"
                                          "dash\tevent\tRed - Blue\n"
                                          "mark\tevent\t' Green\n"
                                          "s_name\tplace\ts\n"
                                          "long\tplace\t"
                                          "Abcdefghijklmnopqrstuvwxyz"
                                          "abcdefghijklmnopqrstuvwxyzabcdefghijklm\n");
  static const char body[] =
    "\u201cRed\u201d Dawn, Red \u2013 Blue, Red\u2014Blue; Japan\u2019s \u2018 Green "
    "Japan\u2019S. Japan\u2019sx Japan\u2019s\u00e9 South\u2011Korea Japan' Green "
    "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklm Japan\u2026 "
    "South Korea\u201d Japan\u2019";
  static const char expected[] =
    "0-14=quoted 16-28=dash 30-40=dash 42-47=japan 50-51=s_name 52-61=mark 62-67=japan "
    "70-72=s_name 110-115=japan 115-122=mark 123-188=long 189-194=japan 198-209=korea "
    "213-218=japan";
  for (guint pad = 0; pad < 140; pad++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      for (guint k = 0; k < pad; k++)
        g_string_append_c (text, k % 3 == 2 ? '\n' : ' ');
      g_string_append (text, body);
      g_autofree char *got = matches_exact (gaz, text->str + pad, text->len - pad);
      g_autofree char *got_padded = matches_exact (gaz, text->str, text->len);
      ck_assert_str_eq (got, expected);
      /* The same names, moved by the padding. */
      g_autoptr(GString) moved = g_string_new (NULL);
      g_auto(GStrv) items = g_strsplit (expected, " ", -1);
      for (guint k = 0; items[k]; k++)
        {
          gsize start, end;
          char id[32];
          ck_assert_int_eq (sscanf (items[k], "%zu-%zu=%31s", &start, &end, id), 3);
          g_string_append_printf (moved, "%s%zu-%zu=%s", k ? " " : "", start + pad, end + pad, id);
        }
      ck_assert_str_eq (got_padded, moved->str);
    }
  /* Every prefix of the text ends at the text's end, inside a word, a
   * possessive or a character. */
  for (gsize len = 0; len <= strlen (body); len++)
    g_free (matches_exact (gaz, body, len));
  g_autofree char *at_end = matches_exact (gaz, "x Japan\u2019s", strlen ("x Japan\u2019s"));
  ck_assert_str_eq (at_end, "2-7=japan 10-11=s_name");
}
END_TEST

Suite *
px_test_gazetteer_suite (void)
{
  Suite *s = suite_create ("gazetteer");
  TCase *tc = tcase_create ("sources");
  tcase_add_test (tc, test_fold);
  tcase_add_test (tc, test_match_basics);
  tcase_add_test (tc, test_entity_fields);
  tcase_add_test (tc, test_layers);
  tcase_add_test (tc, test_shared_names);
  tcase_add_test (tc, test_bad_sources);
  tcase_add_test (tc, test_bundled);
  tcase_add_test (tc, test_match_mixed_forms);
  tcase_add_test (tc, test_match_positions);
  tcase_add_test (tc, test_byte_classes);
  tcase_add_test (tc, test_hash_fold_mul);
  tcase_add_test (tc, test_match_path_keys);
  tcase_add_test (tc, test_match_windows);
  suite_add_tcase (s, tc);
  tc = tcase_create ("cache");
  tcase_set_timeout (tc, 60);
  tcase_add_test (tc, test_cache_roundtrip);
  tcase_add_test (tc, test_cache_unwritable);
  tcase_add_test (tc, test_cache_save);
  tcase_add_test (tc, test_cache_damage);
  tcase_add_test (tc, test_cache_checks);
  tcase_add_test (tc, test_cache_token_texts);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return px_test_run (px_test_gazetteer_suite ());
}
