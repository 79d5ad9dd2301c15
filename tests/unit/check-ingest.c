/* check-ingest.c: reading, refusing and normalising input, and the offset map. */
#include "config.h"

#include <string.h>

#include "px-test.h"

static PxText *
text_of (const char *data, gssize len, const PxIngestOptions *options, GError **error)
{
  return px_text_new ("t.txt", data, len < 0 ? strlen (data) : (gsize) len, options, error);
}

/* @data (a string), which must be accepted. */
static PxText *
accept (const char *data)
{
  g_autoptr(GError) error = NULL;
  PxText *text = text_of (data, -1, NULL, &error);
  ck_assert_msg (text != NULL, "%s", error != NULL ? error->message : "");
  return text;
}

static const char *
normalized (const PxText *text)
{
  return px_text_get_normalized (text, NULL);
}

/* The normalised form of @data must be @expected. */
static void
assert_normalizes (const char *data, const char *expected)
{
  g_autoptr(PxText) text = accept (data);
  ck_assert_str_eq (normalized (text), expected);
}

/* The original bytes under the normalised span [start, end). */
static char *
original_under (const PxText *text, gsize start, gsize end)
{
  PxSpan span = px_text_original_span (text, (PxSpan) { start, end });
  const char *original = px_text_get_original (text, NULL);
  ck_assert_uint_le (span.start, span.end);
  return g_strndup (original + span.start, span.end - span.start);
}

/* ### Accepted input */

START_TEST (test_ascii_is_one_copied_segment)
{
  g_autoptr(PxText) text = accept ("Japan opened a mission.\n");
  gsize len = 0;
  ck_assert_str_eq (normalized (text), "Japan opened a mission.\n");
  ck_assert_str_eq (px_text_get_original (text, &len), "Japan opened a mission.\n");
  ck_assert_uint_eq (len, 24);
  ck_assert_uint_eq (px_text_n_segments (text), 1);
  ck_assert_str_eq (px_text_get_name (text), "t.txt");
}
END_TEST

START_TEST (test_valid_utf8_in_nfc_is_copied)
{
  /* Latin, Cyrillic, Hangul, single guillemets, joiners and an emoji. */
  const char *data = "Caf\u00e9 in \u041f\u0445\u0435\u043d\u044c\u044f\u043d, "
                     "\ud3c9\uc591 \u2039x\u203a zw\u200cnj\u200dj \U0001F600";
  g_autoptr(PxText) text = accept (data);
  ck_assert_str_eq (normalized (text), data);
  ck_assert_uint_eq (px_text_n_segments (text), 1);
}
END_TEST

START_TEST (test_bom_is_dropped_but_counted)
{
  g_autoptr(PxText) text = accept ("\xEF\xBB\xBFKim said.");
  gsize len = 0;
  ck_assert_str_eq (normalized (text), "Kim said.");
  ck_assert_str_eq (px_text_get_original (text, &len), "\xEF\xBB\xBFKim said.");
  ck_assert_uint_eq (len, 12);
  ck_assert_uint_eq (px_text_original_offset (text, 0), 3);
  ck_assert_uint_eq (px_text_original_offset (text, 4), 7);
  PxSpan said = px_text_original_span (text, (PxSpan) { 4, 8 });
  ck_assert_uint_eq (said.start, 7);
  ck_assert_uint_eq (said.end, 11);
}
END_TEST

START_TEST (test_line_ends)
{
  g_autoptr(PxText) text = accept ("one\r\ntwo\rthree\nfour\ffive\vsix\u2028seven\u2029"
                                   "eight\xc2\x85" "nine");
  ck_assert_str_eq (normalized (text), "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine");
  /* "two" follows a two-byte \r\n that became one \n. */
  ck_assert_uint_eq (px_text_original_offset (text, 4), 5);
  g_autofree char *crlf = original_under (text, 3, 4);
  ck_assert_str_eq (crlf, "\r\n");
}
END_TEST

START_TEST (test_typography_is_folded)
{
  assert_normalizes ("\u2018a\u2019 \u201ab\u201b c\u02bcd", "'a' 'b' c'd");
  assert_normalizes ("\u201cq\u201d \u201er\u201f \u00abs\u00bb", "\"q\" \"r\" \"s\"");
  assert_normalizes ("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h\ufe58i\ufe63j\uff0dk",
                     "a-b-c-d-e-f-g-h-i-j-k");
  assert_normalizes ("wait\u2026 what", "wait... what");
  assert_normalizes ("a\u00a0b\u2009c\u202fd\u3000e\u2002f\u1680g\u205fh\ti", "a b c d e f g h i");
  assert_normalizes ("Japan\u2019s \u201cAsian NATO\u201d\u2014a\u00a0plan\u2026",
                     "Japan's \"Asian NATO\"-a plan...");
}
END_TEST

START_TEST (test_spaces_are_not_collapsed)
{
  assert_normalizes ("a \u00a0 b\t\tc", "a   b  c");
}
END_TEST

START_TEST (test_nfc_composes_combining_marks)
{
  assert_normalizes ("Cafe\u0301", "Caf\u00e9");
  assert_normalizes ("e\u0301lan", "\u00e9lan");
  assert_normalizes ("\u0391\u0301", "\u0386");
  /* Marks are put in canonical order before they are composed. */
  assert_normalizes ("a\u0302\u0323", "\u1ead");
  assert_normalizes ("a\u0323\u0302", "\u1ead");
  assert_normalizes ("\u212b", "\u00c5");
  /* A mark with no precomposed form stays after its base. */
  assert_normalizes ("x\u0301", "x\u0301");
}
END_TEST

/* NFC also composes some pairs of class-0 characters, which a cluster must
 * therefore hold together: two-part vowel signs and conjoining jamo. */
START_TEST (test_nfc_composes_class_zero_pairs)
{
  assert_normalizes ("\u0995\u09c7\u09be", "\u0995\u09cb");   /* Bengali KO */
  assert_normalizes ("\u09c7\u09be", "\u09cb");
  assert_normalizes ("\u0b47\u0b3e", "\u0b4b");                 /* Oriya */
  assert_normalizes ("\u1100\u1161", "\uac00");                 /* Hangul L V */
  assert_normalizes ("\u1100\u1161\u11a8", "\uac01");           /* L V T */
  assert_normalizes ("\uac00\u11a8 \u1112\u1161\u11ab", "\uac01 \ud55c");
  /* A class-0 sign with nothing to compose with stays as it is. */
  assert_normalizes ("\u0995\u09be", "\u0995\u09be");
  assert_normalizes ("\u1161\u1100", "\u1161\u1100");
  /* Same as NFC of the whole string when a mark stands between. */
  g_autofree char *whole = g_utf8_normalize ("\u09c7\u09bc\u09be", -1, G_NORMALIZE_NFC);
  assert_normalizes ("\u09c7\u09bc\u09be", whole);
}
END_TEST

/* Per-cluster NFC gives what NFC of the whole text gives, over strings
 * mixing starters, marks and class-0 composables in every order. */
START_TEST (test_nfc_by_clusters_matches_whole_text_nfc)
{
  static const gunichar alphabet[] = {
    'a', 'e', ' ', 0x0301, 0x0323, 0x0995, 0x09bc, 0x09be, 0x09c7, 0x09d7, 0x0b3e, 0x0b47,
    0x0b56, 0x1100, 0x1161, 0x11a8, 0xac00, 0x00e9,
  };
  GRand *rand = g_rand_new_with_seed (20260101);
  for (guint round = 0; round < 2000; round++)
    {
      g_autoptr(GString) s = g_string_new ("x");
      guint n = g_rand_int_range (rand, 1, 8);
      for (guint k = 0; k < n; k++)
        g_string_append_unichar (s, alphabet[g_rand_int_range (rand, 0, G_N_ELEMENTS (alphabet))]);
      g_string_append_c (s, 'x');
      g_autofree char *whole = g_utf8_normalize (s->str, -1, G_NORMALIZE_NFC);
      g_autoptr(PxText) text = accept (s->str);
      ck_assert_msg (g_str_equal (normalized (text), whole), "round %u: '%s'", round, s->str);
    }
  g_rand_free (rand);
}
END_TEST

START_TEST (test_invisibles_are_removed)
{
  assert_normalizes ("soft\u00adhyphen zero\u200bwidth word\u2060joiner mid\ufeffbom",
                     "softhyphen zerowidth wordjoiner midbom");
  assert_normalizes ("\u202eevil\u202c \u2066iso\u2069 \u200eltr\u200f \u061calm",
                     "evil iso ltr alm");
  /* Joiners are kept: some scripts need them. */
  assert_normalizes ("a\u200cb\u200dc", "a\u200cb\u200dc");
}
END_TEST

START_TEST (test_latin1_on_request)
{
  PxIngestOptions options = { PX_ENCODING_LATIN1, 0 };
  g_autoptr(GError) error = NULL;
  /* Windows-1252 quotes, dash and ellipsis; a Latin-1 e-acute. */
  g_autoptr(PxText) text = text_of ("Caf\xe9 \x93quoted\x94 \x96 it\x92s\x85", -1, &options,
                                    &error);
  ck_assert_msg (text != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_str_eq (normalized (text), "Caf\u00e9 \"quoted\" - it's...");
  /* The two normalised bytes of e-acute come from one original byte. */
  PxSpan e = px_text_original_span (text, (PxSpan) { 3, 5 });
  ck_assert_uint_eq (e.start, 3);
  ck_assert_uint_eq (e.end, 4);
  ck_assert_uint_eq (px_text_original_offset (text, 6), 5);
}
END_TEST

START_TEST (test_latin1_reads_a_bom_as_characters)
{
  PxIngestOptions options = { PX_ENCODING_LATIN1, 0 };
  g_autoptr(PxText) text = text_of ("\xEF\xBB\xBFx", -1, &options, NULL);
  ck_assert_ptr_nonnull (text);
  /* U+00BB is a guillemet, folded like any double quote. */
  ck_assert_str_eq (normalized (text), "\u00ef\"\u00bfx");
}
END_TEST

START_TEST (test_latin1_refuses_undefined_bytes)
{
  PxIngestOptions options = { PX_ENCODING_LATIN1, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = text_of ("a\x81z", -1, &options, &error);
  ck_assert_ptr_null (text);
  px_test_assert_error (error, PX_ERROR_INPUT_ENCODING,
                        "t.txt: byte 0x81 (undefined in Windows-1252) at byte 1 (line 1)", NULL);
}
END_TEST

/* ### The offset map */

/* The example of docs/ingest.md: a BOM, a curly apostrophe, an em dash,
 * curly quotes and a Windows line end. */
START_TEST (test_documented_example_offsets)
{
  const char *data = "\xef\xbb\xbfJapan\xe2\x80\x99s mission \xe2\x80\x94 a \xe2\x80\x9c"
                     "dangerous act\xe2\x80\x9d, KCNA said on Monday.\r\n";
  g_autoptr(PxText) text = accept (data);
  gsize len = 0;
  ck_assert_str_eq (px_text_get_normalized (text, &len),
                    "Japan's mission - a \"dangerous act\", KCNA said on Monday.\n");
  PxSpan sentence = px_text_original_span (text, (PxSpan) { 0, len - 1 });
  ck_assert_uint_eq (sentence.start, 3);
  ck_assert_uint_eq (sentence.end, 68);
}
END_TEST

/* Every ASCII word of the normalised text maps back to the same bytes in
 * the original, however many characters before it were rewritten. */
START_TEST (test_words_map_back_to_themselves)
{
  const char *data = "\xEF\xBB\xBF\u201cKim\u201d\u00a0said\u2014\u2026Japan\u2019s "
                     "soft\u00adly e\u0301lan\r\nEnd\u200b.";
  g_autoptr(PxText) text = accept (data);
  const char *norm = normalized (text);
  ck_assert_str_eq (norm, "\"Kim\" said-...Japan's softly \u00e9lan\nEnd.");
  static const char *const words[] = { "Kim", "said", "Japan", "soft", "ly", "lan", "End" };
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      const char *at = strstr (norm, words[i]);
      gsize start = at - norm;
      g_autofree char *back = original_under (text, start, start + strlen (words[i]));
      ck_assert_str_eq (back, words[i]);
    }
}
END_TEST

START_TEST (test_rewritten_characters_map_whole)
{
  g_autoptr(PxText) text = accept ("ab\u2026cd e\u0301f");
  const char *norm = normalized (text);
  ck_assert_str_eq (norm, "ab...cd \u00e9f");
  /* Inside the ellipsis: the start rounds down, the end up, to the "..." character. */
  ck_assert_uint_eq (px_text_original_offset (text, 3), 2);
  ck_assert_uint_eq (px_text_original_offset (text, 4), 2);
  g_autofree char *dot = original_under (text, 3, 4);
  ck_assert_str_eq (dot, "\u2026");
  ck_assert_uint_eq (px_text_original_offset (text, 5), 5);
  /* The composed e-acute (2 bytes) comes from e + U+0301 (3 bytes). */
  g_autofree char *e = original_under (text, 8, 10);
  ck_assert_str_eq (e, "e\u0301");
  ck_assert_uint_eq (px_text_original_offset (text, 10), 11);
}
END_TEST

START_TEST (test_dropped_characters_are_skipped)
{
  g_autoptr(PxText) text = accept ("a\u200bb\u00ad");
  ck_assert_str_eq (normalized (text), "ab");
  ck_assert_uint_eq (px_text_original_offset (text, 1), 4);
  g_autofree char *a = original_under (text, 0, 1);
  g_autofree char *b = original_under (text, 1, 2);
  ck_assert_str_eq (a, "a");
  ck_assert_str_eq (b, "b");
}
END_TEST

START_TEST (test_text_end_maps_to_original_end)
{
  g_autoptr(PxText) text = accept ("x \u2014 y\r\n");
  gsize norm_len = 0, orig_len = 0;
  px_text_get_normalized (text, &norm_len);
  px_text_get_original (text, &orig_len);
  ck_assert_uint_eq (px_text_original_offset (text, norm_len), orig_len);
  PxSpan all = px_text_original_span (text, (PxSpan) { 0, norm_len });
  ck_assert_uint_eq (all.start, 0);
  ck_assert_uint_eq (all.end, orig_len);
  PxSpan empty = px_text_original_span (text, (PxSpan) { 4, 4 });
  ck_assert_uint_eq (empty.start, empty.end);
}
END_TEST

START_TEST (test_segments_count_changes)
{
  g_autoptr(PxText) one = accept ("no change at all");
  g_autoptr(PxText) three = accept ("one \u2014 rewrite");
  ck_assert_uint_eq (px_text_n_segments (one), 1);
  ck_assert_uint_eq (px_text_n_segments (three), 3);
}
END_TEST

/* Every normalised offset maps into the original, never backwards. */
START_TEST (test_corpus_offsets_are_monotonic)
{
  g_autoptr(PxText) text = px_test_load_corpus ("washingtontimes-2025-01-20.txt");
  gsize norm_len = 0, orig_len = 0;
  px_text_get_normalized (text, &norm_len);
  px_text_get_original (text, &orig_len);
  ck_assert_uint_gt (px_text_n_segments (text), 1);
  gsize previous = 0;
  for (gsize i = 0; i <= norm_len; i++)
    {
      gsize orig = px_text_original_offset (text, i);
      ck_assert_uint_ge (orig, previous);
      ck_assert_uint_le (orig, orig_len);
      previous = orig;
    }
}
END_TEST

/* ### Refusals */

/* @data must be refused with @code and a message naming the file and
 * holding @needle. */
static void
assert_refused (const char *data, gsize len, PxError code, const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = text_of (data, len, NULL, &error);
  ck_assert_ptr_null (text);
  px_test_assert_error (error, code, "t.txt: ", needle, NULL);
}

START_TEST (test_invalid_utf8_names_the_byte)
{
  assert_refused ("\x80start", 6, PX_ERROR_INPUT_ENCODING, "invalid UTF-8 at byte 0 (line 1)");
  assert_refused ("middle \xc3\x28 here", 14, PX_ERROR_INPUT_ENCODING,
                  "invalid UTF-8 at byte 7 (line 1)");
  assert_refused ("at the end \xe2\x80", 13, PX_ERROR_INPUT_ENCODING, "invalid UTF-8 at byte 11");
  assert_refused ("line 1\nline 2 \xff", 15, PX_ERROR_INPUT_ENCODING, "at byte 14 (line 2)");
  assert_refused ("overlong \xc0\xaf", 11, PX_ERROR_INPUT_ENCODING, "at byte 9");
  assert_refused ("surrogate \xed\xa0\x80", 13, PX_ERROR_INPUT_ENCODING, "at byte 10");
  assert_refused ("x\xe9y", 3, PX_ERROR_INPUT_ENCODING, "--encoding=latin-1");
}
END_TEST

START_TEST (test_invalid_utf8_after_bom)
{
  assert_refused ("\xEF\xBB\xBF\x80", 4, PX_ERROR_INPUT_ENCODING, "invalid UTF-8 at byte 3");
}
END_TEST

START_TEST (test_control_bytes)
{
  assert_refused ("nul\0byte", 8, PX_ERROR_INPUT_ENCODING,
                  "NUL byte at byte 3 (line 1): not a text file?");
  assert_refused ("\0", 1, PX_ERROR_INPUT_ENCODING, "NUL byte at byte 0");
  assert_refused ("a\n\nb\0", 5, PX_ERROR_INPUT_ENCODING, "NUL byte at byte 4 (line 3)");
  assert_refused ("ab\x01", 3, PX_ERROR_INPUT_ENCODING, "control byte 0x01 at byte 2 (line 1)");
  assert_refused ("bell\a", 5, PX_ERROR_INPUT_ENCODING, "control byte 0x07 at byte 4");
  assert_refused ("del\x7f", 4, PX_ERROR_INPUT_ENCODING, "control byte 0x7F at byte 3");
  assert_refused ("esc\x1b[0m", 7, PX_ERROR_INPUT_ENCODING, "control byte 0x1B");
}
END_TEST

START_TEST (test_utf16_and_utf32_boms)
{
  assert_refused ("\xff\xfeJ\0a\0", 6, PX_ERROR_INPUT_ENCODING,
                  "UTF-16LE text (byte-order mark at byte 0) is not supported; convert it first: "
                  "iconv -f UTF-16LE -t UTF-8");
  assert_refused ("\xfe\xff\0J\0a", 6, PX_ERROR_INPUT_ENCODING, "UTF-16BE text");
  assert_refused ("\xff\xfe\0\0J\0\0\0", 8, PX_ERROR_INPUT_ENCODING, "UTF-32LE text");
  assert_refused ("\0\0\xfe\xff\0\0\0J", 8, PX_ERROR_INPUT_ENCODING, "UTF-32BE text");
}
END_TEST

/* In Latin-1, 0xFF 0xFE are the characters "ÿþ", not a byte-order mark;
 * UTF-16 text is still refused, for its NUL bytes. */
START_TEST (test_latin1_reads_ff_fe_as_characters)
{
  PxIngestOptions options = { PX_ENCODING_LATIN1, 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = text_of ("\xff\xfe are letters", -1, &options, &error);
  ck_assert_msg (text != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_str_eq (normalized (text), "\u00ff\u00fe are letters");
  g_autoptr(PxText) wide = text_of ("\xff\xfeJ\0", 4, &options, &error);
  ck_assert_ptr_null (wide);
  px_test_assert_error (error, PX_ERROR_INPUT_ENCODING, "NUL byte at byte 3", NULL);
}
END_TEST

START_TEST (test_empty_and_blank)
{
  assert_refused ("", 0, PX_ERROR_INPUT_EMPTY, "t.txt: empty file");
  assert_refused (" \n\t\r\n", 5, PX_ERROR_INPUT_EMPTY, "t.txt: contains only whitespace");
  assert_refused ("\xEF\xBB\xBF", 3, PX_ERROR_INPUT_EMPTY, "contains only whitespace");
  assert_refused ("\u00a0\u200b\u3000\n", strlen ("\u00a0\u200b\u3000\n"), PX_ERROR_INPUT_EMPTY,
                  "contains only whitespace");
}
END_TEST

START_TEST (test_size_limit)
{
  PxIngestOptions options = { PX_ENCODING_UTF8, 10 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) over = text_of ("eleven byte", -1, &options, &error);
  ck_assert_ptr_null (over);
  px_test_assert_error (error, PX_ERROR_INPUT_TOO_LARGE,
                        "t.txt: 11 bytes is over the input limit of 10 bytes "
                        "(raise it with --max-input-size)", NULL);
  g_autoptr(PxText) at_limit = text_of ("ten bytes.", -1, &options, NULL);
  ck_assert_ptr_nonnull (at_limit);
}
END_TEST

START_TEST (test_size_is_checked_first)
{
  /* Too large and not text: the cheaper, surer refusal wins. */
  PxIngestOptions options = { PX_ENCODING_UTF8, 2 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = text_of ("\0\0\0", 3, &options, &error);
  ck_assert_ptr_null (text);
  px_test_assert_error (error, PX_ERROR_INPUT_TOO_LARGE, NULL);
}
END_TEST

/* ### Files */

START_TEST (test_load_a_file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = px_test_write ("ok.txt", "A line\xe2\x80\x99s end.\r\n", -1);
  g_autoptr(PxText) text = px_text_load (path, NULL, &error);
  ck_assert_msg (text != NULL, "%s", error != NULL ? error->message : "");
  ck_assert_str_eq (px_text_get_name (text), path);
  ck_assert_str_eq (normalized (text), "A line's end.\n");
}
END_TEST

START_TEST (test_missing_file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = px_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "absent.txt", NULL);
  g_autoptr(PxText) text = px_text_load (path, NULL, &error);
  ck_assert_ptr_null (text);
  g_autofree char *expected = g_strdup_printf ("%s: cannot read: No such file or directory", path);
  ck_assert_str_eq (error->message, expected);
}
END_TEST

START_TEST (test_directory)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = px_test_mkdtemp ();
  g_autoptr(PxText) text = px_text_load (dir, NULL, &error);
  ck_assert_ptr_null (text);
  px_test_assert_error (error, PX_ERROR_IO, dir, ": is a directory, not a text file", NULL);
}
END_TEST

START_TEST (test_device)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = px_text_load ("/dev/null", NULL, &error);
  ck_assert_ptr_null (text);
  px_test_assert_error (error, PX_ERROR_IO, "/dev/null: not a regular file", NULL);
}
END_TEST

START_TEST (test_file_over_limit)
{
  PxIngestOptions options = { PX_ENCODING_UTF8, 1024 };
  g_autoptr(GString) big = g_string_new (NULL);
  while (big->len <= 1024)
    g_string_append (big, "A line of text.\n");
  g_autofree char *path = px_test_write ("big.txt", big->str, big->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) text = px_text_load (path, &options, &error);
  ck_assert_ptr_null (text);
  g_autofree char *count = g_strdup_printf (": %zu bytes is over the input limit of 1024 bytes",
                                            big->len);
  px_test_assert_error (error, PX_ERROR_INPUT_TOO_LARGE, path, count, NULL);
}
END_TEST

START_TEST (test_file_errors_name_the_file)
{
  g_autofree char *empty = px_test_write ("empty.txt", "", 0);
  g_autofree char *binary = px_test_write ("bin.txt", "ok\n\xff\xd8\xff", 6);
  g_autoptr(GError) error = NULL;
  g_autoptr(PxText) a = px_text_load (empty, NULL, &error);
  px_test_assert_error (error, PX_ERROR_INPUT_EMPTY, empty, ": empty file", NULL);
  g_clear_error (&error);
  g_autoptr(PxText) b = px_text_load (binary, NULL, &error);
  px_test_assert_error (error, PX_ERROR_INPUT_ENCODING, binary, "at byte 3 (line 2)", NULL);
}
END_TEST

START_TEST (test_corpus_files_load)
{
  static const char *const files[] = {
    "kcna-2025-01-20.txt", "firstpost-2025-01-20.txt", "hotaaj-2025-01.txt",
    "rt-2023-05-16.txt", "washingtontimes-2025-01-20.txt",
  };
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(PxText) text = px_test_load_corpus (files[i]);
      const char *norm = normalized (text);
      /* Folded away: no curly quotes, em dashes or no-break spaces are left. */
      ck_assert_ptr_null (strstr (norm, "\u2019"));
      ck_assert_ptr_null (strstr (norm, "\u201c"));
      ck_assert_ptr_null (strstr (norm, "\u2014"));
      ck_assert_ptr_null (strstr (norm, "\u00a0"));
      ck_assert_ptr_null (strchr (norm, '\r'));
    }
}
END_TEST

/* ### Options */

START_TEST (test_parse_size)
{
  static const struct { const char *text; guint64 bytes; } good[] = {
    { "512", 512 },
    { "5B", 5 },
    { "5b", 5 },
    { "1K", 1024 },
    { "1k", 1024 },
    { "500KB", 500 * 1024 },
    { "500kib", 500 * 1024 },
    { "3MiB", G_GUINT64_CONSTANT (3) * 1024 * 1024 },
    { "007", 7 },
    { "200M", G_GUINT64_CONSTANT (200) * 1024 * 1024 },
    { "200mb", G_GUINT64_CONSTANT (200) * 1024 * 1024 },
    { "2G", G_GUINT64_CONSTANT (2) * 1024 * 1024 * 1024 },
    { "18446744073709551615", G_MAXUINT64 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      guint64 n = 1;
      g_autoptr(GError) error = NULL;
      ck_assert_msg (px_parse_size (good[i].text, &n, &error), "%s: %s", good[i].text,
                     error != NULL ? error->message : "");
      ck_assert_uint_eq (n, good[i].bytes);
    }
}
END_TEST

START_TEST (test_parse_size_refusals)
{
  static const char *const bad[] = {
    "", "lots", "5X", "1K ", "1.5M", "5T", "99999999999999999999G", "18446744073709551616",
    "17179869184G", "-1K", "-5", "-1", "+5", " 5", "\t5", "5iB", "K", "KB", "5KBB", "5 K", "5Ki",
    "0x10", "0", "0K", "000",
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      guint64 n = 7;
      g_autoptr(GError) error = NULL;
      ck_assert_msg (!px_parse_size (bad[i], &n, &error), "'%s' accepted", bad[i]);
      g_autofree char *quoted = g_strdup_printf ("'%s' is not a size", bad[i]);
      px_test_assert_error (error, PX_ERROR_USAGE, quoted, NULL);
      ck_assert_uint_eq (n, 7);
    }
}
END_TEST

START_TEST (test_parse_size_zero_says_why)
{
  guint64 n = 7;
  g_autoptr(GError) error = NULL;
  ck_assert (!px_parse_size ("0M", &n, &error));
  px_test_assert_error (error, PX_ERROR_USAGE, "'0M' is not a size", "limit of 0 bytes", NULL);
  ck_assert_uint_eq (n, 7);
}
END_TEST

START_TEST (test_encoding_names)
{
  static const struct { const char *name; PxEncoding encoding; } names[] = {
    { "utf-8", PX_ENCODING_UTF8 }, { "UTF-8", PX_ENCODING_UTF8 }, { "utf8", PX_ENCODING_UTF8 },
    { "latin-1", PX_ENCODING_LATIN1 }, { "Latin1", PX_ENCODING_LATIN1 },
    { "ISO-8859-1", PX_ENCODING_LATIN1 }, { "windows-1252", PX_ENCODING_LATIN1 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      PxEncoding e = names[i].encoding == PX_ENCODING_UTF8 ? PX_ENCODING_LATIN1 : PX_ENCODING_UTF8;
      ck_assert_msg (px_encoding_from_string (names[i].name, &e, NULL), "%s", names[i].name);
      ck_assert_int_eq (e, names[i].encoding);
    }
  g_autoptr(GError) error = NULL;
  PxEncoding e;
  ck_assert (!px_encoding_from_string ("ebcdic", &e, &error));
  px_test_assert_error (error, PX_ERROR_USAGE,
                        "unknown encoding 'ebcdic' (expected utf-8 or latin-1)", NULL);
}
END_TEST

Suite *
px_test_ingest_suite (void)
{
  Suite *s = suite_create ("ingest");

  TCase *accepted = tcase_create ("normalise");
  tcase_add_test (accepted, test_ascii_is_one_copied_segment);
  tcase_add_test (accepted, test_valid_utf8_in_nfc_is_copied);
  tcase_add_test (accepted, test_bom_is_dropped_but_counted);
  tcase_add_test (accepted, test_line_ends);
  tcase_add_test (accepted, test_typography_is_folded);
  tcase_add_test (accepted, test_spaces_are_not_collapsed);
  tcase_add_test (accepted, test_nfc_composes_combining_marks);
  tcase_add_test (accepted, test_nfc_composes_class_zero_pairs);
  tcase_add_test (accepted, test_nfc_by_clusters_matches_whole_text_nfc);
  tcase_add_test (accepted, test_invisibles_are_removed);
  tcase_add_test (accepted, test_latin1_on_request);
  tcase_add_test (accepted, test_latin1_reads_a_bom_as_characters);
  tcase_add_test (accepted, test_latin1_refuses_undefined_bytes);
  suite_add_tcase (s, accepted);

  TCase *offsets = tcase_create ("offsets");
  tcase_add_test (offsets, test_documented_example_offsets);
  tcase_add_test (offsets, test_words_map_back_to_themselves);
  tcase_add_test (offsets, test_rewritten_characters_map_whole);
  tcase_add_test (offsets, test_dropped_characters_are_skipped);
  tcase_add_test (offsets, test_text_end_maps_to_original_end);
  tcase_add_test (offsets, test_segments_count_changes);
  tcase_add_test (offsets, test_corpus_offsets_are_monotonic);
  suite_add_tcase (s, offsets);

  TCase *refusals = tcase_create ("refusals");
  tcase_add_test (refusals, test_invalid_utf8_names_the_byte);
  tcase_add_test (refusals, test_invalid_utf8_after_bom);
  tcase_add_test (refusals, test_control_bytes);
  tcase_add_test (refusals, test_utf16_and_utf32_boms);
  tcase_add_test (refusals, test_latin1_reads_ff_fe_as_characters);
  tcase_add_test (refusals, test_empty_and_blank);
  tcase_add_test (refusals, test_size_limit);
  tcase_add_test (refusals, test_size_is_checked_first);
  suite_add_tcase (s, refusals);

  TCase *files = tcase_create ("files");
  tcase_add_test (files, test_load_a_file);
  tcase_add_test (files, test_missing_file);
  tcase_add_test (files, test_directory);
  tcase_add_test (files, test_device);
  tcase_add_test (files, test_file_over_limit);
  tcase_add_test (files, test_file_errors_name_the_file);
  tcase_add_test (files, test_corpus_files_load);
  suite_add_tcase (s, files);

  TCase *options = tcase_create ("options");
  tcase_add_test (options, test_parse_size);
  tcase_add_test (options, test_parse_size_refusals);
  tcase_add_test (options, test_parse_size_zero_says_why);
  tcase_add_test (options, test_encoding_names);
  suite_add_tcase (s, options);

  return s;
}

int
main (void)
{
  return px_test_run (px_test_ingest_suite ());
}
