# Accuracy evaluation (make eval): parallax and its peers against the gold
# files in tests/gold/.  docs/eval.md describes it.

# Debian's python3 with python3-yaml (.ci/setup installs it).
EVALPY = /usr/bin/python3
# GUM's CoNLL-U folder (github.com/amir-zeldes/gum, dep/) for eval-gum-data.
GUM_DIR =

.PHONY: eval eval-peers-install eval-gum-data

eval: all
	$(EVALPY) $(srcdir)/%reldir%/evaluate.py \
	  --parallax '$(abs_top_builddir)/parallax' --srcdir '$(abs_top_srcdir)'

# The peers' exact versions are in package-lock.json; npm ci installs them.
eval-peers-install:
	cd $(srcdir)/%reldir%/peers && npm ci --no-audit --no-fund

# Regenerates tests/gold/gum/ from GUM's news articles.
eval-gum-data:
	@test -n '$(GUM_DIR)' || { \
	  echo 'eval-gum-data: set GUM_DIR to the folder of GUM_news_*.conllu' >&2; \
	  exit 1; }
	$(EVALPY) $(srcdir)/%reldir%/gum2gold.py -o $(srcdir)/tests/gold/gum \
	  $(GUM_DIR)/GUM_news_*.conllu

# The scorer and the gold files check themselves (make check).
TESTS += %reldir%/selftest.sh
EXTRA_DIST += \
	%reldir%/selftest.sh \
	%reldir%/evaluate.py \
	%reldir%/gold2json.py \
	%reldir%/gum2gold.py \
	%reldir%/score.py \
	%reldir%/gum-ids.tsv \
	%reldir%/fixtures/found-mini.json \
	%reldir%/fixtures/expected-mini.txt \
	%reldir%/peers/package.json \
	%reldir%/peers/package-lock.json \
	%reldir%/peers/run.js \
	%reldir%/fixtures/gold-mini.yaml \
	%reldir%/fixtures/gold-dates.yaml \
	%reldir%/fixtures/found-dates.json \
	%reldir%/fixtures/expected-dates.txt \
	tests/gold
