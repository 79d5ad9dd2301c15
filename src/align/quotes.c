/* quotes.c: a quote searched in its source, with a verdict and a diff.
 *
 * The search goes from the strictest reading to the loosest, and stops at
 * the first that holds (docs/quote-fidelity.md):
 *
 * 1. exact: the quote's words, cut at its elisions into segments, found in
 *    order, each segment contiguous, each elision standing for at most
 *    elision_max_gap source words, none of it crossing from one range
 *    (title, body) into another: verbatim, or verbatim_with_elision;
 * 2. aligned: a statement (not a scare-quoted term) of altered_min_words
 *    words or more, aligned word by word with one passage of the source by
 *    a semi-global alignment (all of the quote, any stretch of the source),
 *    the passage holding at least altered_min_score of the quote's words in
 *    order: altered;
 * 3. otherwise absent, with an echo when the quote opens with the words
 *    that open a source sentence: a stock formula, not a quotation.
 *
 * Cost.  The exact search compares the quote at each source word and
 * almost always fails on the first word.  The alignment is quadratic, so
 * it only runs over windows that could hold a good enough passage: a
 * window of the source is kept when the words it shares with the quote, as
 * multisets, reach the minimum score, which no passage inside it can
 * exceed.  The windows are counted by sliding once over the source, so
 * a long source that shares little with the quote costs a linear pass.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "align/align-private.h"

/* Alignment scores.  A match outweighs the two edits it takes to reach
 * another one, so a passage with a word dropped here and there still
 * aligns; a substitution costs no more than one insertion, so "Japan" for
 * "It" reads as one replaced word, not as one dropped and one added. */
#define SCORE_MATCH 2
#define SCORE_MISMATCH (-1)
#define SCORE_GAP (-1)
/* Worth one matched word: enough to break a near tie in favour of a
 * passage that starts or ends where the quote shows a sentence does, never
 * enough to outweigh a word of difference in wording. */
#define SCORE_BOUNDARY 2

/* A compound cut by a quote ("hegemony" of "hegemony-seeking acts.") is
 * completed up to the end of its phrase when at most this many words are
 * left: the quote then dropped a short tail, which the diff shows. */
#define COMPOUND_TAIL_WORDS 3

const char *
px_verdict_name (PxVerdict verdict)
{
  static const char *const names[] = {
    [PX_VERDICT_VERBATIM] = "verbatim",
    [PX_VERDICT_VERBATIM_WITH_ELISION] = "verbatim_with_elision",
    [PX_VERDICT_ALTERED] = "altered",
    [PX_VERDICT_ABSENT] = "absent",
    [PX_VERDICT_ABSENT_OTHER_SPEAKER] = "absent_other_speaker",
  };
  g_return_val_if_fail ((guint) verdict < G_N_ELEMENTS (names), NULL);
  return names[verdict];
}

const char *
px_edit_kind_name (PxEditKind kind)
{
  static const char *const names[] = {
    [PX_EDIT_EQUAL] = "equal",
    [PX_EDIT_INSERT] = "insert",
    [PX_EDIT_DELETE] = "delete",
    [PX_EDIT_SUBSTITUTE] = "substitute",
    [PX_EDIT_ELISION] = "elision",
  };
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (names), NULL);
  return names[kind];
}

void
px_quote_match_clear (PxQuoteMatch *match)
{
  if (match == NULL)
    return;
  g_clear_pointer (&match->diff, g_array_unref);
  *match = (PxQuoteMatch) { .verdict = PX_VERDICT_ABSENT };
}

/* ### The search's state */

typedef struct {
  const PxCompareRules *rules;
  const PxAlignToken *quote;
  guint n_quote;
  const PxAlignToken *source;
  guint n_source;
  guint n_words;            /* the quote's tokens, elisions aside */
  guint n_elisions;
  gboolean opens;           /* the quote reads as a sentence's start (its
                               first word is capitalised)... */
  gboolean closes;          /* ...and end (its last word is followed by a stop) */
  guint *range_end;         /* (owned) range_end[i]: where the range (title,
                               body) holding source[i] ends */
} Search;

static void
search_clear (Search *search)
{
  g_clear_pointer (&search->range_end, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Search, search_clear)

static gboolean
is_elision (const PxAlignToken *token)
{
  return (token->flags & PX_ALIGN_ELISION) != 0;
}

/* Whether two tokens are the same word; an elision is no word. */
static gboolean
same_word (const PxAlignToken *a, const PxAlignToken *b)
{
  return a->key == b->key && !is_elision (a) && !is_elision (b);
}

/* Whether a sentence, or a range, starts at source[@i]. */
static gboolean
starts_sentence (const Search *search, guint i)
{
  return i == 0
         || (i < search->n_source
             && (search->source[i].flags & (PX_ALIGN_SENTENCE_START | PX_ALIGN_BREAK)));
}

/* Whether a sentence ends right before source[@i] (@i: an end, exclusive). */
static gboolean
ends_sentence (const Search *search, guint i)
{
  return i == search->n_source || starts_sentence (search, i);
}

static void
search_init (Search *search, const PxCompareRules *rules, const PxAlignToken *quote,
             guint n_quote, const PxAlignToken *source, guint n_source)
{
  *search = (Search) { rules, quote, n_quote, source, n_source, 0, 0, FALSE, FALSE, NULL };
  const PxAlignToken *last = NULL;
  for (guint j = 0; j < n_quote; j++)
    {
      if (is_elision (&quote[j]))
        {
          search->n_elisions++;
          continue;
        }
      if (search->n_words++ == 0)
        search->opens = (quote[j].flags & PX_ALIGN_CAPITALISED) != 0;
      last = &quote[j];
    }
  search->closes = last != NULL && (last->flags & PX_ALIGN_SENTENCE_END);
  search->range_end = g_new (guint, n_source + 1);
  search->range_end[n_source] = n_source;
  for (guint i = n_source; i-- > 0;)
    search->range_end[i] = (i + 1 < n_source && (source[i + 1].flags & PX_ALIGN_BREAK))
                           ? i + 1 : search->range_end[i + 1];
}

/* ### Diffs
 *
 * An alignment is first a list of runs of token indices, which makes
 * merging and extending them simple; the spans come last. */

typedef struct {
  PxEditKind kind;
  guint q0, q1;             /* quote tokens [q0, q1) */
  guint s0, s1;             /* source tokens [s0, s1) */
} Run;

static void
push_run (GArray *runs, PxEditKind kind, guint q0, guint q1, guint s0, guint s1)
{
  Run run = { kind, q0, q1, s0, s1 };
  g_array_append_val (runs, run);
}

/* The kind of a run of edits other than equal words and elisions. */
static PxEditKind
change_kind (const Run *run)
{
  if (run->q0 == run->q1)
    return PX_EDIT_DELETE;
  if (run->s0 == run->s1)
    return PX_EDIT_INSERT;
  return PX_EDIT_SUBSTITUTE;
}

static gboolean
is_change (PxEditKind kind)
{
  return kind == PX_EDIT_INSERT || kind == PX_EDIT_DELETE || kind == PX_EDIT_SUBSTITUTE;
}

/* Adjacent runs of one kind become one; adjacent insertions, deletions and
 * substitutions become one change, since "X Y" in place of "Z" reads as
 * one replacement however the alignment split it.  Elisions stay apart:
 * each stands for its own "...". */
static GArray *
merge_runs (const GArray *runs)
{
  GArray *merged = g_array_new (FALSE, FALSE, sizeof (Run));
  for (guint k = 0; k < runs->len; k++)
    {
      const Run *run = &g_array_index (runs, Run, k);
      Run *last = merged->len ? &g_array_index (merged, Run, merged->len - 1) : NULL;
      gboolean joins = last != NULL
                       && ((last->kind == PX_EDIT_EQUAL && run->kind == PX_EDIT_EQUAL)
                           || (is_change (last->kind) && is_change (run->kind)));
      if (!joins)
        {
          g_array_append_val (merged, *run);
          continue;
        }
      last->q1 = run->q1;
      last->s1 = run->s1;
      if (is_change (last->kind))
        last->kind = change_kind (last);
    }
  return merged;
}

/* The span of @tokens [@first, @end), or, when that is empty, a zero-length
 * span where its words would be: after the token before, unless that one
 * is outside the passage, which starts at @lo. */
static PxSpan
run_span (const PxAlignToken *tokens, guint n, guint lo, guint first, guint end)
{
  if (first < end)
    return (PxSpan) { tokens[first].span.start, tokens[end - 1].span.end };
  gsize at = 0;
  if (first > lo && first > 0)
    at = tokens[first - 1].span.end;
  else if (first < n)
    at = tokens[first].span.start;
  else if (n > 0)
    at = tokens[n - 1].span.end;
  return (PxSpan) { at, at };
}

/* The diff of @runs, the source side's passage starting at @s_lo.
 * (transfer full) (element-type PxEdit) */
static GArray *
runs_to_diff (const Search *search, const GArray *runs, guint s_lo)
{
  g_autoptr(GArray) merged = merge_runs (runs);
  GArray *diff = g_array_sized_new (FALSE, FALSE, sizeof (PxEdit), merged->len);
  for (guint k = 0; k < merged->len; k++)
    {
      const Run *run = &g_array_index (merged, Run, k);
      PxEdit edit = {
        run->kind,
        run_span (search->quote, search->n_quote, 0, run->q0, run->q1),
        run_span (search->source, search->n_source, s_lo, run->s0, run->s1),
      };
      g_array_append_val (diff, edit);
    }
  return diff;
}

static PxSpan
passage_span (const Search *search, guint s0, guint s1)
{
  return run_span (search->source, search->n_source, s0, s0, s1);
}

/* ### Exact search: verbatim, with or without elisions */

/* A run of the quote's words between elisions: quote tokens [first, end). */
typedef struct {
  guint first, end;
} Segment;

static GArray *
quote_segments (const Search *search)
{
  GArray *segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  for (guint j = 0; j < search->n_quote;)
    {
      if (is_elision (&search->quote[j]))
        {
          j++;
          continue;
        }
      Segment segment = { j, j };
      while (segment.end < search->n_quote && !is_elision (&search->quote[segment.end]))
        segment.end++;
      g_array_append_val (segments, segment);
      j = segment.end;
    }
  return segments;
}

/* Whether @segment's words are the source's from @i on, in one range. */
static gboolean
segment_at (const Search *search, const Segment *segment, guint i)
{
  guint n = segment->end - segment->first;
  if (i + n > search->range_end[i])
    return FALSE;
  for (guint k = 0; k < n; k++)
    if (!same_word (&search->source[i + k], &search->quote[segment->first + k]))
      return FALSE;
  return TRUE;
}

/* An occurrence of a segment, and the occurrence of the segment before it
 * that it follows, if any. */
typedef struct {
  guint start;
  gint previous;            /* index into the previous segment's occurrences;
                               -1: none within reach (or the first segment) */
  gboolean reachable;
} Occurrence;

/* The number of occurrences in @occurrences (sorted by start) that end,
 * @len words on, at or before @start. */
static guint
count_ending_by (const GArray *occurrences, guint len, guint start)
{
  guint lo = 0, hi = occurrences->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (g_array_index (occurrences, Occurrence, mid).start + len <= start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The occurrence of the previous segment (@before, of @before_len words)
 * closest before @start, within the elision's reach and the same range.
 * A binary search first, so that a common segment ("the") costs a
 * logarithm per occurrence, not a scan. */
static gint
closest_before (const Search *search, const GArray *before, guint before_len, guint start)
{
  for (guint k = count_ending_by (before, before_len, start); k-- > 0;)
    {
      const Occurrence *occ = &g_array_index (before, Occurrence, k);
      if (start - (occ->start + before_len) > search->rules->elision_max_gap)
        return -1;
      if (occ->reachable && start < search->range_end[occ->start])
        return (gint) k;
    }
  return -1;
}

/* Every occurrence of each segment, linked to the closest reachable
 * occurrence of the segment before.  (element-type GArray of Occurrence) */
static GPtrArray *
find_occurrences (const Search *search, const GArray *segments)
{
  GPtrArray *all = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint k = 0; k < segments->len; k++)
    {
      const Segment *segment = &g_array_index (segments, Segment, k);
      GArray *found = g_array_new (FALSE, FALSE, sizeof (Occurrence));
      for (guint i = 0; i < search->n_source; i++)
        {
          if (!segment_at (search, segment, i))
            continue;
          Occurrence occ = { i, -1, k == 0 };
          if (k > 0)
            {
              const Segment *prev = &g_array_index (segments, Segment, k - 1);
              occ.previous = closest_before (search, g_ptr_array_index (all, k - 1),
                                             prev->end - prev->first, i);
              occ.reachable = occ.previous >= 0;
            }
          g_array_append_val (found, occ);
        }
      g_ptr_array_add (all, found);
    }
  return all;
}

/* How many ends of the passage [@s0, @s1) are sentence boundaries. */
static guint
boundaries_agree (const Search *search, guint s0, guint s1)
{
  return (guint) starts_sentence (search, s0) + (guint) ends_sentence (search, s1);
}

/* The chain's source starts, one per segment, from its last occurrence. */
static void
chain_starts (const GPtrArray *occurrences, guint last, guint *starts)
{
  gint k = (gint) last;
  for (guint seg = occurrences->len; seg-- > 0;)
    {
      const Occurrence *occ = &g_array_index ((GArray *) g_ptr_array_index (occurrences, seg),
                                              Occurrence, k);
      starts[seg] = occ->start;
      k = occ->previous;
    }
}

/* The runs of an exact match: equal segments, elisions between. */
static GArray *
exact_runs (const Search *search, const GArray *segments, const guint *starts)
{
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));
  const Segment *first = &g_array_index (segments, Segment, 0);
  guint q = 0, s = starts[0];
  if (first->first > 0)
    push_run (runs, PX_EDIT_ELISION, 0, first->first, s, s);
  for (guint k = 0; k < segments->len; k++)
    {
      const Segment *segment = &g_array_index (segments, Segment, k);
      guint n = segment->end - segment->first;
      if (k > 0)
        push_run (runs, PX_EDIT_ELISION, q, segment->first, s, starts[k]);
      push_run (runs, PX_EDIT_EQUAL, segment->first, segment->end, starts[k], starts[k] + n);
      q = segment->end;
      s = starts[k] + n;
    }
  if (q < search->n_quote)
    push_run (runs, PX_EDIT_ELISION, q, search->n_quote, s, s);
  return runs;
}

/* Among the chains that reach the last segment, the one whose ends agree
 * with sentence boundaries, then the earliest; FALSE if none does. */
static gboolean
best_chain (const Search *search, const GArray *segments, const GPtrArray *occurrences,
            guint *starts)
{
  const GArray *last = g_ptr_array_index (occurrences, occurrences->len - 1);
  const Segment *last_segment = &g_array_index (segments, Segment, segments->len - 1);
  g_autofree guint *candidate = g_new (guint, segments->len);
  gint best_agree = -1;
  for (guint k = 0; k < last->len; k++)
    {
      const Occurrence *occ = &g_array_index (last, Occurrence, k);
      if (!occ->reachable)
        continue;
      chain_starts (occurrences, k, candidate);
      guint end = occ->start + last_segment->end - last_segment->first;
      gint agree = (gint) boundaries_agree (search, candidate[0], end);
      if (agree > best_agree)
        {
          best_agree = agree;
          memcpy (starts, candidate, segments->len * sizeof (guint));
        }
    }
  return best_agree >= 0;
}

static gboolean
find_exact (const Search *search, PxQuoteMatch *out)
{
  g_autoptr(GArray) segments = quote_segments (search);
  if (segments->len == 0)
    return FALSE;
  g_autoptr(GPtrArray) occurrences = find_occurrences (search, segments);
  g_autofree guint *starts = g_new (guint, segments->len);
  if (!best_chain (search, segments, occurrences, starts))
    return FALSE;

  const Segment *last = &g_array_index (segments, Segment, segments->len - 1);
  guint s0 = starts[0], s1 = starts[segments->len - 1] + last->end - last->first;
  g_autoptr(GArray) runs = exact_runs (search, segments, starts);
  out->verdict = search->n_elisions > 0 ? PX_VERDICT_VERBATIM_WITH_ELISION
                                        : PX_VERDICT_VERBATIM;
  out->source = passage_span (search, s0, s1);
  out->score = 1.0;
  out->diff = runs_to_diff (search, runs, s0);
  return TRUE;
}

/* ### Where an alignment may be: windows of the source */

/* One of the quote's distinct words, and how often the quote has it. */
typedef struct {
  guint64 key;
  guint count;
} BagEntry;

static gint
compare_bag_entries (gconstpointer a, gconstpointer b)
{
  guint64 ka = ((const BagEntry *) a)->key, kb = ((const BagEntry *) b)->key;
  return (ka > kb) - (ka < kb);
}

/* The quote's words as a multiset, sorted by key. */
static GArray *
quote_bag (const Search *search)
{
  GArray *bag = g_array_new (FALSE, FALSE, sizeof (BagEntry));
  for (guint j = 0; j < search->n_quote; j++)
    if (!is_elision (&search->quote[j]))
      {
        BagEntry entry = { search->quote[j].key, 1 };
        g_array_append_val (bag, entry);
      }
  g_array_sort (bag, compare_bag_entries);
  guint w = 0;
  for (guint r = 0; r < bag->len; r++)
    {
      BagEntry *entry = &g_array_index (bag, BagEntry, r);
      BagEntry *last = w > 0 ? &g_array_index (bag, BagEntry, w - 1) : NULL;
      if (last != NULL && last->key == entry->key)
        last->count++;
      else
        g_array_index (bag, BagEntry, w++) = *entry;
    }
  g_array_set_size (bag, w);
  return bag;
}

#define BAG_FILTER_BITS 4096

static guint
bag_filter_bit (guint64 key)
{
  return (guint) ((key ^ (key >> 32)) & (BAG_FILTER_BITS - 1));
}

/* The index in @bag of @token's word, or -1. */
static gint
bag_index (const GArray *bag, const PxAlignToken *token)
{
  if (is_elision (token) || bag->len == 0)
    return -1;
  BagEntry probe = { token->key, 0 };
  const BagEntry *found = bsearch (&probe, bag->data, bag->len, sizeof (BagEntry),
                                   compare_bag_entries);
  return found != NULL ? (gint) (found - (const BagEntry *) (gpointer) bag->data) : -1;
}

/* Source tokens [start, end), in one range. */
typedef struct {
  guint start, end;
} Piece;

static void
add_piece (GArray *pieces, guint start, guint end)
{
  Piece *last = pieces->len ? &g_array_index (pieces, Piece, pieces->len - 1) : NULL;
  if (last != NULL && start <= last->end)
    last->end = MAX (last->end, end);
  else
    g_array_append_val (pieces, ((Piece) { start, end }));
}

/* The words of the quote a passage must match to be graded altered. */
static guint
altered_min_matches (const Search *search)
{
  /* Rounded up, but the epsilon keeps 0.6 * 5 from rounding up to 4. */
  double share = search->rules->altered_min_score * search->n_words - 1e-9;
  guint need = (guint) MAX (share, 0.0);
  if ((double) need < share)
    need++;
  return MAX (need, 1u);
}

/* A sliding count of the words a window of the source shares with the
 * quote, as multisets: an upper bound on the words any passage inside the
 * window can match. */
typedef struct {
  const GArray *bag;
  const gint *index;        /* bag index of each source token, or -1 */
  guint *count;             /* the window's count of each bag entry */
  guint shared;
} Window;

static void
window_add (Window *window, guint i)
{
  gint b = window->index[i];
  if (b < 0)
    return;
  if (window->count[b] < g_array_index (window->bag, BagEntry, b).count)
    window->shared++;
  window->count[b]++;
}

static void
window_remove (Window *window, guint i)
{
  gint b = window->index[i];
  if (b < 0)
    return;
  window->count[b]--;
  if (window->count[b] < g_array_index (window->bag, BagEntry, b).count)
    window->shared--;
}

/* @pieces cut where a range (title, body) starts: a passage is in one. */
static GArray *
split_at_breaks (const Search *search, const GArray *pieces)
{
  GArray *split = g_array_new (FALSE, FALSE, sizeof (Piece));
  for (guint k = 0; k < pieces->len; k++)
    {
      Piece piece = g_array_index (pieces, Piece, k);
      while (piece.start < piece.end)
        {
          guint end = MIN (piece.end, search->range_end[piece.start]);
          g_array_append_val (split, ((Piece) { piece.start, end }));
          piece.start = end;
        }
    }
  return split;
}

/* The stretches of the source where an altered passage may be: the union
 * of the windows that share enough words with the quote.  A window is as
 * long as the quote plus as many dropped words, plus what its elisions
 * may stand for: an alignment dropping more would not score. */
static GArray *
candidate_pieces (const Search *search)
{
  g_autoptr(GArray) bag = quote_bag (search);
  /* Most source words are not the quote's: a bit per (folded) key rules
   * them out before the binary search. */
  guint64 filter[BAG_FILTER_BITS / 64] = { 0 };
  for (guint b = 0; b < bag->len; b++)
    {
      guint bit = bag_filter_bit (g_array_index (bag, BagEntry, b).key);
      filter[bit / 64] |= G_GUINT64_CONSTANT (1) << (bit % 64);
    }
  g_autofree gint *index = g_new (gint, search->n_source);
  for (guint i = 0; i < search->n_source; i++)
    {
      guint bit = bag_filter_bit (search->source[i].key);
      index[i] = (filter[bit / 64] >> (bit % 64)) & 1 ? bag_index (bag, &search->source[i]) : -1;
    }
  g_autofree guint *count = g_new0 (guint, MAX (bag->len, 1));
  Window window = { bag, index, count, 0 };

  guint length = 2 * search->n_words + search->n_elisions * search->rules->elision_max_gap;
  guint need = altered_min_matches (search);
  guint last = search->n_source > length ? search->n_source - length : 0;
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  for (guint p = 0, right = 0; p <= last; p++)
    {
      guint stop = MIN (p + length, search->n_source);
      for (; right < stop; right++)
        window_add (&window, right);
      if (window.shared >= need)
        add_piece (pieces, p, stop);
      window_remove (&window, p);
    }
  return split_at_breaks (search, pieces);
}

/* ### Alignment: a semi-global dynamic programme over one piece
 *
 * score[i][j]: the best alignment of the quote's first j tokens ending
 * right before the piece's i-th word, having started anywhere before.
 * Column 0 costs nothing (a passage starts anywhere), and the best cell of
 * the last column is the passage's end (it ends anywhere).  An elision
 * column skips up to elision_max_gap source words for free. */

enum {
  STEP_START,
  STEP_DIAGONAL,
  STEP_INSERT,
  STEP_DELETE,
  STEP_ELIDE,               /* the skipped words' count is in the bits above */
};
#define STEP_BITS 3
#define STEP_MASK ((1u << STEP_BITS) - 1)

typedef struct {
  const Search *search;
  guint first;              /* the piece's first source token */
  guint len;                /* its length */
  guint cols;               /* n_quote + 1 */
  gint *score;              /* (owned) (len + 1) * cols */
  guint32 *back;            /* (owned) the step that reached each cell */
} Matrix;

static void
matrix_clear (Matrix *mx)
{
  g_clear_pointer (&mx->score, g_free);
  g_clear_pointer (&mx->back, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Matrix, matrix_clear)

/* The tie-break of passages that agree with the quote's sentence shape:
 * a quote that opens with a capital letter reads as a sentence's start,
 * one that ends with a stop as a sentence's end. */
static gint
start_bonus (const Matrix *mx, guint i)
{
  return mx->search->opens && i < mx->len && starts_sentence (mx->search, mx->first + i)
         ? SCORE_BOUNDARY : 0;
}

static gint
end_bonus (const Matrix *mx, guint i)
{
  return mx->search->closes && ends_sentence (mx->search, mx->first + i) ? SCORE_BOUNDARY : 0;
}

static void
fill_elision (Matrix *mx, guint i, guint j)
{
  guint reach = MIN (i, mx->search->rules->elision_max_gap);
  gsize at = (gsize) i * mx->cols + j;
  gint best = mx->score[at - 1];
  guint skipped = 0;
  for (guint g = 1; g <= reach; g++)
    {
      gint s = mx->score[(gsize) (i - g) * mx->cols + j - 1];
      if (s > best)
        best = s, skipped = g;
    }
  mx->score[at] = best;
  mx->back[at] = STEP_ELIDE | (skipped << STEP_BITS);
}

static void
fill_cell (Matrix *mx, guint i, guint j)
{
  gsize at = (gsize) i * mx->cols + j;
  if (j == 0)
    {
      mx->score[at] = start_bonus (mx, i);
      mx->back[at] = STEP_START;
      return;
    }
  const PxAlignToken *word = &mx->search->quote[j - 1];
  if (is_elision (word))
    {
      fill_elision (mx, i, j);
      return;
    }
  gint best = mx->score[at - 1] + SCORE_GAP;
  guint32 step = STEP_INSERT;
  if (i > 0)
    {
      gboolean match = same_word (&mx->search->source[mx->first + i - 1], word);
      gint diagonal = mx->score[at - mx->cols - 1] + (match ? SCORE_MATCH : SCORE_MISMATCH);
      gint delete = mx->score[at - mx->cols] + SCORE_GAP;
      if (diagonal >= best)
        best = diagonal, step = STEP_DIAGONAL;
      if (delete > best)
        best = delete, step = STEP_DELETE;
    }
  mx->score[at] = best;
  mx->back[at] = step;
}

/* The runs of the alignment ending at row @i of the last column; @s0 gets
 * the passage's first source token. */
static GArray *
trace_back (const Matrix *mx, guint i, guint *s0)
{
  const Search *search = mx->search;
  GArray *reversed = g_array_new (FALSE, FALSE, sizeof (Run));
  guint j = search->n_quote, s = mx->first + i;
  while (j > 0)
    {
      guint32 back = mx->back[(gsize) i * mx->cols + j];
      switch (back & STEP_MASK)
        {
        case STEP_DIAGONAL:
          push_run (reversed,
                    same_word (&search->source[s - 1], &search->quote[j - 1]) ? PX_EDIT_EQUAL
                                                                             : PX_EDIT_SUBSTITUTE,
                    j - 1, j, s - 1, s);
          i--, j--, s--;
          break;
        case STEP_INSERT:
          push_run (reversed, PX_EDIT_INSERT, j - 1, j, s, s);
          j--;
          break;
        case STEP_DELETE:
          push_run (reversed, PX_EDIT_DELETE, j, j, s - 1, s);
          i--, s--;
          break;
        case STEP_ELIDE:
          {
            guint skipped = back >> STEP_BITS;
            push_run (reversed, PX_EDIT_ELISION, j - 1, j, s - skipped, s);
            i -= skipped, s -= skipped, j--;
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  *s0 = s;
  GArray *runs = g_array_sized_new (FALSE, FALSE, sizeof (Run), reversed->len);
  for (guint k = reversed->len; k-- > 0;)
    g_array_append_val (runs, g_array_index (reversed, Run, k));
  g_array_unref (reversed);
  return runs;
}

/* The best alignment found so far. */
typedef struct {
  gint score;               /* with the boundary tie-breaks */
  guint s0, s1;             /* the passage: source tokens [s0, s1) */
  GArray *runs;             /* (owned) (element-type Run) */
} Alignment;

static void
alignment_clear (Alignment *alignment)
{
  g_clear_pointer (&alignment->runs, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Alignment, alignment_clear)

/* Aligns the quote with @piece; keeps it in @best if it scores higher
 * (on a tie the earlier passage, found first, stays). */
static void
align_piece (const Search *search, Piece piece, Alignment *best)
{
  g_auto(Matrix) mx = {
    search, piece.start, piece.end - piece.start, search->n_quote + 1, NULL, NULL,
  };
  gsize cells = (gsize) (mx.len + 1) * mx.cols;
  mx.score = g_new (gint, cells);
  mx.back = g_new (guint32, cells);
  for (guint i = 0; i <= mx.len; i++)
    for (guint j = 0; j < mx.cols; j++)
      fill_cell (&mx, i, j);

  guint end = 0;
  gint top = G_MININT;
  for (guint i = 0; i <= mx.len; i++)
    {
      gint s = mx.score[(gsize) i * mx.cols + search->n_quote] + end_bonus (&mx, i);
      if (s > top)
        top = s, end = i;
    }
  if (best->runs != NULL && top <= best->score)
    return;
  alignment_clear (best);
  best->score = top;
  best->s1 = piece.start + end;
  best->runs = trace_back (&mx, end, &best->s0);
}

/* ### Compounds cut by a quote
 *
 * A quote that stops inside a hyphenated compound ("... military
 * hegemony" of "military hegemony-seeking acts.") has dropped the rest of
 * it, and with it usually the words that finish the phrase.  An altered
 * quote's passage is extended through the compound, and on to the end of
 * the phrase (a comma, a stop, the end of the sentence) when at most
 * COMPOUND_TAIL_WORDS words remain; the words it gains are shown deleted.
 * The same holds at the start, for a quote that starts inside a compound. */

/* Whether a phrase starts at source[@i]. */
static gboolean
starts_phrase (const Search *search, guint i)
{
  return starts_sentence (search, i) || (search->source[i - 1].flags & PX_ALIGN_PHRASE_END);
}

/* Whether a phrase ends right before source[@i]. */
static gboolean
ends_phrase (const Search *search, guint i)
{
  return ends_sentence (search, i) || (search->source[i - 1].flags & PX_ALIGN_PHRASE_END);
}

/* Where the passage ending before @end ends once its cut compound, and a
 * short rest of the phrase, are added. */
static guint
compound_tail_end (const Search *search, guint end)
{
  if (end == 0 || ends_sentence (search, end)
      || !(search->source[end].flags & PX_ALIGN_HYPHENATED))
    return end;
  guint e = end + 1;
  while (!ends_sentence (search, e) && (search->source[e].flags & PX_ALIGN_HYPHENATED))
    e++;
  /* ends_phrase() holds at the source's end, so t stays inside it. */
  for (guint t = e; t <= e + COMPOUND_TAIL_WORDS; t++)
    if (ends_phrase (search, t))
      return t;
  return e;
}

/* The same at the passage's start, @start. */
static guint
compound_head_start (const Search *search, guint start)
{
  if (start >= search->n_source || starts_sentence (search, start)
      || !(search->source[start].flags & PX_ALIGN_HYPHENATED))
    return start;
  guint b = start - 1;
  while (!starts_sentence (search, b) && (search->source[b].flags & PX_ALIGN_HYPHENATED))
    b--;
  /* starts_phrase() holds at 0, so the subtraction stays above it. */
  for (guint back = 0; back <= COMPOUND_TAIL_WORDS; back++)
    if (starts_phrase (search, b - back))
      return b - back;
  return b;
}

static void
complete_compounds (const Search *search, Alignment *alignment)
{
  guint s0 = compound_head_start (search, alignment->s0);
  guint s1 = compound_tail_end (search, alignment->s1);
  if (s0 < alignment->s0)
    {
      Run head = { PX_EDIT_DELETE, 0, 0, s0, alignment->s0 };
      g_array_prepend_val (alignment->runs, head);
      alignment->s0 = s0;
    }
  if (s1 > alignment->s1)
    {
      push_run (alignment->runs, PX_EDIT_DELETE, search->n_quote, search->n_quote,
                alignment->s1, s1);
      alignment->s1 = s1;
    }
}

static guint
count_equal_words (const GArray *runs)
{
  guint n = 0;
  for (guint k = 0; k < runs->len; k++)
    {
      const Run *run = &g_array_index (runs, Run, k);
      if (run->kind == PX_EDIT_EQUAL)
        n += run->q1 - run->q0;
    }
  return n;
}

static gboolean
find_altered (const Search *search, PxQuoteMatch *out)
{
  g_autoptr(GArray) pieces = candidate_pieces (search);
  g_auto(Alignment) best = { G_MININT, 0, 0, NULL };
  for (guint k = 0; k < pieces->len; k++)
    align_piece (search, g_array_index (pieces, Piece, k), &best);
  if (best.runs == NULL)
    return FALSE;
  guint matched = count_equal_words (best.runs);
  if (matched < altered_min_matches (search))
    return FALSE;
  complete_compounds (search, &best);
  out->verdict = PX_VERDICT_ALTERED;
  out->source = passage_span (search, best.s0, best.s1);
  out->score = (double) matched / search->n_words;
  out->diff = runs_to_diff (search, best.runs, best.s0);
  return TRUE;
}

/* ### Echoes */

/* The longest run of words opening both the quote and a source sentence;
 * an echo when it reaches echo_min_words (0 turns echoes off). */
static void
find_echo (const Search *search, PxQuoteMatch *out)
{
  guint longest = 0, at = 0;
  for (guint i = 0; i < search->n_source; i++)
    {
      if (!starts_sentence (search, i))
        continue;
      guint k = 0;
      while (k < search->n_quote && i + k < search->range_end[i]
             && same_word (&search->source[i + k], &search->quote[k]))
        k++;
      if (k > longest)
        longest = k, at = i;
    }
  guint need = search->rules->echo_min_words;
  if (need == 0 || longest < need)
    return;
  out->echo = TRUE;
  out->echo_source = passage_span (search, at, at + longest);
}

/* ### The search */

void
px_align_quote (const PxCompareRules *rules, const PxAlignToken *quote, guint n_quote,
                gboolean term, const PxAlignToken *source, guint n_source, PxQuoteMatch *out)
{
  g_return_if_fail (rules != NULL);
  g_return_if_fail (quote != NULL || n_quote == 0);
  g_return_if_fail (source != NULL || n_source == 0);
  g_return_if_fail (out != NULL);

  *out = (PxQuoteMatch) { .verdict = PX_VERDICT_ABSENT };
  g_auto(Search) search = { 0 };
  search_init (&search, rules, quote, n_quote, source, n_source);
  if (search.n_words == 0 || n_source == 0)
    return;
  if (find_exact (&search, out))
    return;
  /* Two or three words in common prove nothing, and a scare-quoted term
   * is the source's phrase or not: neither is ever graded altered. */
  if (!term && search.n_words >= rules->altered_min_words && find_altered (&search, out))
    return;
  find_echo (&search, out);
}
