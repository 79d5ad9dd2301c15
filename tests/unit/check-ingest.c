/* check-ingest.c: reading, refusing and normalising input, and the offset map. */
#include "config.h"

#include <string.h>

#include "px-test.h"

static PxText *
text_of (const char *data, gssize len, const PxIngestOptions *options, GError **error)
{
  return px_text_new ("t.txt", data, len < 0 ? strlen (data) : (gsize) len, options, error);
}

static const char *
normalized (const PxText *text)
{
  return px_text_get_normalized (text, NULL);
}

/* Fails unless @data is refused with @code and a message holding @needle. */
static void
assert_refused (const char *data, gsize len, PxError code, const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = text_of (data, len, NULL, &error);
  ck_assert_ptr_null (text);
  ck_assert (g_error_matches (error, PX_ERROR, code));
  ck_assert_msg (strstr (error->message, "t.txt") != NULL, "no file name: %s", error->message);
  ck_assert_msg (strstr (error->message, needle) != NULL, "'%s' not in: %s", needle, error->message);
}

START_TEST (test_plain_text_is_unchanged)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = text_of ("Japan opened a mission.\n", -1, NULL, &error);
  ck_assert_ptr_nonnull (text);
  ck_assert_str_eq (normalized (text), "Japan opened a mission.\n");
  ck_assert_uint_eq (px_text_n_segments (text), 1);
}
END_TEST

START_TEST (test_typography_is_folded)
{
  g_autoptr(PxText) text = text_of ("Japan\u2019s \u201cAsian NATO\u201d\u2014a\u00a0plan\u2026", -1,
                                    NULL, NULL);
  ck_assert_str_eq (normalized (text), "Japan's \"Asian NATO\"-a plan...");
}
END_TEST

START_TEST (test_nfc_and_invisibles)
{
  g_autoptr(PxText) text = text_of ("Cafe\u0301 soft\u00adhyphen zero\u200bwidth \u202eevil\r\nend", -1,
                                    NULL, NULL);
  ck_assert_str_eq (normalized (text), "Caf\u00e9 softhyphen zerowidth evil\nend");
}
END_TEST

START_TEST (test_offsets_map_back_past_rewrites)
{
  const char *data = "\xEF\xBB\xBF\u201cNo,\u201d said Kim.";
  g_autoptr(PxText) text = text_of (data, -1, NULL, NULL);
  const char *norm = normalized (text);
  ck_assert_str_eq (norm, "\"No,\" said Kim.");
  const char *kim = strstr (norm, "Kim");
  PxSpan span = { kim - norm, kim - norm + 3 };
  PxSpan original = px_text_original_span (text, span);
  ck_assert_int_eq (memcmp (data + original.start, "Kim", 3), 0);
  ck_assert_uint_eq (original.end - original.start, 3);
  /* The opening quote: one normalised byte, three original ones after the BOM. */
  PxSpan quote = px_text_original_span (text, (PxSpan) { 0, 1 });
  ck_assert_uint_eq (quote.start, 3);
  ck_assert_uint_eq (quote.end, 6);
}
END_TEST

START_TEST (test_latin1_on_request)
{
  PxIngestOptions options = { PX_ENCODING_LATIN1, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = text_of ("Caf\xe9 \x93quoted\x94", -1, &options, &error);
  ck_assert_ptr_nonnull (text);
  ck_assert_str_eq (normalized (text), "Caf\u00e9 \"quoted\"");
  PxSpan e = px_text_original_span (text, (PxSpan) { 3, 5 });
  ck_assert_uint_eq (e.start, 3);
  ck_assert_uint_eq (e.end, 4);
}
END_TEST

START_TEST (test_refusals)
{
  assert_refused ("", 0, PX_ERROR_INPUT_EMPTY, "empty");
  assert_refused (" \n\t\r\n", 5, PX_ERROR_INPUT_EMPTY, "whitespace");
  assert_refused ("\x80start", 6, PX_ERROR_INPUT_ENCODING, "byte 0");
  assert_refused ("middle \xc3\x28 here", 14, PX_ERROR_INPUT_ENCODING, "byte 7");
  assert_refused ("at the end \xe2\x80", 13, PX_ERROR_INPUT_ENCODING, "byte 11");
  assert_refused ("nul\0byte", 8, PX_ERROR_INPUT_ENCODING, "NUL byte at byte 3");
  assert_refused ("bell\a", 5, PX_ERROR_INPUT_ENCODING, "control byte");
  assert_refused ("\xff\xfeJ\0a\0", 6, PX_ERROR_INPUT_ENCODING, "UTF-16LE");
}
END_TEST

START_TEST (test_size_limit)
{
  PxIngestOptions options = { PX_ENCODING_UTF8, 10 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = text_of ("eleven bytes", -1, &options, &error);
  ck_assert_ptr_null (text);
  ck_assert (g_error_matches (error, PX_ERROR, PX_ERROR_INPUT_TOO_LARGE));
  ck_assert_ptr_nonnull (strstr (error->message, "--max-input-size"));
}
END_TEST

START_TEST (test_files)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = px_test_write ("ok.txt", "A line.\n", -1);
  g_autoptr(PxText) text = px_text_load (path, NULL, &error);
  ck_assert_ptr_nonnull (text);
  ck_assert_str_eq (px_text_get_name (text), path);

  g_autoptr(PxText) missing = px_text_load ("/nonexistent/parallax.txt", NULL, &error);
  ck_assert_ptr_null (missing);
  ck_assert (g_error_matches (error, PX_ERROR, PX_ERROR_IO));
  g_clear_error (&error);

  g_autoptr(PxText) dir = px_text_load ("/", NULL, &error);
  ck_assert_ptr_null (dir);
  ck_assert_ptr_nonnull (strstr (error->message, "directory"));
}
END_TEST

START_TEST (test_parse_size_and_encoding)
{
  guint64 n = 0;
  PxEncoding e;
  ck_assert (px_parse_size ("200M", &n, NULL));
  ck_assert_uint_eq (n, 200u * 1024 * 1024);
  ck_assert (px_parse_size ("2G", &n, NULL));
  ck_assert_uint_eq (n, G_GUINT64_CONSTANT (2) * 1024 * 1024 * 1024);
  ck_assert (px_parse_size ("512", &n, NULL));
  ck_assert_uint_eq (n, 512);
  ck_assert (!px_parse_size ("lots", &n, NULL));
  ck_assert (!px_parse_size ("5X", &n, NULL));
  ck_assert (!px_parse_size ("99999999999999999999G", &n, NULL));
  ck_assert (px_encoding_from_string ("latin-1", &e, NULL) && e == PX_ENCODING_LATIN1);
  ck_assert (px_encoding_from_string ("UTF-8", &e, NULL) && e == PX_ENCODING_UTF8);
  ck_assert (!px_encoding_from_string ("ebcdic", &e, NULL));
}
END_TEST

static Suite *
ingest_suite (void)
{
  Suite *s = suite_create ("ingest");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_plain_text_is_unchanged);
  tcase_add_test (tc, test_typography_is_folded);
  tcase_add_test (tc, test_nfc_and_invisibles);
  tcase_add_test (tc, test_offsets_map_back_past_rewrites);
  tcase_add_test (tc, test_latin1_on_request);
  tcase_add_test (tc, test_refusals);
  tcase_add_test (tc, test_size_limit);
  tcase_add_test (tc, test_files);
  tcase_add_test (tc, test_parse_size_and_encoding);
  suite_add_tcase (s, tc);
  return s;
}

int
main (void)
{
  return px_test_run (ingest_suite ());
}
