/* names.h: private to src/extract; the loaded rules/names.yaml. */
#pragma once

#include "extract/extract.h"

G_BEGIN_DECLS

typedef struct {
  char *surface;
  char *entity;
  guint line;
} PxInContextRule;

struct _PxNameRules {
  char *path;
  guint caps_only_max_letters;
  guint max_name_words;
  guint surname_min_letters;
  GPtrArray *titles;          /* char*, longest first */
  GPtrArray *honorifics;      /* char*, longest first */
  GPtrArray *offices;         /* char* */
  GHashTable *particles;      /* set of char* */
  GHashTable *literal_cues;   /* set of char* */
  GPtrArray *in_context;      /* PxInContextRule* */
  /* unknown_names: sets of words */
  GHashTable *not_names;
  GHashTable *connectors;
  GHashTable *org_words;
  GHashTable *place_words;
  GHashTable *event_words;
  GHashTable *portfolio_openers;
  GHashTable *portfolio_joiners;
};

G_END_DECLS
