# Documentation: Markdown for readers of the tree, a man page for the installed program.
dist_man_MANS += %reldir%/parallax.1
dist_doc_DATA = \
	%reldir%/inspect.md \
	%reldir%/run-file.md \
	%reldir%/boilerplate.md \
	%reldir%/segment.md \
	%reldir%/exit-status.md
