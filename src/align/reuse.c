/* reuse.c: the passages documents share, among many documents at once.
 *
 * Comparing every pair of N documents word by word costs N^2/2 alignments;
 * almost all of them find nothing.  So reuse is found in two steps
 * (docs/reuse.md):
 *
 * 1. Candidates.  A shingle is a run of rules->shingle_words tokens, hashed
 *    to 64 bits.  An inverted index maps every shingle found in two or more
 *    documents to the sorted list of those documents (its postings).  For
 *    each document a, its shingles are looked up in order, and a later
 *    document b becomes a candidate once it holds the shingles of
 *    min_passage_words - shingle_words + 1 consecutive positions of a: what
 *    any passage of min_passage_words tokens gives.  Stock phrases a little
 *    shorter than a passage, which many articles share, never do.
 *    Shingles in more than MAX_SHINGLE_DOCUMENTS documents are boilerplate
 *    and left out of the index: they would cost the square of their
 *    document count.  A pair is then missed only if none of its passages
 *    has enough consecutive shingles outside the boilerplate; once a
 *    candidate, the pair is aligned in full, boilerplate included.
 *
 * 2. Verification.  Each candidate pair is aligned exactly: every maximal
 *    run of identical keys (from a shared shingle where the tokens before
 *    differ, extended forward) of at least
 *    min_passage_words tokens is a possible passage, and greedy string
 *    tiling keeps the longest first, each token used at most once per
 *    side, so a paragraph printed twice in one document counts once.
 *
 * Invariants: an elision token matches nothing (the words it stands for
 * are unknown), so no shingle and no passage holds one.  The output does not
 * depend on the number of threads: each document's pairs are computed by
 * one thread into their own array, and the arrays are joined in document
 * order.  The index is built in slices of the hash space so that its
 * transient array never exceeds SLICE_ENTRIES entries; what stays is only
 * the shingles shared by two or more documents.
 */
#include "config.h"

#include <string.h>

#include "align/align-private.h"

/* A shingle's hash when its window holds an elision: never indexed. */
#define NO_SHINGLE G_GUINT64_CONSTANT (0)

/* Shingles in more documents than this are boilerplate (see above). */
#define MAX_SHINGLE_DOCUMENTS 1000

/* (hash, document) entries sorted at once while building the index: 32 MiB. */
#define SLICE_ENTRIES (1u << 21)

/* The index's keys are found through a directory on their top bits. */
#define DIRECTORY_BITS 16

/* Documents a worker takes at a time: few enough to balance the load,
 * since the first documents have the most later documents to compare. */
#define WORKER_CHUNK 4

#define NO_POSITION G_MAXUINT32

void
px_reuse_pair_clear (PxReusePair *pair)
{
  g_clear_pointer (&pair->passages, g_array_unref);
}

static const PxAlignToken *
token_at (const GArray *tokens, guint i)
{
  return &g_array_index (tokens, PxAlignToken, i);
}

static gboolean
same_word (const PxAlignToken *x, const PxAlignToken *y)
{
  return x->key == y->key && !((x->flags | y->flags) & PX_ALIGN_ELISION);
}

/* The words of a document (its tokens but elisions): the denominator of
 * its reuse ratio. */
static guint
count_words (const GArray *tokens)
{
  guint words = 0;
  for (guint i = 0; i < tokens->len; i++)
    words += !(token_at (tokens, i)->flags & PX_ALIGN_ELISION);
  return words;
}

/* ### Shingles */

/* Spreads the bits of @h (the finaliser of SplitMix64): the index's
 * directory and slices read the top bits, which must be uniform. */
static guint64
mix64 (guint64 h)
{
  h ^= h >> 30;
  h *= G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  h ^= h >> 27;
  h *= G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return h ^ (h >> 31);
}

static guint
n_windows (const GArray *tokens, guint k)
{
  return tokens->len >= k ? tokens->len - k + 1 : 0;
}

/* Sets @out (element-type guint64) to the hash of the @k tokens starting at
 * each position of @tokens, NO_SHINGLE where the window holds an elision. */
static void
shingle_hashes (const GArray *tokens, guint k, GArray *out)
{
  guint n = n_windows (tokens, k);
  g_array_set_size (out, n);
  for (guint i = 0; i < n; i++)
    {
      guint64 h = G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
      for (guint t = 0; t < k && h != NO_SHINGLE; t++)
        {
          const PxAlignToken *token = token_at (tokens, i + t);
          h = (token->flags & PX_ALIGN_ELISION) ? NO_SHINGLE
                                                : (h ^ token->key) * G_GUINT64_CONSTANT (0x100000001b3);
        }
      if (h != NO_SHINGLE)
        {
          h = mix64 (h);
          h += h == NO_SHINGLE;
        }
      g_array_index (out, guint64, i) = h;
    }
}

/* ### The inverted index */

typedef struct {
  GArray *keys;             /* (element-type guint64) shingles in 2+ documents, ascending */
  GArray *starts;           /* (element-type guint32) keys->len + 1: key i's postings are
                               postings[starts[i] .. starts[i + 1]) */
  GArray *postings;         /* (element-type guint32) documents, ascending per key */
  guint32 directory[(1u << DIRECTORY_BITS) + 1]; /* keys with top bits t:
                                                    [directory[t], directory[t + 1]) */
} Index;

typedef struct {
  guint64 hash;
  guint32 doc;
} Entry;

static void
index_free (Index *index)
{
  g_array_unref (index->keys);
  g_array_unref (index->starts);
  g_array_unref (index->postings);
  g_free (index);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Index, index_free)

/* Sorts @entries by (hash, document).  They come in document order, so a
 * stable sort by hash is enough: a least-significant-digit radix sort,
 * a byte at a time, skipping the bytes every entry shares. */
static void
sort_entries (GArray *entries, GArray *scratch)
{
  guint n = entries->len;
  g_array_set_size (scratch, n);
  Entry *from = (Entry *) (void *) entries->data, *to = (Entry *) (void *) scratch->data;
  guint counts[8][256] = { { 0 } };
  for (guint i = 0; i < n; i++)
    for (guint byte = 0; byte < 8; byte++)
      counts[byte][(from[i].hash >> (8 * byte)) & 0xff]++;
  for (guint byte = 0; byte < 8; byte++)
    {
      guint *count = counts[byte];
      if (n == 0 || count[(from[0].hash >> (8 * byte)) & 0xff] == n)
        continue;
      guint start = 0;
      for (guint v = 0; v < 256; v++)
        {
          guint c = count[v];
          count[v] = start;
          start += c;
        }
      for (guint i = 0; i < n; i++)
        to[count[(from[i].hash >> (8 * byte)) & 0xff]++] = from[i];
      Entry *swap = from;
      from = to;
      to = swap;
    }
  if (from != (Entry *) (void *) entries->data)
    memcpy (entries->data, from, (gsize) n * sizeof (Entry));
}

/* Which of @n_slices ranges of the hash space @hash falls in; slices in
 * order cover the hashes in ascending order. */
static guint
slice_of (guint64 hash, guint n_slices)
{
  return (guint) (((hash >> 32) * n_slices) >> 32);
}

/* Appends to @index the keys of @entries (sorted) that are in two documents
 * or more and in no more than MAX_SHINGLE_DOCUMENTS. */
static void
index_add_sorted (Index *index, const GArray *entries)
{
  const Entry *e = (const Entry *) (const void *) entries->data;
  guint i = 0;
  while (i < entries->len)
    {
      guint end = i + 1, n_docs = 1;
      for (; end < entries->len && e[end].hash == e[i].hash; end++)
        n_docs += e[end].doc != e[end - 1].doc;
      if (n_docs >= 2 && n_docs <= MAX_SHINGLE_DOCUMENTS)
        {
          g_array_append_val (index->keys, e[i].hash);
          for (guint j = i; j < end; j++)
            if (j == i || e[j].doc != e[j - 1].doc)
              g_array_append_val (index->postings, e[j].doc);
          guint32 next = index->postings->len;
          g_array_append_val (index->starts, next);
        }
      i = end;
    }
}

static void
index_fill_directory (Index *index)
{
  const guint64 *keys = (const guint64 *) (const void *) index->keys->data;
  guint k = 0;
  for (guint t = 0; t <= (1u << DIRECTORY_BITS); t++)
    {
      while (k < index->keys->len && (keys[k] >> (64 - DIRECTORY_BITS)) < t)
        k++;
      index->directory[t] = k;
    }
}

static Index *
index_build (GArray *const *tokens, guint n_docs, guint k)
{
  g_autoptr(Index) index = g_new0 (Index, 1);
  index->keys = g_array_new (FALSE, FALSE, sizeof (guint64));
  index->starts = g_array_new (FALSE, FALSE, sizeof (guint32));
  index->postings = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 zero = 0;
  g_array_append_val (index->starts, zero);

  guint64 total = 0;
  for (guint d = 0; d < n_docs; d++)
    total += n_windows (tokens[d], k);
  guint n_slices = (guint) MAX (1, (total + SLICE_ENTRIES - 1) / SLICE_ENTRIES);

  /* Hashing again for each slice costs far less than holding every
   * (hash, document) entry at once. */
  g_autoptr(GArray) hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_autoptr(GArray) scratch = g_array_new (FALSE, FALSE, sizeof (Entry));
  for (guint s = 0; s < n_slices; s++)
    {
      g_array_set_size (entries, 0);
      for (guint d = 0; d < n_docs; d++)
        {
          shingle_hashes (tokens[d], k, hashes);
          for (guint i = 0; i < hashes->len; i++)
            {
              Entry e = { g_array_index (hashes, guint64, i), d };
              if (e.hash != NO_SHINGLE && slice_of (e.hash, n_slices) == s)
                g_array_append_val (entries, e);
            }
        }
      sort_entries (entries, scratch);
      index_add_sorted (index, entries);
    }
  index_fill_directory (index);
  return g_steal_pointer (&index);
}

/* The documents holding @hash, ascending, or NULL (and 0). */
static const guint32 *
index_lookup (const Index *index, guint64 hash, guint *n_found)
{
  const guint64 *keys = (const guint64 *) (const void *) index->keys->data;
  guint top = (guint) (hash >> (64 - DIRECTORY_BITS));
  guint lo = index->directory[top], hi = index->directory[top + 1];
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (keys[mid] < hash)
        lo = mid + 1;
      else
        hi = mid;
    }
  *n_found = 0;
  if (lo == index->directory[top + 1] || keys[lo] != hash)
    return NULL;
  guint32 start = g_array_index (index->starts, guint32, lo);
  *n_found = g_array_index (index->starts, guint32, lo + 1) - start;
  return &g_array_index (index->postings, guint32, start);
}

/* ### One document's shingles by hash */

/* An open-addressing table from a document's shingle hashes to the
 * positions where they start, chained in ascending order through @next:
 * where an alignment of the document with another may start. */
typedef struct {
  guint mask;               /* capacity - 1, a power of two minus one */
  guint64 *slot_hash;
  guint32 *slot_first;      /* NO_POSITION: empty slot */
  guint32 *next;            /* per position */
  guint capacity, n_positions;
} Positions;

static void
positions_clear (Positions *p)
{
  g_free (p->slot_hash);
  g_free (p->slot_first);
  g_free (p->next);
}

static guint
positions_slot (const Positions *p, guint64 hash)
{
  guint slot = (guint) hash & p->mask;
  while (p->slot_first[slot] != NO_POSITION && p->slot_hash[slot] != hash)
    slot = (slot + 1) & p->mask;
  return slot;
}

static void
positions_fill (Positions *p, const GArray *hashes)
{
  guint capacity = 16;
  while (capacity < 2 * hashes->len)
    capacity *= 2;
  if (capacity > p->capacity)
    {
      p->slot_hash = g_renew (guint64, p->slot_hash, capacity);
      p->slot_first = g_renew (guint32, p->slot_first, capacity);
      p->capacity = capacity;
    }
  if (hashes->len > p->n_positions)
    {
      p->next = g_renew (guint32, p->next, hashes->len);
      p->n_positions = hashes->len;
    }
  p->mask = capacity - 1;
  memset (p->slot_first, 0xff, capacity * sizeof (guint32));
  /* Backwards, so that each chain comes out in ascending order. */
  for (guint i = hashes->len; i-- > 0;)
    {
      guint64 h = g_array_index (hashes, guint64, i);
      if (h == NO_SHINGLE)
        continue;
      guint slot = positions_slot (p, h);
      p->slot_hash[slot] = h;
      p->next[i] = p->slot_first[slot];
      p->slot_first[slot] = i;
    }
}

static guint32
positions_first (const Positions *p, guint64 hash)
{
  return p->slot_first[positions_slot (p, hash)];
}

/* ### Exact verification */

/* A run of identical tokens: a[i + t] = b[j + t] for t < len. */
typedef struct {
  guint i, j, len;
} Run;

/* Whether @x is taken before @y: longer first, then earlier in a, then in
 * b, so that ties are broken the same way on every run. */
static gboolean
run_before (const Run *x, const Run *y)
{
  if (x->len != y->len)
    return x->len > y->len;
  if (x->i != y->i)
    return x->i < y->i;
  return x->j < y->j;
}

static void
heap_push (GArray *heap, Run run)
{
  g_array_append_val (heap, run);
  Run *h = (Run *) (void *) heap->data;
  for (guint c = heap->len - 1; c > 0;)
    {
      guint parent = (c - 1) / 2;
      if (!run_before (&h[c], &h[parent]))
        break;
      Run tmp = h[c];
      h[c] = h[parent];
      h[parent] = tmp;
      c = parent;
    }
}

static Run
heap_pop (GArray *heap)
{
  Run *h = (Run *) (void *) heap->data;
  Run top = h[0];
  h[0] = h[heap->len - 1];
  g_array_set_size (heap, heap->len - 1);
  for (guint c = 0;;)
    {
      guint best = c, l = 2 * c + 1, r = l + 1;
      if (l < heap->len && run_before (&h[l], &h[best]))
        best = l;
      if (r < heap->len && run_before (&h[r], &h[best]))
        best = r;
      if (best == c)
        break;
      Run tmp = h[c];
      h[c] = h[best];
      h[best] = tmp;
      c = best;
    }
  return top;
}

/* What a worker reuses from one document and one pair to the next. */
typedef struct {
  /* Per document b, while candidates for the current document a are
   * sought: */
  guint32 *last;            /* one past the last position of a whose shingle b has */
  guint32 *run;             /* consecutive positions of a, ending there, shared with b */
  guint8 *picked;           /* b is a candidate already */
  GArray *touched;          /* (element-type guint32) documents whose entries are set */
  GArray *candidates;       /* (element-type guint32) */
  GArray *hashes_a, *hashes_b; /* (element-type guint64) */
  Positions positions;      /* of the current document's shingles */
  GArray *heap;             /* (element-type Run) */
  GArray *taken;            /* (element-type Run) */
  guint8 *used_a, *used_b;  /* tokens already in a passage, per side */
  guint used_a_len, used_b_len;
} Scratch;

static void
scratch_init (Scratch *s, guint n_docs)
{
  memset (s, 0, sizeof *s);
  s->last = g_new0 (guint32, MAX (n_docs, 1));
  s->run = g_new0 (guint32, MAX (n_docs, 1));
  s->picked = g_new0 (guint8, MAX (n_docs, 1));
  s->touched = g_array_new (FALSE, FALSE, sizeof (guint32));
  s->candidates = g_array_new (FALSE, FALSE, sizeof (guint32));
  s->hashes_a = g_array_new (FALSE, FALSE, sizeof (guint64));
  s->hashes_b = g_array_new (FALSE, FALSE, sizeof (guint64));
  s->heap = g_array_new (FALSE, FALSE, sizeof (Run));
  s->taken = g_array_new (FALSE, FALSE, sizeof (Run));
}

static void
scratch_clear (Scratch *s)
{
  g_free (s->last);
  g_free (s->run);
  g_free (s->picked);
  g_array_unref (s->touched);
  g_array_unref (s->candidates);
  g_array_unref (s->hashes_a);
  g_array_unref (s->hashes_b);
  positions_clear (&s->positions);
  g_array_unref (s->heap);
  g_array_unref (s->taken);
  g_free (s->used_a);
  g_free (s->used_b);
}

/* @*flags zeroed, at least @len long. */
static guint8 *
reset_flags (guint8 **flags, guint *capacity, guint len)
{
  if (len > *capacity)
    {
      *flags = g_renew (guint8, *flags, len);
      *capacity = len;
    }
  memset (*flags, 0, len);
  return *flags;
}

/* Pushes on @heap every maximal run of at least @min_words identical
 * tokens of @a and @b.  Each starts with a shingle both share; a seed whose
 * preceding tokens also match lies inside a run found from its start. */
static void
seed_runs (const GArray *a, const Positions *pos_a, const GArray *b, const GArray *hashes_b,
           guint min_words, GArray *heap)
{
  for (guint j = 0; j < hashes_b->len; j++)
    {
      guint64 h = g_array_index (hashes_b, guint64, j);
      if (h == NO_SHINGLE)
        continue;
      for (guint32 i = positions_first (pos_a, h); i != NO_POSITION; i = pos_a->next[i])
        {
          if (i > 0 && j > 0 && same_word (token_at (a, i - 1), token_at (b, j - 1)))
            continue;
          guint len = 0;
          while (i + len < a->len && j + len < b->len
                 && same_word (token_at (a, i + len), token_at (b, j + len)))
            len++;
          if (len >= min_words)
            heap_push (heap, (Run) { i, j, len });
        }
    }
}

/* Greedy string tiling over the runs of @s->heap: the longest run whose
 * tokens are all unused on both sides becomes a passage; a run that
 * overlaps one taken before goes back as its unused pieces that are still
 * long enough.  A run's length on the heap only ever overestimates what is
 * left of it, so the run on top, when whole, is the best one left.  Fills
 * @s->taken. */
static void
tile_runs (Scratch *s, guint n_a, guint n_b, guint min_words)
{
  guint8 *used_a = reset_flags (&s->used_a, &s->used_a_len, n_a);
  guint8 *used_b = reset_flags (&s->used_b, &s->used_b_len, n_b);
  g_array_set_size (s->taken, 0);
  while (s->heap->len > 0)
    {
      Run run = heap_pop (s->heap);
      guint t = 0;
      while (t < run.len && !used_a[run.i + t] && !used_b[run.j + t])
        t++;
      if (t == run.len)
        {
          memset (used_a + run.i, 1, run.len);
          memset (used_b + run.j, 1, run.len);
          g_array_append_val (s->taken, run);
          continue;
        }
      for (guint start = 0; start < run.len;)
        {
          guint end = start;
          while (end < run.len && !used_a[run.i + end] && !used_b[run.j + end])
            end++;
          if (end - start >= min_words)
            heap_push (s->heap, (Run) { run.i + start, run.j + start, end - start });
          start = end + 1;
        }
    }
}

static gint
compare_guint32 (gconstpointer pa, gconstpointer pb)
{
  guint32 x = *(const guint32 *) pa, y = *(const guint32 *) pb;
  return (x > y) - (x < y);
}

static gint
run_compare_in_a (gconstpointer pa, gconstpointer pb)
{
  const Run *x = pa, *y = pb;
  return (x->i > y->i) - (x->i < y->i);
}

/* @pair's passages and ratios from the runs tiling kept. */
static void
fill_pair (PxReusePair *pair, GArray *taken, const GArray *a, const GArray *b)
{
  g_array_sort (taken, run_compare_in_a);
  pair->passages = g_array_sized_new (FALSE, FALSE, sizeof (PxReusePassage), taken->len);
  guint covered = 0;
  for (guint r = 0; r < taken->len; r++)
    {
      const Run *run = &g_array_index (taken, Run, r);
      PxReusePassage passage = {
        .a = { token_at (a, run->i)->span.start, token_at (a, run->i + run->len - 1)->span.end },
        .b = { token_at (b, run->j)->span.start, token_at (b, run->j + run->len - 1)->span.end },
        .words = run->len,
      };
      g_array_append_val (pair->passages, passage);
      covered += run->len;
    }
  guint words_a = count_words (a), words_b = count_words (b);
  pair->ratio_a = (double) covered / words_a;
  pair->ratio_b = (double) covered / words_b;
  pair->ratio = (double) covered / MIN (words_a, words_b);
}

/* ### Workers */

typedef struct {
  GArray *const *tokens;
  guint n_docs;
  guint k, min_words;
  const Index *index;
  gint next;                /* the next document to take (atomic) */
  GArray **found;           /* per document a: its pairs (element-type PxReusePair), or NULL */
} Job;

/* The first of @docs[0 .. @n) (ascending) greater than @a. */
static guint
first_after (const guint32 *docs, guint n, guint a)
{
  guint lo = 0, hi = n;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      if (docs[mid] <= a)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Fills @s->candidates with the later documents that share, at
 * consecutive positions of document @a, as many shingles as a minimum
 * passage holds (min_passage_words - shingle_words + 1): what a passage
 * needs on a's side.  Counting shared shingles regardless of position
 * would also pick every pair that merely uses the same few stock phrases,
 * each a little shorter than a passage.  Ascending. */
static void
find_candidates (const Job *job, Scratch *s, guint a)
{
  guint needed = job->min_words - job->k + 1;
  g_array_set_size (s->touched, 0);
  g_array_set_size (s->candidates, 0);
  for (guint i = 0; i < s->hashes_a->len; i++)
    {
      guint64 h = g_array_index (s->hashes_a, guint64, i);
      guint n = 0;
      const guint32 *docs = h == NO_SHINGLE ? NULL : index_lookup (job->index, h, &n);
      for (guint d = first_after (docs, n, a); d < n; d++)
        {
          guint32 b = docs[d];
          if (s->last[b] == 0)
            g_array_append_val (s->touched, b);
          /* last[b] is one past the last position of a that b shares. */
          s->run[b] = s->last[b] == i ? s->run[b] + 1 : 1;
          s->last[b] = i + 1;
          if (s->run[b] >= needed && !s->picked[b])
            {
              s->picked[b] = TRUE;
              g_array_append_val (s->candidates, b);
            }
        }
    }
  for (guint t = 0; t < s->touched->len; t++)
    {
      guint32 b = g_array_index (s->touched, guint32, t);
      s->last[b] = s->run[b] = 0;
      s->picked[b] = FALSE;
    }
  g_array_sort (s->candidates, compare_guint32);
}

/* Aligns document @a with each candidate and keeps the pairs that share a
 * passage. */
static void
verify_candidates (Job *job, Scratch *s, guint a)
{
  const GArray *doc_a = job->tokens[a];
  for (guint c = 0; c < s->candidates->len; c++)
    {
      guint32 b = g_array_index (s->candidates, guint32, c);
      const GArray *doc_b = job->tokens[b];
      shingle_hashes (doc_b, job->k, s->hashes_b);
      seed_runs (doc_a, &s->positions, doc_b, s->hashes_b, job->min_words, s->heap);
      tile_runs (s, doc_a->len, doc_b->len, job->min_words);
      if (s->taken->len == 0)
        continue;
      PxReusePair pair = { .a = a, .b = b };
      fill_pair (&pair, s->taken, doc_a, doc_b);
      if (job->found[a] == NULL)
        job->found[a] = g_array_new (FALSE, FALSE, sizeof (PxReusePair));
      g_array_append_val (job->found[a], pair);
    }
}

static gpointer
worker (gpointer data)
{
  Job *job = data;
  Scratch s;
  scratch_init (&s, job->n_docs);
  for (;;)
    {
      guint first = (guint) g_atomic_int_add (&job->next, WORKER_CHUNK);
      if (first >= job->n_docs)
        break;
      for (guint a = first; a < MIN (first + WORKER_CHUNK, job->n_docs); a++)
        {
          shingle_hashes (job->tokens[a], job->k, s.hashes_a);
          positions_fill (&s.positions, s.hashes_a);
          find_candidates (job, &s, a);
          verify_candidates (job, &s, a);
        }
    }
  scratch_clear (&s);
  return NULL;
}

static void
run_workers (Job *job, guint n_threads)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  for (guint t = 1; t < n_threads; t++)
    g_ptr_array_add (threads, g_thread_new ("px-reuse", worker, job));
  worker (job);             /* the calling thread works too */
  for (guint t = 0; t < threads->len; t++)
    g_thread_join (threads->pdata[t]);
}

/* The pairs of every document, in document order: (a, b) order, since each
 * document's own pairs are ascending in b. */
static GArray *
join_found (GArray **found, guint n_docs)
{
  GArray *pairs = g_array_new (FALSE, FALSE, sizeof (PxReusePair));
  g_array_set_clear_func (pairs, (GDestroyNotify) px_reuse_pair_clear);
  for (guint a = 0; a < n_docs; a++)
    if (found[a] != NULL)
      {
        /* The passages move to @pairs: @found[a] has no clear function. */
        g_array_append_vals (pairs, found[a]->data, found[a]->len);
        g_array_unref (found[a]);
      }
  return pairs;
}

GArray *
px_align_reuse (const PxCompareRules *rules, GArray *const *tokens, guint n_docs,
                guint n_threads)
{
  g_return_val_if_fail (rules != NULL, NULL);
  g_return_val_if_fail (tokens != NULL || n_docs == 0, NULL);
  g_return_val_if_fail (rules->shingle_words > 0 && rules->reuse_min_words >= rules->shingle_words,
                        NULL);

  g_autoptr(Index) index = index_build (tokens, n_docs, rules->shingle_words);
  g_autofree GArray **found = g_new0 (GArray *, MAX (n_docs, 1));
  Job job = {
    .tokens = tokens,
    .n_docs = n_docs,
    .k = rules->shingle_words,
    .min_words = rules->reuse_min_words,
    .index = index,
    .next = 0,
    .found = found,
  };
  run_workers (&job, CLAMP (n_threads, 1, MAX (n_docs, 1)));
  return join_found (found, n_docs);
}
