/* compare-json.c: the comparison as JSON, the contract of docs/compare.md.
 *
 * Every span is a byte range of the file as the user has it, and every
 * document is named by its path as the user gave it.  Nothing here depends
 * on the clock or on hash order, so the same inputs give the same bytes.
 */
#include "config.h"

#include <json-glib/json-glib.h>

#include "report/describe.h"

/* Rounded, so that the bytes do not depend on the last bits of a sum. */
static void
member_ratio (JsonBuilder *b, const char *name, double value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_double_value (b, (double) (gint64) (value * 10000 + 0.5) / 10000);
}

static void
member_bool (JsonBuilder *b, const char *name, gboolean value)
{
  json_builder_set_member_name (b, name);
  json_builder_add_boolean_value (b, value);
}

static const PxDocument *
doc_at (const PxComparison *cmp, guint i)
{
  return px_comparison_get_document (cmp, i);
}

static const char *
file_of (const PxComparison *cmp, guint i)
{
  return px_describe_file (doc_at (cmp, i));
}

/* "text" (or "surface"), "start", "end" of a normalised span of @doc, the
 * offsets into its file. */
static void
member_text_span (JsonBuilder *b, const char *name, const PxDocument *doc, PxSpan span)
{
  PxSpan original = px_describe_original (doc, span);
  g_autofree char *text = px_describe_text (doc, span, 0);
  px_json_member_string (b, name, text);
  px_json_member_int (b, "start", (gint64) original.start);
  px_json_member_int (b, "end", (gint64) original.end);
}

/* {"text", "start", "end"} of a normalised span of @doc, or null. */
static void
member_evidence (JsonBuilder *b, const char *name, const PxDocument *doc, PxSpan span,
                 gboolean present)
{
  json_builder_set_member_name (b, name);
  if (!present)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  member_text_span (b, "text", doc, span);
  json_builder_end_object (b);
}

static void
add_documents (JsonBuilder *b, const PxComparison *cmp)
{
  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      const PxRunSource *source = px_document_get_source (doc_at (cmp, d));
      json_builder_begin_object (b);
      px_json_member_string (b, "file", file_of (cmp, d));
      px_json_member_string (b, "outlet", source->outlet);
      px_json_member_string (b, "published", source->published);
      px_json_member_string (b, "role", px_role_to_string (source->role));
      px_json_member_string (b, "witness", file_of (cmp, px_comparison_get_witness (cmp, d)));
      px_json_member_int (b, "words", px_document_count_words (doc_at (cmp, d)));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* An array member of the comparison, written an element at a time:
 * @add writes element @i, or nothing and returns FALSE to skip it. */
typedef gboolean (*AddElement) (JsonBuilder *b, const PxComparison *cmp, guint i);

static void
add_array (PxJsonWriter *w, const char *name, guint n, AddElement add, const PxComparison *cmp)
{
  px_json_writer_begin_array (w, name);
  for (guint i = 0; i < n; i++)
    if (add (px_json_writer_builder (w), cmp, i))
      px_json_writer_end_element (w);
  px_json_writer_end_array (w);
}

static gboolean
add_entity (JsonBuilder *b, const PxComparison *cmp, guint e)
{
  const PxAlignedEntity *entity = px_comparison_get_entity (cmp, e);
  json_builder_begin_object (b);
  px_json_member_string (b, "id", entity->id);
  px_json_member_string (b, "canonical", entity->canonical);
  px_json_member_string (b, "type", px_entity_type_name (entity->type));
  member_ratio (b, "salience", entity->salience);
  member_bool (b, "reference", entity->reference);
  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  for (guint i = 0; i < entity->n_present; i++)
    {
      const PxPresence *p = &entity->present[i];
      json_builder_begin_object (b);
      px_json_member_string (b, "file", file_of (cmp, p->doc));
      px_json_member_int (b, "count", p->count);
      member_evidence (b, "first", doc_at (cmp, p->doc), p->first, TRUE);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  return TRUE;
}

static void
member_ids (JsonBuilder *b, const char *name, const PxComparison *cmp, const GArray *list)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < list->len; i++)
    json_builder_add_string_value (b, px_comparison_get_entity (cmp, g_array_index (list, guint,
                                                                                    i))->id);
  json_builder_end_array (b);
}

static const PxDocument *doc_at (const PxComparison *cmp, guint i);

static void
member_dates (JsonBuilder *b, const char *name, const PxDocument *doc, const GArray *list)
{
  const GPtrArray *dates = px_extraction_get_dates (px_document_get_extraction (doc));
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < list->len; i++)
    {
      const PxDate *date = g_ptr_array_index (dates, g_array_index (list, guint, i));
      json_builder_begin_object (b);
      member_text_span (b, "surface", doc, date->span);
      px_json_member_string (b, "value", date->value);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
member_numbers (JsonBuilder *b, const char *name, const PxDocument *doc, const GArray *list)
{
  const GPtrArray *numbers = px_extraction_get_numbers (px_document_get_extraction (doc));
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; i < list->len; i++)
    {
      const PxNumber *number = g_ptr_array_index (numbers, g_array_index (list, guint, i));
      json_builder_begin_object (b);
      member_text_span (b, "surface", doc, number->span);
      json_builder_set_member_name (b, "low");
      json_builder_add_double_value (b, number->low);
      json_builder_set_member_name (b, "high");
      json_builder_add_double_value (b, number->high);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* What document @d adds and omits; nothing for the primary. */
static gboolean
add_document_coverage (JsonBuilder *b, const PxComparison *cmp, guint d)
{
  if ((int) d == px_comparison_get_primary (cmp))
    return FALSE;
  json_builder_begin_object (b);
  px_json_member_string (b, "file", file_of (cmp, d));
  member_ids (b, "adds", cmp, px_comparison_get_adds (cmp, d));
  member_ids (b, "omits", cmp, px_comparison_get_omits (cmp, d));
  const PxDocument *reference = px_comparison_get_primary (cmp) >= 0
                                ? doc_at (cmp, (guint) px_comparison_get_primary (cmp))
                                : doc_at (cmp, d);
  member_dates (b, "adds_dates", doc_at (cmp, d), px_comparison_get_added_dates (cmp, d));
  member_dates (b, "omits_dates", reference, px_comparison_get_omitted_dates (cmp, d));
  member_numbers (b, "adds_numbers", doc_at (cmp, d), px_comparison_get_added_numbers (cmp, d));
  member_numbers (b, "omits_numbers", reference, px_comparison_get_omitted_numbers (cmp, d));
  json_builder_end_object (b);
  return TRUE;
}

static void
add_diff (JsonBuilder *b, const PxComparison *cmp, const PxQuoteFidelity *q)
{
  json_builder_set_member_name (b, "diff");
  if (q->diff == NULL)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_array (b);
  for (guint i = 0; i < q->diff->len; i++)
    {
      const PxEdit *edit = &g_array_index (q->diff, PxEdit, i);
      json_builder_begin_object (b);
      px_json_member_string (b, "op", px_edit_kind_name (edit->kind));
      member_evidence (b, "quote", doc_at (cmp, q->doc), edit->quote,
                       edit->quote.end > edit->quote.start);
      member_evidence (b, "primary", doc_at (cmp, (guint) q->source_doc), edit->source,
                       edit->source.end > edit->source.start);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
member_found_in (JsonBuilder *b, const char *name, const PxComparison *cmp, int doc, PxSpan span)
{
  json_builder_set_member_name (b, name);
  if (doc < 0)
    {
      json_builder_add_null_value (b);
      return;
    }
  json_builder_begin_object (b);
  px_json_member_string (b, "file", file_of (cmp, (guint) doc));
  member_text_span (b, "text", doc_at (cmp, (guint) doc), span);
  json_builder_end_object (b);
}

static gboolean
add_quote (JsonBuilder *b, const PxComparison *cmp, guint i)
{
  const PxQuoteFidelity *q = px_comparison_get_quote (cmp, i);
  const PxDocument *doc = doc_at (cmp, q->doc);
  const GPtrArray *quotes = px_extraction_get_quotes (px_document_get_extraction (doc));
  const PxQuote *quote = g_ptr_array_index (quotes, q->quote);
  json_builder_begin_object (b);
  px_json_member_string (b, "file", file_of (cmp, q->doc));
  member_text_span (b, "text", doc, quote->span);
  px_json_member_string (b, "kind", px_quote_kind_name (quote->kind));
  px_json_member_string (b, "speaker", q->speaker);
  px_json_member_string (b, "verdict", px_verdict_name (q->verdict));
  member_ratio (b, "score", q->score);
  member_found_in (b, "primary", cmp, q->source_doc, q->source);
  add_diff (b, cmp, q);
  member_found_in (b, "echo", cmp, q->echo ? q->echo_doc : -1, q->echo_source);
  json_builder_end_object (b);
  return TRUE;
}

static void
add_echoes (JsonBuilder *b, const PxComparison *cmp)
{
  json_builder_set_member_name (b, "echoes");
  json_builder_begin_array (b);
  for (guint i = 0; i < px_comparison_n_echoes (cmp); i++)
    {
      const PxEcho *echo = px_comparison_get_echo (cmp, i);
      const PxDocument *doc = doc_at (cmp, echo->doc);
      json_builder_begin_object (b);
      px_json_member_string (b, "file", file_of (cmp, echo->doc));
      member_text_span (b, "text", doc, echo->sentence);
      member_found_in (b, "primary", cmp, px_comparison_get_primary (cmp), echo->source);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* How the document uses a claim of the reference: its words quoted, the
 * assertion carried in its own words, or dropped. */
static const char *
claim_use (const PxClaimCarriage *c)
{
  if (c->quoted)
    return "quoted";
  return c->verdict == PX_CLAIM_ABSENT ? "dropped" : "paraphrased";
}

static void
member_strings (JsonBuilder *b, const char *name, const GPtrArray *list)
{
  json_builder_set_member_name (b, name);
  json_builder_begin_array (b);
  for (guint i = 0; list != NULL && i < list->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (list, i));
  json_builder_end_array (b);
}

static void
add_carriage (JsonBuilder *b, const PxComparison *cmp, guint d, const PxClaimCarriage *c)
{
  json_builder_begin_object (b);
  px_json_member_string (b, "file", file_of (cmp, d));
  px_json_member_string (b, "verdict", px_claim_verdict_name (c->verdict));
  member_ratio (b, "score", c->score);
  px_json_member_string (b, "use", claim_use (c));
  member_bool (b, "quoted", c->quoted);
  member_bool (b, "date_conflict", c->date_conflict);
  PxSpan evidence = { 0, 0 };
  if (c->claim >= 0)
    evidence = px_claims_get (px_comparison_get_claims (cmp, d), (guint) c->claim)->span;
  member_evidence (b, "evidence", doc_at (cmp, d), evidence, c->claim >= 0);
  member_strings (b, "only_reference", c->only_reference);
  member_strings (b, "only_here", c->only_here);
  json_builder_end_object (b);
}

static gboolean
add_claim (JsonBuilder *b, const PxComparison *cmp, guint i)
{
  const PxAlignedClaim *aligned = px_comparison_get_claim (cmp, i);
  const PxClaim *claim = px_claims_get (px_comparison_get_claims (cmp, aligned->doc),
                                        aligned->claim);
  const PxDocument *doc = doc_at (cmp, aligned->doc);
  json_builder_begin_object (b);
  px_json_member_string (b, "file", file_of (cmp, aligned->doc));
  member_text_span (b, "text", doc, claim->span);
  px_json_member_string (b, "speaker", claim->speaker);
  member_strings (b, "terms", claim->terms);
  json_builder_set_member_name (b, "documents");
  json_builder_begin_array (b);
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    if (d != aligned->doc)
      add_carriage (b, cmp, d, &aligned->carriage[d]);
  json_builder_end_array (b);
  json_builder_end_object (b);
  return TRUE;
}

static const PxDate *
date_at (const PxComparison *cmp, guint doc, guint i)
{
  return g_ptr_array_index (px_extraction_get_dates (px_document_get_extraction (doc_at (cmp, doc))), i);
}

static void
add_date_ref (JsonBuilder *b, const PxComparison *cmp, guint doc, guint i)
{
  const PxDate *date = date_at (cmp, doc, i);
  json_builder_begin_object (b);
  px_json_member_string (b, "file", file_of (cmp, doc));
  member_text_span (b, "surface", doc_at (cmp, doc), date->span);
  px_json_member_string (b, "value", date->value);
  px_json_member_string (b, "granularity", px_granularity_name (date->granularity));
  json_builder_end_object (b);
}

/* Every date of every document, each with the other documents' dates it
 * agrees with. */
static void
add_dates (JsonBuilder *b, const PxComparison *cmp)
{
  json_builder_set_member_name (b, "dates");
  json_builder_begin_array (b);
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      const GPtrArray *dates = px_extraction_get_dates (px_document_get_extraction (doc_at (cmp, d)));
      for (guint i = 0; i < dates->len; i++)
        {
          const PxDate *date = g_ptr_array_index (dates, i);
          json_builder_begin_object (b);
          px_json_member_string (b, "file", file_of (cmp, d));
          member_text_span (b, "surface", doc_at (cmp, d), date->span);
          px_json_member_string (b, "value", date->value);
          px_json_member_string (b, "granularity", px_granularity_name (date->granularity));
          json_builder_set_member_name (b, "agrees");
          json_builder_begin_array (b);
          for (guint a = 0; a < px_comparison_n_date_agreements (cmp); a++)
            {
              const PxDateAgreement *ag = px_comparison_get_date_agreement (cmp, a);
              if (ag->doc_a == d && ag->date_a == i)
                add_date_ref (b, cmp, ag->doc_b, ag->date_b);
              else if (ag->doc_b == d && ag->date_b == i)
                add_date_ref (b, cmp, ag->doc_a, ag->date_a);
            }
          json_builder_end_array (b);
          json_builder_end_object (b);
        }
    }
  json_builder_end_array (b);
}

static void
member_period (JsonBuilder *b, const char *name, const PxPeriod *p)
{
  json_builder_set_member_name (b, name);
  if (!g_date_valid (&p->start))
    {
      json_builder_add_null_value (b);
      return;
    }
  char start[16], end[16];
  g_date_strftime (start, sizeof start, "%Y-%m-%d", &p->start);
  g_date_strftime (end, sizeof end, "%Y-%m-%d", &p->end);
  json_builder_begin_object (b);
  px_json_member_string (b, "start", start);
  px_json_member_string (b, "end", end);
  px_json_member_string (b, "basis", p->basis);
  json_builder_end_object (b);
}

static void
add_event (JsonBuilder *b, const PxComparison *cmp)
{
  json_builder_set_member_name (b, "event");
  json_builder_begin_object (b);
  member_period (b, "reference", px_comparison_get_reference_period (cmp));
  json_builder_set_member_name (b, "periods");
  json_builder_begin_array (b);
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      json_builder_begin_object (b);
      px_json_member_string (b, "file", file_of (cmp, d));
      member_period (b, "period", px_comparison_get_period (cmp, d));
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "mismatched");
  json_builder_begin_array (b);
  for (guint i = 0; i < px_comparison_n_mismatches (cmp); i++)
    {
      const PxEventMismatch *m = px_comparison_get_mismatch (cmp, i);
      json_builder_begin_object (b);
      px_json_member_string (b, "file", file_of (cmp, m->doc));
      px_json_member_string (b, "reason", m->reason);
      px_json_member_int (b, "days", m->days);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
member_span (JsonBuilder *b, const char *name, const PxDocument *doc, PxSpan span)
{
  PxSpan original = px_describe_original (doc, span);
  json_builder_set_member_name (b, name);
  json_builder_begin_object (b);
  px_json_member_int (b, "start", (gint64) original.start);
  px_json_member_int (b, "end", (gint64) original.end);
  json_builder_end_object (b);
}

static void
add_reuse (JsonBuilder *b, const PxComparison *cmp)
{
  json_builder_set_member_name (b, "reuse");
  json_builder_begin_array (b);
  for (guint i = 0; i < px_comparison_n_pairs (cmp); i++)
    {
      const PxDocumentPair *pair = px_comparison_get_pair (cmp, i);
      if (pair->passages == NULL || pair->passages->len == 0)
        continue;
      json_builder_begin_object (b);
      px_json_member_string (b, "a", file_of (cmp, pair->a));
      px_json_member_string (b, "b", file_of (cmp, pair->b));
      member_ratio (b, "ratio", pair->reuse);
      member_ratio (b, "ratio_a", pair->reuse_a);
      member_ratio (b, "ratio_b", pair->reuse_b);
      member_bool (b, "republication", pair->republication);
      json_builder_set_member_name (b, "spans");
      json_builder_begin_array (b);
      for (guint p = 0; p < pair->passages->len; p++)
        {
          const PxSharedPassage *passage = &g_array_index (pair->passages, PxSharedPassage, p);
          json_builder_begin_object (b);
          member_span (b, "a", doc_at (cmp, pair->a), passage->a);
          member_span (b, "b", doc_at (cmp, pair->b), passage->b);
          px_json_member_int (b, "words", passage->words);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_pairwise (JsonBuilder *b, const PxComparison *cmp)
{
  json_builder_set_member_name (b, "pairwise");
  json_builder_begin_array (b);
  for (guint i = 0; i < px_comparison_n_pairs (cmp); i++)
    {
      const PxDocumentPair *pair = px_comparison_get_pair (cmp, i);
      json_builder_begin_object (b);
      px_json_member_string (b, "a", file_of (cmp, pair->a));
      px_json_member_string (b, "b", file_of (cmp, pair->b));
      member_ratio (b, "entity_jaccard", pair->entity_jaccard);
      if (pair->claim_overlap >= 0)
        member_ratio (b, "claim_overlap", pair->claim_overlap);
      else
        px_json_member_string (b, "claim_overlap", NULL);
      member_ratio (b, "reuse", pair->reuse);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_summary (JsonBuilder *b, const PxComparison *cmp)
{
  g_autoptr(GPtrArray) sentences = px_report_summary (cmp);
  json_builder_set_member_name (b, "summary");
  json_builder_begin_array (b);
  for (guint i = 0; i < sentences->len; i++)
    json_builder_add_string_value (b, g_ptr_array_index (sentences, i));
  json_builder_end_array (b);
}

/* What reproduces and audits the report: no run date, so that the JSON
 * stays the same bytes for the same inputs. */
static void
add_manifest (JsonBuilder *b, const PxRun *run, const PxComparison *cmp)
{
  json_builder_set_member_name (b, "manifest");
  json_builder_begin_object (b);
  px_json_member_string (b, "parallax", PACKAGE_VERSION);
  px_json_member_string (b, "run_file", run ? px_run_get_path (run) : NULL);
  json_builder_set_member_name (b, "thresholds");
  json_builder_begin_array (b);
  for (guint i = 0; run != NULL && i < px_run_n_thresholds (run); i++)
    {
      json_builder_begin_object (b);
      px_json_member_string (b, "name", px_run_get_threshold (run, i)->name);
      json_builder_set_member_name (b, "value");
      json_builder_add_double_value (b, px_run_get_threshold (run, i)->value);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "inputs");
  json_builder_begin_array (b);
  for (guint d = 0; d < px_comparison_n_documents (cmp); d++)
    {
      g_autofree char *sha = px_describe_document_sha256 (doc_at (cmp, d));
      json_builder_begin_object (b);
      px_json_member_string (b, "file", file_of (cmp, d));
      px_json_member_string (b, "sha256", sha);
      px_json_member_string (b, "published", px_document_get_source (doc_at (cmp, d))->published);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "rules");
  json_builder_begin_array (b);
  g_autoptr(GArray) rules = px_describe_rules_files (run, cmp);
  for (guint i = 0; i < rules->len; i++)
    {
      const PxRulesFile *file = &g_array_index (rules, PxRulesFile, i);
      json_builder_begin_object (b);
      px_json_member_string (b, "name", file->name);
      px_json_member_string (b, "sha256", file->sha256);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

/* One member, printed before the next is built. */
static void
add_member (PxJsonWriter *w, void (*add) (JsonBuilder *b, const PxComparison *cmp),
            const PxComparison *cmp)
{
  add (px_json_writer_builder (w), cmp);
  px_json_writer_flush (w);
}

void
px_report_add_comparison_json (PxJsonWriter *w, const PxRun *run, const PxComparison *cmp)
{
  JsonBuilder *b = px_json_writer_builder (w);
  int primary = px_comparison_get_primary (cmp);
  px_json_member_string (b, "reference", primary >= 0 ? "primary" : "consensus");
  px_json_member_string (b, "primary", primary >= 0 ? file_of (cmp, (guint) primary) : NULL);
  member_bool (b, "metonyms_rolled_up", px_comparison_rolls_up_metonyms (cmp));
  member_bool (b, "claims_aligned", px_comparison_aligns_claims (cmp));
  /* The largest members go an element at a time. */
  add_array (w, "entities", px_comparison_n_entities (cmp), add_entity, cmp);
  add_array (w, "coverage", px_comparison_n_documents (cmp), add_document_coverage, cmp);
  add_array (w, "quotes", px_comparison_n_quotes (cmp), add_quote, cmp);
  add_member (w, add_echoes, cmp);
  add_array (w, "claims", px_comparison_n_claims (cmp), add_claim, cmp);
  add_member (w, add_dates, cmp);
  add_member (w, add_event, cmp);
  add_member (w, add_reuse, cmp);
  add_member (w, add_pairwise, cmp);
  add_member (w, add_summary, cmp);
  add_manifest (px_json_writer_builder (w), run, cmp);
}

char *
px_report_compare_json (const PxComparison *cmp, gsize *len)
{
  g_autoptr(PxJsonWriter) w = px_json_writer_new ();
  JsonBuilder *b = px_json_writer_builder (w);
  px_json_member_string (b, "parallax", PACKAGE_VERSION);
  add_documents (b, cmp);
  px_report_add_comparison_json (w, NULL, cmp);
  return px_json_writer_finish (g_steal_pointer (&w), len);
}
