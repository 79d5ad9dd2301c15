/* cues.h: private to src/clean; the compiled form of rules/boilerplate.yaml. */
#pragma once

#include "clean/clean.h"

typedef enum {
  PX_CUE_ANYWHERE,
  PX_CUE_TOP,            /* only above the story's first paragraph */
} PxCueWhere;

typedef struct {
  char *rule;            /* owned */
  char *why;             /* owned */
  GRegex *regex;         /* owned */
  PxCueWhere where;
  guint max_words;       /* blocks only */
} PxCue;

/* A cue without a pattern: its tunables and description. */
typedef struct {
  char *why;             /* owned; NULL for cues that trim nothing */
  guint min_chars;
  guint min_lines;
  guint min_words;
  guint max_words;
  guint min_retold_percent;  /* standfirst only */
  guint min_letters;         /* standfirst only */
} PxGenericCue;

struct _PxCleanRules {
  char *path;            /* owned */
  GPtrArray *lines;      /* owned PxCue* */
  GPtrArray *blocks;     /* owned PxCue* */
  GPtrArray *tails;      /* owned PxCue* */
  PxGenericCue repeated_line;
  PxGenericCue short_line_run;
  PxGenericCue headline;
  PxGenericCue standfirst;
  PxGenericCue sign_off;
  PxGenericCue prose;
};

/* Names of the generic cues, as reported beside what they trim. */
#define PX_CUE_REPEATED_LINE  "repeated-line"
#define PX_CUE_SHORT_LINE_RUN "short-line-run"
#define PX_CUE_STANDFIRST     "standfirst"
#define PX_CUE_SIGN_OFF       "sign-off"
