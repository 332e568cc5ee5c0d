"""Draft codebooks from a corpus (``python -m analysis suggest``): what a researcher starts a
study's codebooks from, every row marked for review.

Modules: :mod:`.actors` (speakers and named people and bodies; :func:`.actors.review_first` for
the notebook), :mod:`.outlets` (credits and bylines), :mod:`.terms` (frame and contested-term
candidates), :mod:`.write` (the files and the command).
"""
